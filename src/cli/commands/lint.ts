/**
 * `plan-parse lint`: diagnostics only — as compilers print them, as JSON, or
 * as GitHub annotations — and a one-line summary on stderr. Exit 1 when a
 * problem at or above --level is found.
 */
import type { Severity } from '../../model/schema.js';
import { painter, wantsColor } from '../../present/color.js';
import { parseInputs } from '../documents.js';
import { expandInputs, stdoutIsTerminal, writeOutput } from '../io.js';
import { LintTally, lintReport, type LintFormat } from '../lint-report.js';
import { note } from '../notes.js';
import type { InputFormat } from '../../model/formats.js';

const RANK: Record<Severity, number> = { error: 0, warning: 1, info: 2 };

export interface LintOptions {
  recursive?: boolean;
  level: Severity;
  format: LintFormat;
  encoding?: string;
  from?: InputFormat;
  color?: boolean;
}

export async function runLint(files: string[], opts: LintOptions): Promise<void> {
  const { names } = expandInputs(files, opts.recursive);
  const report = lintReport(opts.format, painter(opts.format === 'text' && wantsColor(opts.color, stdoutIsTerminal())));
  const tally = new LintTally();
  for await (const doc of parseInputs(names, { encoding: opts.encoding, from: opts.from })) {
    const problems = doc.diagnostics.filter((d) => RANK[d.severity] <= RANK[opts.level]).map((d) => ({ file: doc.source.name, ...d }));
    tally.add(problems);
    writeOutput(report.file(problems), undefined);
  }
  writeOutput(report.end(), undefined);
  // No summary when no file could be read: the errors said it all.
  if (tally.checked() > 0) note(tally.summary());
  if (tally.failed() && !process.exitCode) process.exitCode = 1;
}
