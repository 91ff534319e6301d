/** `plan-parse lint`: diagnostics only, one per line, as compilers print them. */
import type { Severity } from '../../model/schema.js';
import { painter, SEVERITY_COLOUR, wantsColor } from '../../present/color.js';
import { parseInputs } from '../documents.js';
import { expandInputs, stdoutIsTerminal, writeOutput } from '../io.js';
import type { InputFormat } from '../../model/formats.js';

const RANK: Record<Severity, number> = { error: 0, warning: 1, info: 2 };

export interface LintOptions {
  recursive?: boolean;
  level: Severity;
  encoding?: string;
  from?: InputFormat;
  color?: boolean;
}

export async function runLint(files: string[], opts: LintOptions): Promise<void> {
  const { names } = expandInputs(files, opts.recursive);
  const paint = painter(wantsColor(opts.color, stdoutIsTerminal()));
  let failing = false;
  for await (const doc of parseInputs(names, { encoding: opts.encoding, from: opts.from })) {
    let out = '';
    for (const d of doc.diagnostics) {
      if (RANK[d.severity] > RANK[opts.level]) continue;
      const at = `${doc.source.name}:${d.position.start.line}:${d.position.start.column}`;
      out += `${paint('bold', at)}: ${paint(SEVERITY_COLOUR[d.severity], d.severity)}: ${d.message} [${d.code}]\n`;
      failing = true;
    }
    writeOutput(out, undefined);
  }
  if (failing && !process.exitCode) process.exitCode = 1;
}
