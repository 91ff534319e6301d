/**
 * `plan-parse targets`: the targets alone, one flat record per target (the
 * records of `--format csv`): an aligned table on a terminal, else JSON;
 * CSV with --csv, NDJSON with --format ndjson.
 */
import type { Renderer } from '../../export/index.js';
import { wantsColor } from '../color.js';
import { jobCount } from '../documents.js';
import { expandInputs } from '../io.js';
import { renderInputs } from '../render.js';

export interface TargetsOptions {
  csv?: boolean;
  format?: 'table' | 'csv' | 'ndjson' | 'json';
  output?: string;
  encoding?: string;
  from?: 'txt' | 'md';
  bom?: boolean;
  color?: boolean;
}

async function targetsRenderer(format: NonNullable<TargetsOptions['format']>, opts: TargetsOptions, many: boolean): Promise<Renderer> {
  const table = 'targets';
  switch (format) {
    case 'table':
      return (await import('../../export/target-table.js')).targetTableRenderer({ color: !opts.output && wantsColor(opts.color, process.stdout) });
    case 'json':
      return (await import('../../export/ndjson.js')).recordArrayRenderer({ table });
    case 'csv':
    case 'ndjson': {
      const { createRenderer } = await import('../../export/index.js');
      return createRenderer(format, { multi: many, color: false, table, bom: opts.bom === true });
    }
  }
}

export async function runTargets(files: string[], opts: TargetsOptions): Promise<void> {
  const { names, many } = expandInputs(files);
  const toTerminal = !opts.output && process.stdout.isTTY === true;
  const format = opts.csv ? 'csv' : (opts.format ?? (toTerminal ? 'table' : 'json'));
  await renderInputs(await targetsRenderer(format, opts, many), names, { encoding: opts.encoding, from: opts.from }, opts.output, jobCount(undefined));
}
