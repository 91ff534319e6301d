/** JSON: one document as an object, several as an array, pretty-printed. */
import type { RenderOptions, Renderer } from './index.js';

export function jsonRenderer(options: RenderOptions): Renderer {
  return {
    header: () => (options.multi ? '[\n' : ''),
    separator: ',\n',
    document: (doc) => JSON.stringify(doc, null, 2) + (options.multi ? '' : '\n'),
    footer: () => (options.multi ? '\n]\n' : ''),
  };
}
