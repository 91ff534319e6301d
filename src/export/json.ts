/** JSON: one document as an object, several as an array; indented only when asked (--pretty, or a terminal). */
import type { RenderOptions, Renderer } from './index.js';

export function jsonRenderer(options: RenderOptions): Renderer {
  return {
    header: () => (options.multi ? '[\n' : ''),
    separator: ',\n',
    document: (doc) => JSON.stringify(doc, null, options.pretty ? 2 : undefined) + (options.multi ? '' : '\n'),
    footer: () => (options.multi ? '\n]\n' : ''),
  };
}
