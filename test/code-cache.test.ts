/**
 * The V8 code caches beside dist/'s files only spare compiling: a run with a
 * cache V8 rejects (as after a Node upgrade), or with none, must print the
 * same as a run with the build's own caches, and without a word on stderr.
 */
import { spawnSync } from 'node:child_process';
import { cpSync, mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

const SEED = 'seeds/wuhan-east-lake-14th-fyp.txt';
let copy: string;

/** bin/ and dist/ copied to a folder of their own, whose caches a test may spoil. */
beforeAll(() => {
  copy = mkdtempSync(join(tmpdir(), 'plan-parse-cache-'));
  cpSync('bin', join(copy, 'bin'), { recursive: true });
  cpSync('dist', join(copy, 'dist'), { recursive: true });
});
afterAll(() => rmSync(copy, { recursive: true, force: true }));

function run(root: string, ...args: string[]) {
  const r = spawnSync(process.execPath, [join(root, 'bin/plan-parse.js'), ...args], { encoding: 'utf8' });
  return { status: r.status, stdout: r.stdout, stderr: r.stderr };
}

const caches = () => readdirSync(join(copy, 'dist')).filter((f) => f.endsWith('.cache'));

describe('code caches', () => {
  it('are made by the build for the files a JSON run loads', () => {
    expect(caches()).toContain('cli.cjs.cache');
  });

  it('are accepted by the command as shipped: they were made under the V8 flags it sets', () => {
    // Loads the command in a process of its own, as save-code-cache.cjs does, and asks each compiled file whether V8 took its cache.
    const probe = [
      "const [input, output, bin] = process.argv.slice(1);",
      "process.argv = [process.argv[0], bin, input, '--json', '-o', output];",
      "const { loadedScripts } = require(bin);",
      "process.on('exit', () => console.log(JSON.stringify(loadedScripts().map(({ file, script }) => [file.split('/').pop(), script.cachedDataRejected]))));",
    ].join('\n');
    const r = spawnSync(process.execPath, ['-e', probe, SEED, join(copy, 'out.json'), join(process.cwd(), 'bin/plan-parse.js')], { encoding: 'utf8' });
    expect(r.stderr).toBe('');
    const verdicts = JSON.parse(r.stdout) as [string, boolean | undefined][];
    expect(verdicts.map(([file]) => file)).toContain('cli.cjs');
    expect(verdicts.filter(([, rejected]) => rejected !== false)).toEqual([]);
  });

  it('when V8 rejects them, the output is the same and nothing is said', () => {
    for (const f of caches()) writeFileSync(join(copy, 'dist', f), 'not a V8 code cache');
    for (const args of [[SEED, '--json'], [SEED, '--format', 'csv'], ['schema']]) {
      const spoiled = run(copy, ...args);
      expect(spoiled).toEqual(run('.', ...args));
      expect(spoiled.stderr).toBe('');
    }
  });

  it('when they are missing, the output is the same and nothing is said', () => {
    for (const f of caches()) rmSync(join(copy, 'dist', f));
    expect(caches()).toEqual([]);
    const missing = run(copy, SEED, '--format', 'md');
    expect(missing).toEqual(run('.', SEED, '--format', 'md'));
    expect(missing.stderr).toBe('');
    expect(missing.status).toBe(0);
  });
});
