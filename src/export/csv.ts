/**
 * CSV (RFC 4180, CRLF line ends, UTF-8): one header row, then the records of
 * every input. Cells are not guarded against spreadsheet formulas, because
 * that would turn a value like -5% into '-5%; --bom adds the byte order mark
 * Excel needs to read UTF-8.
 */
import { stringify } from 'csv-stringify/sync';
import type { RenderOptions, Renderer } from './renderer.js';
import { COLUMNS, records } from './records.js';

export function csvRenderer(options: RenderOptions): Renderer {
  const columns = options.fields ?? [...COLUMNS[options.table]];
  const rows = (data: object[], header: boolean) => stringify(data, { columns, header, record_delimiter: 'windows' });
  return {
    header: () => (options.bom ? '\uFEFF' : '') + rows([], true),
    separator: '',
    document: (doc) => rows(records(doc, options.table), false),
    footer: () => '',
  };
}
