/**
 * Flat records (see records.ts) as JSON: NDJSON, one record per line from
 * every input in turn; or, for `plan-parse targets --format json`, the same
 * records as one array, a record to a line.
 */
import type { RenderOptions, Renderer } from './renderer.js';
import { pickFields, records } from './records.js';

export function ndjsonRenderer(options: Pick<RenderOptions, 'table' | 'fields'>): Renderer {
  return {
    header: () => '',
    separator: '',
    document: (doc) => pickFields(records(doc, options.table), options.fields).map((r) => JSON.stringify(r) + '\n').join(''),
    footer: () => '',
  };
}

export function recordArrayRenderer(options: Pick<RenderOptions, 'table' | 'fields'>): Renderer {
  return {
    header: () => '[',
    separator: ',',
    document: (doc) =>
      pickFields(records(doc, options.table), options.fields)
        .map((r) => '\n' + JSON.stringify(r))
        .join(','),
    footer: (empty) => (empty ? ']\n' : '\n]\n'),
  };
}
