/**
 * The output formats, one record each: the command line's --format choices,
 * the dispatch, and the build's code-cache runs (scripts/build.mjs, through
 * the library's OUTPUT_FORMATS) all come from FORMAT_RENDERERS. A new format
 * is one record here and its module. Each module loads only when its format
 * is asked for, so a JSON run never loads Markdown or CSV code.
 */
import { jsonRenderer } from './json.js';
import { filtering } from './target-filter.js';
import type { RenderOptions, Renderer } from './renderer.js';

export { renderAll, renderDocument, renderStream, type Rendered, type RenderOptions, type Renderer } from './renderer.js';

type Load = (options: RenderOptions) => Renderer | Promise<Renderer>;

/** The --format choices, in the order --help lists them. */
const FORMAT_RENDERERS = {
  json: jsonRenderer, // the default in pipelines: loaded up front
  ndjson: async (options) => (await import('./ndjson.js')).ndjsonRenderer(options),
  md: async () => (await import('./markdown.js')).markdownRenderer(),
  csv: async (options) => (await import('./csv.js')).csvRenderer(options),
  tree: async (options) => (await import('./tree.js')).treeRenderer(options),
} satisfies Record<string, Load>;

/** The two views of `plan-parse targets` that are no --format of their own: an aligned table, and a JSON array of records. */
const TARGET_VIEWS = {
  'target-table': async (options) => (await import('./target-table.js')).targetTableRenderer(options),
  'record-array': async (options) => (await import('./ndjson.js')).recordArrayRenderer(options),
} satisfies Record<string, Load>;

/** The two views of `plan-parse stats`: counts per file as JSON, and as lines for a terminal. */
const STATS_VIEWS = {
  'stats-json': async (options) => (await import('./stats.js')).statsJsonRenderer(options),
  'stats-text': async (options) => (await import('./stats.js')).statsTextRenderer(options),
} satisfies Record<string, Load>;

export type Format = keyof typeof FORMAT_RENDERERS;
export const FORMATS = Object.keys(FORMAT_RENDERERS) as Format[];

export type RendererKind = Format | keyof typeof TARGET_VIEWS | keyof typeof STATS_VIEWS;

const RENDERERS: Record<RendererKind, Load> = { ...FORMAT_RENDERERS, ...TARGET_VIEWS, ...STATS_VIEWS };

export async function createRenderer(kind: RendererKind, options: RenderOptions): Promise<Renderer> {
  const renderer = await RENDERERS[kind](options);
  return options.filter ? filtering(renderer, options.filter) : renderer;
}
