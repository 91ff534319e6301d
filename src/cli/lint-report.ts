/**
 * How `plan-parse lint` reports problems: as compilers print them (text), as
 * one JSON array for scripts, or as GitHub Actions annotations; and the
 * one-line summary on stderr.
 */
import type { Diagnostic, Severity } from '../model/schema.js';
import { escapeData, escapeProperty } from '../diff/render-github.js';
import { SEVERITY_COLOUR, type Paint } from '../present/color.js';

export const LINT_FORMATS = ['text', 'json', 'github'] as const;
export type LintFormat = (typeof LINT_FORMATS)[number];

/** A problem in one file, as the JSON output gives it. */
export interface Problem extends Diagnostic {
  file: string;
}

/** GitHub's three annotation levels. */
const GITHUB_LEVEL: Record<Severity, string> = { error: 'error', warning: 'warning', info: 'notice' };

/** One file's problems, written as they come (text, github), or gathered (json: one array at the end). */
export interface LintReport {
  file(problems: Problem[]): string;
  end(): string;
}

export function lintReport(format: LintFormat, paint: Paint): LintReport {
  switch (format) {
    case 'text':
      return {
        file: (problems) => problems.map((p) => `${paint('bold', `${p.file}:${p.position.start.line}:${p.position.start.column}`)}: ${paint(SEVERITY_COLOUR[p.severity], p.severity)}: ${p.message} [${p.code}]\n`).join(''),
        end: () => '',
      };
    case 'github':
      return { file: (problems) => problems.map(annotation).join(''), end: () => '' };
    case 'json': {
      const all: Problem[] = [];
      return {
        file: (problems) => {
          all.push(...problems);
          return '';
        },
        end: () => JSON.stringify(all, null, 2) + '\n',
      };
    }
  }
}

function annotation(p: Problem): string {
  const { start, end } = p.position;
  const where = `file=${escapeProperty(p.file)},line=${start.line},col=${start.column},endLine=${end.line},endColumn=${end.column},title=${escapeProperty(`plan-parse ${p.code}`)}`;
  return `::${GITHUB_LEVEL[p.severity]} ${where}::${escapeData(p.message)}\n`;
}

/** Counts for the summary line. */
export class LintTally {
  private readonly bySeverity: Record<Severity, number> = { error: 0, warning: 0, info: 0 };
  private files = 0;
  private withProblems = 0;

  add(problems: Problem[]): void {
    this.files++;
    if (problems.length > 0) this.withProblems++;
    for (const p of problems) this.bySeverity[p.severity]++;
  }

  checked(): number {
    return this.files;
  }

  failed(): boolean {
    return this.withProblems > 0;
  }

  /** "3 problems (1 error, 2 warnings) in 2 of 5 files", or "no problems in 5 files". */
  summary(): string {
    const plural = (n: number, word: string) => `${n} ${word}${n === 1 ? '' : 's'}`;
    const files = plural(this.files, 'file');
    const total = this.bySeverity.error + this.bySeverity.warning + this.bySeverity.info;
    if (total === 0) return `no problems in ${files}`;
    const parts = [
      this.bySeverity.error ? plural(this.bySeverity.error, 'error') : '',
      this.bySeverity.warning ? plural(this.bySeverity.warning, 'warning') : '',
      this.bySeverity.info ? `${this.bySeverity.info} info` : '',
    ].filter(Boolean);
    return `${plural(total, 'problem')} (${parts.join(', ')}) in ${this.withProblems} of ${files}`;
  }
}
