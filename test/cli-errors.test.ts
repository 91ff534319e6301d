/**
 * What the built CLI says when the input is wrong: one clear line on stderr,
 * no stack trace, exit 2 for unreadable input and usage errors (README:
 * "Exit codes"); an empty file is a valid, empty document.
 */
import { spawnSync } from 'node:child_process';
import { closeSync, existsSync, mkdirSync, mkdtempSync, openSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { DocumentSchema } from '../src/model/schema.js';

let dir: string;
const path = (name: string) => join(dir, name);

beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'plan-parse-errors-'));
  // A PNG's signature and the start of its header chunk: NUL bytes throughout.
  writeFileSync(path('image.txt'), Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 0x0d, 0x49, 0x48, 0x44, 0x52, 0, 0, 0, 0x10, 0, 0, 0, 0x10, 8, 6, 0, 0, 0]));
  // 0xFF starts no character in UTF-8 or GB18030.
  writeFileSync(path('garbled.txt'), Buffer.from('\xff中\xff文\xff'.repeat(20), 'latin1'));
  writeFileSync(path('empty.txt'), '');
  writeFileSync(path('plan.txt'), '一、总体要求\n到2025年，地区生产总值达到1000亿元。\n');
  mkdirSync(path('no-plans'));
  writeFileSync(path('no-plans/scan.tiff'), 'II*\0');
});

function run(...args: string[]) {
  const r = spawnSync(process.execPath, ['bin/plan-parse.js', ...args], { encoding: 'utf8' });
  return { status: r.status, stdout: r.stdout, stderr: r.stderr, lines: r.stderr.split('\n').filter((l) => l !== '') };
}

/** One line that names the file and the problem, and no stack frame. */
function expectOneClearLine(stderr: string, ...words: string[]): void {
  expect(stderr).not.toMatch(/^\s+at /m);
  expect(stderr.split('\n').filter((l) => l !== '')).toHaveLength(1);
  for (const w of words) expect(stderr).toContain(w);
}

describe('unreadable input: one stderr line, exit 2', () => {
  it('a binary file', () => {
    const r = run(path('image.txt'));
    expect(r.status).toBe(2);
    expectOneClearLine(r.stderr, 'image.txt', 'binary');
  });

  it('bytes that are neither UTF-8 nor GB18030', () => {
    const r = run(path('garbled.txt'));
    expect(r.status).toBe(2);
    expectOneClearLine(r.stderr, 'garbled.txt', 'cannot be decoded', '--encoding');
  });

  it('a missing file', () => {
    const r = run(path('missing.txt'));
    expect(r.status).toBe(2);
    expectOneClearLine(r.stderr, 'missing.txt', 'no such file');
  });

  it('a folder with no plan files', () => {
    const r = run(path('no-plans'));
    expect(r.status).toBe(2);
    expect(r.stdout).toBe('');
    // The file skipped, and why; then the error.
    expect(r.lines).toEqual([`plan-parse: ${path('no-plans/scan.tiff')}: skipped: not a plan file (.txt, .md, .markdown, .html, .htm, .docx, .pdf; name it to read it anyway)`, expect.stringMatching(/no-plans: no plan files in this folder/)]);
    expect(run(path('no-plans'), '--quiet').lines).toHaveLength(1);
  });

  it('a bad file among good ones: reported, and the good one still comes out', () => {
    const r = run(path('image.txt'), path('plan.txt'), '--json');
    expect(r.status).toBe(2);
    expectOneClearLine(r.stderr, 'image.txt');
    expect(JSON.parse(r.stdout).map((d: { source: { name: string } }) => d.source.name)).toEqual([path('plan.txt')]);
  });
});

describe('usage errors: exit 2, no stack trace', () => {
  it('a wrong --encoding value', () => {
    const r = run('--encoding', 'latin1', path('plan.txt'));
    expect(r.status).toBe(2);
    expectOneClearLine(r.stderr, 'unknown encoding "latin1"', 'gb18030');
  });

  it('an unknown option', () => {
    const r = run('--frobnicate', path('plan.txt'));
    expect(r.status).toBe(2);
    expect(r.stderr).not.toMatch(/^\s+at /m);
    expect(r.lines[0]).toContain("unknown option '--frobnicate'");
    expect(r.stdout).toBe('');
  });
});

describe('empty input', () => {
  it('is a valid, empty document, exit 0, nothing on stderr', () => {
    const r = run(path('empty.txt'), '--json');
    expect(r.status).toBe(0);
    expect(r.stderr).toBe('');
    const doc = DocumentSchema.parse(JSON.parse(r.stdout));
    expect(doc).toMatchObject({ sections: [], targets: [], diagnostics: [], source: { length: 0 } });
  });
});

describe('output that cannot be written', () => {
  // /dev/full: every write fails as on a full disk (Linux).
  it.runIf(existsSync('/dev/full'))('a full disk behind standard output: one stderr line, exit 2', () => {
    const out = openSync('/dev/full', 'w');
    try {
      const r = spawnSync(process.execPath, ['bin/plan-parse.js', path('plan.txt'), '--json'], { stdio: ['ignore', out, 'pipe'], encoding: 'utf8' });
      expect(r.status).toBe(2);
      expectOneClearLine(r.stderr, 'standard output', 'ENOSPC');
    } finally {
      closeSync(out);
    }
  });
});
