/** JSON: one document as an object, several as an array, pretty-printed. */
import type { RenderOptions, Renderer } from './index.js';

export function jsonRenderer(options: RenderOptions): Renderer {
  return {
    header: () => (options.multi ? '[\n' : ''),
    document: (doc, first) => {
      const json = JSON.stringify(doc, null, 2);
      return options.multi ? (first ? '' : ',\n') + json : json + '\n';
    },
    footer: () => (options.multi ? '\n]\n' : ''),
  };
}
