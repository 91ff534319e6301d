/**
 * Read stage: a named input's bytes → a parsed document. Plain text goes to
 * the plan parser; Markdown (a .md name or --from md) through remark first.
 */
import type { PlanDocument } from '../model/schema.js';
import { parseBytes } from '../index.js';
import { normalizeEncodingName } from './decode.js';

export interface ReadOptions {
  encoding?: string;
  from?: 'txt' | 'md';
}

export function isMarkdownName(name: string): boolean {
  return /\.(md|markdown)$/i.test(name);
}

export async function readDocument(name: string, bytes: Uint8Array, options: ReadOptions = {}): Promise<PlanDocument> {
  const encoding = options.encoding ? normalizeEncodingName(options.encoding) : undefined;
  const markdown = options.from ? options.from === 'md' : isMarkdownName(name);
  if (markdown) {
    const { parseMarkdownBytes } = await import('./markdown.js');
    return parseMarkdownBytes(bytes, { name, encoding });
  }
  return parseBytes(bytes, { name, encoding });
}
