/**
 * Output formats for parsed documents. Each format is its own module, loaded
 * only when asked for, so a JSON run never loads Markdown or CSV code.
 */
import type { PlanDocument } from '../model/schema.js';

export const FORMATS = ['json', 'ndjson', 'md', 'csv', 'tree'] as const;
export type Format = (typeof FORMATS)[number];

export interface RenderOptions {
  /** More than one input: JSON becomes an array, records carry their source. */
  multi: boolean;
  color: boolean;
  /** CSV and NDJSON: one record per target (default) or per section. */
  table: 'targets' | 'sections';
  /** CSV: a UTF-8 byte order mark for Excel. */
  bom: boolean;
}

/** Renders documents one at a time, so many files stream out in order. */
export interface Renderer {
  header(): string;
  document(doc: PlanDocument, first: boolean): string;
  footer(): string;
}

export async function createRenderer(format: Format, options: RenderOptions): Promise<Renderer> {
  switch (format) {
    case 'json':
      return (await import('./json.js')).jsonRenderer(options);
    case 'ndjson':
      return (await import('./ndjson.js')).ndjsonRenderer(options);
    case 'csv':
      return (await import('./csv.js')).csvRenderer(options);
    case 'md':
      return (await import('./markdown.js')).markdownRenderer();
    case 'tree':
      return (await import('./tree.js')).treeRenderer(options);
  }
}
