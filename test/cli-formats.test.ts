import { spawnSync } from 'node:child_process';
import { copyFileSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parse as parseCsv } from 'csv-parse/sync';
import { describe, expect, it } from 'vitest';
import { TargetRecordSchema } from '../src/model/records.js';

const F = 'fixtures/formats';
const env = { ...process.env, NO_COLOR: '1', FORCE_COLOR: undefined };

function cli(...args: string[]) {
  const r = spawnSync(process.execPath, ['bin/plan-parse.js', ...args], { encoding: 'utf8', env });
  return { code: r.status, stdout: r.stdout, stderr: r.stderr };
}

describe('many files, one unreadable', () => {
  const files = [`${F}/riverside-plan.txt`, `${F}/missing.txt`, `${F}/harbor-handwritten.md`];

  it('ndjson: records of the readable files, each with its source; the error on stderr; exit 2', () => {
    const r = cli(...files, '--format', 'ndjson');
    expect(r.code).toBe(2);
    expect(r.stderr.trim().split('\n')).toEqual([expect.stringMatching(/^plan-parse: fixtures\/formats\/missing\.txt: no such file/)]);
    const records = r.stdout.trimEnd().split('\n').map((l) => TargetRecordSchema.parse(JSON.parse(l)));
    expect(new Set(records.map((x) => x.source))).toEqual(new Set([files[0], files[2]]));
  });

  it('csv: one header row for all files', () => {
    const r = cli(...files, '--format', 'csv');
    expect(r.code).toBe(2);
    expect(r.stdout.match(/^source,sha256,/gm)).toHaveLength(1);
    const rows: Record<string, string>[] = parseCsv(r.stdout, { columns: true });
    expect(rows.at(-1)!.source).toBe(files[2]);
  });

  it('json: an array of documents', () => {
    const r = cli(...files, '--json');
    const docs = JSON.parse(r.stdout);
    expect(docs.map((d: { source: { name: string } }) => d.source.name)).toEqual([files[0], files[2]]);
  });

  it('a folder: its .txt and .md plans in a stable order', () => {
    const r = cli(F, '--format', 'ndjson', '--table', 'sections');
    expect(r.code).toBe(0);
    const sources = [...new Set(r.stdout.trimEnd().split('\n').map((l) => JSON.parse(l).source))];
    expect(sources).toEqual([...sources].sort());
    expect(sources).toContain(`${F}/harbor-handwritten.md`);
  });
});

describe('output', () => {
  it('-o FILE writes the file, md and csv --bom', () => {
    const dir = mkdtempSync(join(tmpdir(), 'plan-parse-'));
    expect(cli(`${F}/riverside-plan.txt`, '-f', 'md', '-o', join(dir, 'plan.md')).stdout).toBe('');
    expect(readFileSync(join(dir, 'plan.md'), 'utf8')).toMatch(/^### （一）指导思想$/m);
    cli(`${F}/riverside-plan.txt`, '-f', 'csv', '--bom', '-o', join(dir, 'plan.csv'));
    expect(readFileSync(join(dir, 'plan.csv')).subarray(0, 3)).toEqual(Buffer.from([0xef, 0xbb, 0xbf]));
  });

  it('tree: the outline with targets, no colour when NO_COLOR is set', () => {
    const r = cli(`${F}/riverside-plan.txt`, '-f', 'tree');
    expect(r.stdout).toContain('├─ （一）指导思想');
    expect(r.stdout).toMatch(/• 地区生产总值 ≥ 6% growth ↑, 2025 :17/);
    expect(r.stdout).not.toContain('\x1b[');
  });

  it('targets --csv: one row per target', () => {
    const r = cli('targets', `${F}/riverside-plan.txt`, '--csv');
    const rows: Record<string, string>[] = parseCsv(r.stdout, { columns: true });
    const doc = JSON.parse(cli(`${F}/riverside-plan.txt`, '--json').stdout);
    expect(rows.map((x) => x.text)).toEqual(doc.targets.map((t: { text: string }) => t.text));
  });

  it('a closed pipe (| head -1) over a big input ends quietly with exit 0', () => {
    const dir = mkdtempSync(join(tmpdir(), 'plan-parse-'));
    for (let k = 0; k < 30; k++) copyFileSync('seeds/wuhan-east-lake-14th-fyp.txt', join(dir, `plan-${String(k).padStart(2, '0')}.txt`));
    // The script beside the folder, not in it: a folder's other files are skipped with a note.
    const script = join(mkdtempSync(join(tmpdir(), 'plan-parse-')), 'run.sh');
    writeFileSync(script, `node bin/plan-parse.js "${dir}" --format ndjson --table sections | head -1 > /dev/null; echo "exit=\${PIPESTATUS[0]}"\n`);
    const r = spawnSync('bash', [script], { encoding: 'utf8', env });
    expect(r.stderr).toBe('');
    expect(r.stdout.trim()).toBe('exit=0');
  });
});
