/** The main command: parse plans and print them in the chosen format. */
import { FORMATS, type Format } from '../../export/index.js';
import { wantsColor } from '../../present/color.js';
import { jobCount } from '../documents.js';
import { expandInputs, stdoutIsTerminal } from '../io.js';
import { formatOfOutput } from '../output-name.js';
import { renderInputs } from '../render.js';
import { COLUMNS } from '../../export/records.js';
import { recordFields } from '../selection.js';
import type { InputFormat } from '../../model/formats.js';

export interface ParseCommandOptions {
  fields?: string;
  recursive?: boolean;
  format?: Format;
  json?: boolean;
  output?: string;
  encoding?: string;
  from?: InputFormat;
  table: 'targets' | 'sections';
  bom?: boolean;
  color?: boolean;
  jobs?: string;
  pretty?: boolean;
}

export async function runParse(files: string[], opts: ParseCommandOptions): Promise<void> {
  const { names, many } = expandInputs(files, opts.recursive);
  const toTerminal = !opts.output && stdoutIsTerminal();
  const format: Format = opts.json ? 'json' : (opts.format ?? formatOfOutput(opts.output, FORMATS, 'plan-parse') ?? (toTerminal ? 'tree' : 'json'));
  const render = {
    kind: format,
    options: { multi: many, color: !opts.output && wantsColor(opts.color, toTerminal), table: opts.table, bom: opts.bom === true, pretty: opts.pretty ?? toTerminal, fields: recordFields(opts, COLUMNS[opts.table], format, ['csv', 'ndjson']) },
  };
  await renderInputs(render, names, { encoding: opts.encoding, from: opts.from }, opts.output, jobCount(opts.jobs));
}
