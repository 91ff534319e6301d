/**
 * `-o FILE` as users type it: it never harms what is at the path (a symlink
 * stays a symlink, a device or FIFO is written in place, an interrupted run
 * leaves the old file and no temporary file), and the format follows the
 * file's extension unless --format says otherwise.
 */
import { spawn, spawnSync } from 'node:child_process';
import { chmodSync, existsSync, lstatSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, readlinkSync, statSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { runCli } from './helpers/cli.js';

const PLAN = 'fixtures/formats/riverside-plan.txt';
let dir: string;
const path = (...names: string[]) => join(dir, ...names);

beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'plan-parse-output-'));
});

/** A fresh folder per test, so one test's files say nothing about another's. */
function folder(name: string): string {
  mkdirSync(path(name));
  return path(name);
}

const temporaries = (where: string) => readdirSync(where).filter((n) => n.endsWith('.tmp'));

describe('-o never replaces what is not a regular file', () => {
  it('a symlink stays a symlink; its target gets the output, keeping its mode', () => {
    const d = folder('symlink');
    writeFileSync(join(d, 'real.json'), 'old');
    chmodSync(join(d, 'real.json'), 0o640);
    symlinkSync('real.json', join(d, 'link.json'));
    const r = runCli([PLAN, '-o', join(d, 'link.json')]);
    expect(r.status).toBe(0);
    expect(lstatSync(join(d, 'link.json')).isSymbolicLink()).toBe(true);
    expect(readlinkSync(join(d, 'link.json'))).toBe('real.json');
    expect(JSON.parse(readFileSync(join(d, 'real.json'), 'utf8')).schemaVersion).toBe(1);
    expect(statSync(join(d, 'real.json')).mode & 0o777).toBe(0o640);
    expect(temporaries(d)).toEqual([]);
  });

  it('a symlink to a file not made yet: the file is made at its end, the link kept', () => {
    const d = folder('dangling');
    mkdirSync(join(d, 'sub'));
    symlinkSync('sub/new.csv', join(d, 'out.csv'));
    expect(runCli([PLAN, '-o', join(d, 'out.csv')]).status).toBe(0);
    expect(lstatSync(join(d, 'out.csv')).isSymbolicLink()).toBe(true);
    expect(readFileSync(join(d, 'sub', 'new.csv'), 'utf8')).toMatch(/^source,/);
  });

  it('/dev/null is written, not replaced', () => {
    const r = runCli([PLAN, '-o', '/dev/null']);
    expect(r.stderr).toBe('');
    expect(r.status).toBe(0);
    expect(statSync('/dev/null').isCharacterDevice()).toBe(true);
  });

  it.skipIf(!existsSync('/dev/full'))('/dev/full: one line saying the device is full, exit 2', () => {
    const r = runCli([PLAN, '-o', '/dev/full']);
    expect(r.status).toBe(2);
    expect(r.stderr).toMatch(/^plan-parse: cannot write \/dev\/full: no space left on the device \(ENOSPC\)\n$/);
    expect(statSync('/dev/full').isCharacterDevice()).toBe(true);
  });

  it('a FIFO: its reader gets the whole output and the FIFO stays a FIFO', async () => {
    const d = folder('fifo');
    const fifo = join(d, 'out.ndjson');
    expect(spawnSync('mkfifo', [fifo]).status).toBe(0);
    const reader = spawn('cat', [fifo]);
    let read = '';
    reader.stdout.on('data', (b: Buffer) => (read += b.toString('utf8')));
    const readerDone = new Promise((resolve) => reader.on('close', resolve));
    const writer = spawn(process.execPath, ['bin/plan-parse.js', PLAN, '-o', fifo]);
    const status = await new Promise((resolve) => writer.on('close', resolve));
    await readerDone;
    expect(status).toBe(0);
    expect(lstatSync(fifo).isFIFO()).toBe(true);
    const records = read.trim().split('\n').map((l) => JSON.parse(l));
    expect(records.length).toBeGreaterThan(0);
    expect(records[0].indicator).toBeTypeOf('string'); // .ndjson: target records, not JSON
    expect(temporaries(d)).toEqual([]);
  });

  it('a folder: one line, exit 2, nothing written into it', () => {
    const d = folder('a-folder');
    const r = runCli([PLAN, '-o', d]);
    expect(r.status).toBe(2);
    expect(r.stderr).toMatch(/cannot write .*a-folder: it is a folder/);
    expect(readdirSync(d)).toEqual([]);
  });

  it('a folder that does not exist: one line that says so, exit 2', () => {
    const r = runCli([PLAN, '-o', path('missing-folder', 'out.json')]);
    expect(r.status).toBe(2);
    expect(r.stderr).toMatch(/^plan-parse: cannot write .*out\.json: its folder does not exist \(ENOENT\)\n$/);
  });
});

describe('an interrupted run leaves the old file and no temporary file', () => {
  /** Enough plans that the run is still writing when the signal comes. */
  function manyPlans(): string {
    const d = folder('many');
    const text = readFileSync('seeds/wuhan-east-lake-14th-fyp.txt');
    for (let i = 0; i < 1500; i++) writeFileSync(join(d, `p${String(i).padStart(4, '0')}.txt`), text);
    return d;
  }
  let plans: string;
  beforeAll(() => {
    plans = manyPlans();
  });

  for (const [signal, status] of [
    ['SIGINT', 130],
    ['SIGTERM', 143],
  ] as const) {
    it(`${signal}: exit ${status}, the old output kept, no *.tmp`, async () => {
      const d = folder(`interrupted-${signal}`);
      const out = join(d, 'all.json');
      writeFileSync(out, 'old');
      const child = spawn(process.execPath, ['bin/plan-parse.js', plans, '-o', out]);
      const exited = new Promise<number | null>((resolve) => child.on('close', (code) => resolve(code)));
      // Wait until the temporary file is being written, then interrupt.
      for (let i = 0; i < 200 && temporaries(d).length === 0; i++) await new Promise((r) => setTimeout(r, 25));
      expect(temporaries(d)).toHaveLength(1);
      child.kill(signal);
      expect(await exited).toBe(status);
      expect(readFileSync(out, 'utf8')).toBe('old');
      expect(temporaries(d)).toEqual([]);
    }, 30_000);
  }
});

describe('the format follows the extension of -o', () => {
  const cases = [
    ['plan.json', (t: string) => expect(JSON.parse(t).schemaVersion).toBe(1)],
    ['plan.ndjson', (t: string) => expect(JSON.parse(t.split('\n')[0]).indicator).toBeTypeOf('string')],
    ['plan.jsonl', (t: string) => expect(JSON.parse(t.split('\n')[0]).indicator).toBeTypeOf('string')],
    ['plan.csv', (t: string) => expect(t).toMatch(/^source,sha256,id,/)],
    ['plan.md', (t: string) => expect(t).toMatch(/^# /)],
  ] as const;
  for (const [name, check] of cases) {
    it(`plan-parse plan.txt -o ${name}`, () => {
      const d = folder(`ext-${name}`);
      expect(runCli([PLAN, '-o', join(d, name)]).status).toBe(0);
      check(readFileSync(join(d, name), 'utf8'));
    });
  }

  it('--format wins over the extension', () => {
    const d = folder('format-wins');
    expect(runCli([PLAN, '-o', join(d, 'out.csv'), '--format', 'json']).status).toBe(0);
    expect(JSON.parse(readFileSync(join(d, 'out.csv'), 'utf8')).schemaVersion).toBe(1);
  });

  it('an extension that names no format: JSON, the default for a file', () => {
    const d = folder('no-ext');
    expect(runCli([PLAN, '-o', join(d, 'out.data')]).status).toBe(0);
    expect(JSON.parse(readFileSync(join(d, 'out.data'), 'utf8')).schemaVersion).toBe(1);
  });

  it('targets -o t.csv writes CSV; targets -o t.md is a usage error, not JSON under a .md name', () => {
    const d = folder('targets-ext');
    expect(runCli(['targets', PLAN, '-o', join(d, 't.csv')]).status).toBe(0);
    expect(readFileSync(join(d, 't.csv'), 'utf8')).toMatch(/^source,/);
    const r = runCli(['targets', PLAN, '-o', join(d, 't.md')]);
    expect(r.status).toBe(2);
    expect(r.stderr).toContain('.md asks for md, which targets does not write');
    expect(existsSync(join(d, 't.md'))).toBe(false);
  });

  it('diff -o changes.md writes Markdown', () => {
    const d = folder('diff-ext');
    const r = runCli(['diff', PLAN, PLAN, '-o', join(d, 'changes.md')]);
    expect(r.status).toBe(0);
    expect(readFileSync(join(d, 'changes.md'), 'utf8')).toMatch(/^\*\*plan-parse diff\*\*/);
  });
});
