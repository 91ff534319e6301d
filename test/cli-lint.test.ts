/**
 * `plan-parse lint` as a user and a CI job run it: text, JSON and GitHub
 * annotations, a one-line summary on stderr, and --level that decides both
 * what is shown and the exit code — including `--level error`, which fires on
 * damage that loses text.
 */
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { runCli } from './helpers/cli.js';

let dir: string;
const at = (name: string) => join(dir, name);

beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'plan-parse-lint-'));
  writeFileSync(at('clean.txt'), '一、总体要求\n到2025年，地区生产总值达到1000亿元。\n二、主要任务\n（一）发展产业\n加快发展。\n');
  // 二、 is missing: the document skips a number.
  writeFileSync(at('gap.txt'), '一、总体要求\n内容。\n三、主要任务\n内容。\n');
  // A byte that is no UTF-8 in an otherwise UTF-8 file: a character lost.
  writeFileSync(
    at('damaged.txt'),
    Buffer.concat([Buffer.from('一、总体要求\n到2025年，地区生产总值达到1000亿元，全面建成示范区域。\n'), Buffer.from([0xff]), Buffer.from('\n二、主要任务\n加快发展现代产业体系，推动经济高质量发展。\n')]),
  );
});

describe('lint', () => {
  it('text: file:line:column: severity: message [code]; the summary on stderr; exit 1', () => {
    const r = runCli(['lint', at('gap.txt'), at('clean.txt')]);
    expect(r.status).toBe(1);
    expect(r.stdout).toBe(`${at('gap.txt')}:3:1: warning: 三、 follows 一、 under the top level: 1 number(s) skipped [numbering-gap]\n`);
    expect(r.stderr).toBe('1 problem (1 warning) in 1 of 2 files\n');
  });

  it('no problems: exit 0, nothing on stdout, "no problems in N files"', () => {
    const r = runCli(['lint', at('clean.txt')]);
    expect(r.status).toBe(0);
    expect(r.stdout).toBe('');
    expect(r.stderr).toBe('no problems in 1 file\n');
  });

  it('--quiet: no summary', () => {
    const r = runCli(['lint', at('gap.txt'), '--quiet']);
    expect(r.status).toBe(1);
    expect(r.stderr).toBe('');
  });

  it('--format json: one array of problems, each with its file, code and position', () => {
    const r = runCli(['lint', at('gap.txt'), at('damaged.txt'), '--format', 'json']);
    expect(r.status).toBe(1);
    const problems = JSON.parse(r.stdout);
    expect(problems.map((p: { file: string; code: string }) => [p.file, p.code])).toEqual([
      [at('gap.txt'), 'numbering-gap'],
      [at('damaged.txt'), 'undecodable-text'],
    ]);
    expect(problems[0].position.start).toEqual({ line: 3, column: 1, offset: 11 });
    expect(JSON.parse(runCli(['lint', at('clean.txt'), '--format', 'json']).stdout)).toEqual([]);
  });

  it('--format github: one annotation per problem, at its place, in GitHub\'s levels', () => {
    const r = runCli(['lint', at('gap.txt'), at('damaged.txt'), '--format', 'github', '--level', 'info']);
    const lines = r.stdout.trim().split('\n');
    expect(lines[0]).toBe(`::warning file=${at('gap.txt')},line=3,col=1,endLine=3,endColumn=3,title=plan-parse numbering-gap::三、 follows 一、 under the top level: 1 number(s) skipped`);
    expect(lines[1]).toMatch(/^::warning file=.*damaged\.txt,line=3,col=1,.*title=plan-parse undecodable-text::1 character\(s\) could not be decoded/);
  });

});
