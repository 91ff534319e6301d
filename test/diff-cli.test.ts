/** `plan-parse diff` as users run it: the built bundle, exit codes, formats. */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { DocumentDiffSchema } from '../src/model/diff-schema.js';

const F = 'fixtures/diff/';

function run(args: string[], input?: string) {
  const r = spawnSync(process.execPath, ['bin/plan-parse.js', ...args], { encoding: 'utf8', input, env: { ...process.env, NO_COLOR: '1' } });
  return { code: r.status, stdout: r.stdout, stderr: r.stderr };
}

describe('plan-parse diff', () => {
  it('exits 0 with no changes for a file against itself', () => {
    const r = run(['diff', `${F}plan.txt`, `${F}plan.txt`]);
    expect(r.code).toBe(0);
    expect(JSON.parse(r.stdout).changes).toEqual([]);
    expect(r.stderr).toBe('');
  });

  it('exits 1 and prints the contract JSON, byte for byte the same each run, when the versions differ', () => {
    const r = run(['diff', `${F}plan.txt`, `${F}adopted.txt`]);
    expect(r.code).toBe(1);
    const diff = DocumentDiffSchema.parse(JSON.parse(r.stdout));
    expect(diff.old).toEqual({ name: `${F}plan.txt`, sha256: expect.stringMatching(/^[0-9a-f]{64}$/) });
    expect(diff.changes[0].type).toBe('targetChanged');
    expect(Object.keys(diff.summary)).toEqual(['added', 'removed', 'renamed', 'moved', 'renumbered', 'textChanged', 'targetChanged', 'targetAdded', 'targetRemoved']);
    expect(run(['diff', `${F}plan.txt`, `${F}adopted.txt`]).stdout).toBe(r.stdout);
  });

  it('narrows the exit code with --fail-on', () => {
    const code = (file: string, failOn: string) => run(['diff', `${F}plan.txt`, `${F}${file}`, '--fail-on', failOn]).code;
    expect(code('rename-edit.txt', 'targets')).toBe(0);
    expect(code('rename-edit.txt', 'structure')).toBe(1);
    expect(code('raise-renumbered.txt', 'targets')).toBe(1);
    expect(code('adopted.txt', 'none')).toBe(0);
  });

  it('reads one version from standard input', () => {
    const r = run(['diff', `${F}plan.txt`, '-'], readFileSync(`${F}plan.txt`, 'utf8'));
    expect(r.code).toBe(0);
  });

  it('finds no changes between a text and its own Markdown export, and the same ones against a revision', () => {
    const md = join(mkdtempSync(join(tmpdir(), 'plan-parse-diff-')), 'plan.md');
    writeFileSync(md, run([`${F}plan.txt`, '--format', 'md']).stdout);
    const same = run(['diff', `${F}plan.txt`, md]);
    expect(same.code).toBe(0);
    expect(JSON.parse(same.stdout).changes).toEqual([]);
    const fromText = JSON.parse(run(['diff', `${F}plan.txt`, `${F}adopted.txt`]).stdout);
    const fromMarkdown = JSON.parse(run(['diff', md, `${F}adopted.txt`]).stdout);
    expect(fromMarkdown.summary).toEqual(fromText.summary);
    expect(fromMarkdown.changes.map((c: { type: string }) => c.type)).toEqual(fromText.changes.map((c: { type: string }) => c.type));
  });

  it('exits 2 with one line on stderr when a file is missing', () => {
    const r = run(['diff', `${F}plan.txt`, `${F}no-such-file.txt`]);
    expect(r.code).toBe(2);
    expect(r.stdout).toBe('');
    expect(r.stderr.trimEnd().split('\n')).toEqual([`plan-parse: ${F}no-such-file.txt: no such file (check the path)`]);
  });

  it('exits 2 on a usage error', () => {
    expect(run(['diff', `${F}plan.txt`]).code).toBe(2);
    expect(run(['diff', `${F}plan.txt`, `${F}plan.txt`, '--fail-on', 'sometimes']).code).toBe(2);
  });

  it('prints the diff JSON Schema with schema --diff', () => {
    const r = run(['schema', '--diff']);
    expect(r.code).toBe(0);
    const schema = JSON.parse(r.stdout);
    expect(schema.title).toBe('plan-parse diff (schemaVersion 1)');
    expect(schema.required).toEqual(['schemaVersion', 'old', 'new', 'summary', 'changes']);
  });

  // These need the diff command's own --format, --json and -o to reach it:
  // the root command declares the same flags, so main.ts must call
  // program.enablePositionalOptions().
  it('writes Markdown with --format md', () => {
    const r = run(['diff', `${F}plan.txt`, `${F}adopted.txt`, '--format', 'md']);
    expect(r.code).toBe(1);
    expect(r.stdout).toMatch(/^\*\*plan-parse diff\*\* `fixtures\/diff\/plan.txt` → `fixtures\/diff\/adopted.txt`: 1 target changed/);
    expect(r.stdout).toContain('| raised: more ambitious | 地区生产总值 | >8000亿元 | >9000亿元 | （二）发展目标 | 22 |');
  });

  it('writes workflow annotations with --format github', () => {
    const r = run(['diff', `${F}plan.txt`, `${F}delete-renumber.txt`, '-f', 'github']);
    expect(r.stdout.split('\n')[0]).toBe(`::warning file=${F}delete-renumber.txt,line=40,title=plan-parse%3A removed::（一）加强组织领导`);
  });

  it('writes the readable report to a file with -o, without colour', () => {
    const out = join(mkdtempSync(join(tmpdir(), 'plan-parse-diff-')), 'report.txt');
    const r = run(['diff', `${F}plan.txt`, `${F}insert-renumber.txt`, '--format', 'text', '--color', '-o', out]);
    expect(r.code).toBe(1);
    expect(r.stdout).toBe('');
    expect(readFileSync(out, 'utf8')).toBe(
      [
        `${F}plan.txt → ${F}insert-renumber.txt: 1 section added, 3 renumbered`,
        '',
        'Sections',
        '  + added          1.新型显示  line 24',
        '  # renumbered     1.集成电路 → 2.  line 26',
        '  # renumbered     2.软件和信息服务 → 3.  line 28',
        '  # renumbered     3.人工智能 → 4.  line 30',
        '',
      ].join('\n'),
    );
  });
});
