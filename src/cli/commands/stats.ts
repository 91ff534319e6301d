/**
 * `plan-parse stats`: counts per file (sections by level; targets by kind,
 * timeframe and year; diagnostics by severity and code): lines on a
 * terminal, else JSON.
 */
import type { InputFormat } from '../../model/formats.js';
import { wantsColor } from '../../present/color.js';
import { jobCount } from '../documents.js';
import { expandInputs, stdoutIsTerminal } from '../io.js';
import { formatOfOutput } from '../output-name.js';
import { renderInputs } from '../render.js';

export interface StatsOptions {
  format?: 'text' | 'json';
  json?: boolean;
  output?: string;
  encoding?: string;
  from?: InputFormat;
  recursive?: boolean;
  color?: boolean;
  jobs?: string;
}

export async function runStats(files: string[], opts: StatsOptions): Promise<void> {
  const { names, many } = expandInputs(files, opts.recursive);
  const toTerminal = !opts.output && stdoutIsTerminal();
  const format = opts.json ? 'json' : (opts.format ?? formatOfOutput(opts.output, ['json'] as const, 'stats') ?? (toTerminal ? 'text' : 'json'));
  const render = {
    kind: format === 'json' ? ('stats-json' as const) : ('stats-text' as const),
    options: { multi: many, color: format === 'text' && !opts.output && wantsColor(opts.color, toTerminal), table: 'targets' as const, bom: false, pretty: toTerminal },
  };
  await renderInputs(render, names, { encoding: opts.encoding, from: opts.from }, opts.output, jobCount(opts.jobs));
}
