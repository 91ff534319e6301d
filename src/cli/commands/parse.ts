/** The main command: parse plans and print them in the chosen format. */
import { createRenderer, type Format } from '../../export/index.js';
import { wantsColor } from '../color.js';
import { parseInputs } from '../documents.js';
import { expandInputs, writeOutput } from '../io.js';

export interface ParseCommandOptions {
  format?: Format;
  json?: boolean;
  output?: string;
  encoding?: string;
  from?: 'txt' | 'md';
  table: 'targets' | 'sections';
  bom?: boolean;
  color?: boolean;
  jobs?: string;
}

export async function runParse(files: string[], opts: ParseCommandOptions): Promise<void> {
  const { names, many } = expandInputs(files);
  const toTerminal = !opts.output && process.stdout.isTTY === true;
  const format: Format = opts.json ? 'json' : (opts.format ?? (toTerminal ? 'tree' : 'json'));
  const renderer = await createRenderer(format, {
    multi: many,
    color: !opts.output && wantsColor(opts.color, process.stdout),
    table: opts.table,
    bom: opts.bom === true,
  });
  // Standard output streams document by document; a file is written once, at the end.
  const parts: string[] = [];
  const emit = (s: string) => (opts.output ? parts.push(s) : writeOutput(s, undefined));
  emit(renderer.header());
  let first = true;
  for await (const doc of parseInputs(names, { encoding: opts.encoding, from: opts.from })) {
    emit(renderer.document(doc, first));
    first = false;
  }
  emit(renderer.footer());
  if (opts.output) writeOutput(parts.join(''), opts.output);
}
