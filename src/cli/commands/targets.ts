/**
 * `plan-parse targets`: the targets alone, one flat record per target (the
 * records of `--format csv`): an aligned table on a terminal, else JSON;
 * CSV with --csv, NDJSON with --format ndjson.
 */
import type { RendererKind } from '../../export/index.js';
import { wantsColor } from '../../present/color.js';
import { jobCount } from '../documents.js';
import { expandInputs, stdoutIsTerminal } from '../io.js';
import { formatOfOutput } from '../output-name.js';
import { renderInputs } from '../render.js';
import { COLUMNS } from '../../export/records.js';
import { recordFields, targetFilter, type SelectionOptions } from '../selection.js';
import type { InputFormat } from '../../model/formats.js';

export interface TargetsOptions extends SelectionOptions {
  json?: boolean;
  recursive?: boolean;
  csv?: boolean;
  format?: 'table' | 'csv' | 'ndjson' | 'json';
  output?: string;
  encoding?: string;
  from?: InputFormat;
  bom?: boolean;
  color?: boolean;
  jobs?: string;
}

const KIND: Record<NonNullable<TargetsOptions['format']>, RendererKind> = { table: 'target-table', json: 'record-array', csv: 'csv', ndjson: 'ndjson' };

export async function runTargets(files: string[], opts: TargetsOptions): Promise<void> {
  const { names, many } = expandInputs(files, opts.recursive);
  const toTerminal = !opts.output && stdoutIsTerminal();
  const format = opts.csv ? 'csv' : opts.json ? 'json' : (opts.format ?? formatOfOutput(opts.output, ['json', 'ndjson', 'csv'] as const, 'targets') ?? (toTerminal ? 'table' : 'json'));
  const render = {
    kind: KIND[format],
    options: { multi: many, color: format === 'table' && !opts.output && wantsColor(opts.color, toTerminal), table: 'targets' as const, bom: opts.bom === true, filter: targetFilter(opts), fields: recordFields(opts, COLUMNS.targets, format, ['csv', 'ndjson', 'json']) },
  };
  await renderInputs(render, names, { encoding: opts.encoding, from: opts.from }, opts.output, jobCount(opts.jobs));
}
