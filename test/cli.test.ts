/** The command line: parse, lint and schema as users' scripts call them. */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { DocumentSchema } from '../src/model/schema.js';
import { runCli } from './helpers/cli.js';

const SEED = 'seeds/wuhan-east-lake-14th-fyp.txt';

describe('plan-parse FILE --json', () => {
  it('prints the document, valid against the model, and exits 0', () => {
    const r = runCli([SEED, '--json']);
    expect(r.status).toBe(0);
    expect(r.stderr).toBe('');
    const doc = JSON.parse(r.stdout);
    expect(DocumentSchema.safeParse(doc).success).toBe(true);
    expect(doc.source).toMatchObject({ name: SEED, encoding: 'utf-8', length: readFileSync(SEED, 'utf8').length });
    expect(doc.sections.map((s: { marker: string }) => s.marker)).toEqual(['一、', '二、', '三、', '四、', '五、']);
  });

  it('reads standard input with - and with no file, the same as the file', () => {
    const input = readFileSync(SEED);
    const fromFile = JSON.parse(runCli([SEED, '--json']).stdout);
    for (const args of [['-', '--json'], ['--json']]) {
      const r = runCli(args, { input });
      expect(r.status).toBe(0);
      const doc = JSON.parse(r.stdout);
      expect(doc.source.name).toBe('-');
      expect(doc.sections).toEqual(fromFile.sections);
      expect(doc.targets).toEqual(fromFile.targets);
    }
  });

  it('is byte-for-byte deterministic', () => {
    expect(runCli([SEED, '--json']).stdout).toBe(runCli([SEED, '--json']).stdout);
  });

  it('gives an array for several files', () => {
    const r = runCli([SEED, 'fixtures/structure/wrapper.txt', '--json']);
    expect(r.status).toBe(0);
    expect(JSON.parse(r.stdout).map((d: { source: { name: string } }) => d.source.name)).toEqual([SEED, 'fixtures/structure/wrapper.txt']);
  });

  it('exits 2 with one line on stderr for a usage error', () => {
    const r = runCli([SEED, '--format', 'xml']);
    expect(r.status).toBe(2);
    expect(r.stderr).toMatch(/xml/);
    expect(r.stderr).not.toMatch(/\n\s+at /);
    expect(runCli([SEED, '--jobs', 'many']).status).toBe(2);
  });
});

describe('plan-parse lint', () => {
  it('prints file:line:column: severity: message [code] and exits 1 on warnings', () => {
    const r = runCli(['lint', 'fixtures/structure/breaks.txt']);
    expect(r.status).toBe(1);
    const lines = r.stdout.trim().split('\n');
    expect(lines[0]).toMatch(/^fixtures\/structure\/breaks\.txt:9:1: warning: .+ \[numbering-duplicate\]$/);
    expect(lines.map((l) => /\[([a-z-]+)\]$/.exec(l)?.[1])).toEqual(['numbering-duplicate', 'numbering-gap', 'list-in-body', 'heading-mid-line', 'heading-missing', 'numbering-gap']);
  });

  it('exits 0 when nothing reaches --level, and shows info only when asked', () => {
    const clean = runCli(['lint', 'fixtures/structure/all-styles.txt']);
    expect(clean).toMatchObject({ status: 0, stdout: '' });
    const wrapped = runCli(['lint', 'fixtures/structure/wrapper.txt']);
    expect(wrapped).toMatchObject({ status: 0, stdout: '' });
    const info = runCli(['lint', '--level', 'info', 'fixtures/structure/wrapper.txt']);
    expect(info.status).toBe(1);
    expect(info.stdout).toMatch(/:1:1: info: .+\[wrapper-before\]/);
    expect(runCli(['lint', '--level', 'error', 'fixtures/structure/wrapper.txt']).status).toBe(0);
    // breaks.txt loses a heading: an error, the only one --level error shows.
    const errors = runCli(['lint', '--level', 'error', 'fixtures/structure/breaks.txt']);
    expect(errors.status).toBe(1);
    expect(errors.stdout.trim().split('\n').map((l) => l.replace(/^.*\[(.+)\]$/, '$1'))).toEqual(['heading-missing']);
  });

  it('exits 2 on unreadable input', () => {
    const r = runCli(['lint', 'fixtures/no-such-plan.txt']);
    expect(r.status).toBe(2);
    expect(r.stderr.trim().split('\n')).toHaveLength(1);
    expect(r.stderr).toMatch(/no-such-plan\.txt: no such file/);
  });
});

describe('plan-parse schema', () => {
  it('prints a JSON Schema generated from the model', () => {
    const r = runCli(['schema']);
    expect(r.status).toBe(0);
    const schema = JSON.parse(r.stdout);
    expect(schema.$schema).toMatch(/json-schema\.org/);
    expect(schema.properties.sections.type).toBe('array');
    expect(schema.required).toEqual(expect.arrayContaining(['schemaVersion', 'source', 'meta', 'sections', 'targets', 'diagnostics']));
  });
});

describe('--jobs', () => {
  it('gives the same output on worker threads as on one, in input order, and still reports unreadable files', () => {
    const files = [...Array(10)].map((_, i) => (i % 2 ? 'seeds/wuhan-east-lake-14th-fyp.txt' : 'fixtures/structure/breaks.txt'));
    const args = [...files, 'fixtures/no-such-plan.txt', '--format', 'ndjson'];
    const one = runCli([...args, '--jobs', '1']);
    const two = runCli([...args, '--jobs', '2']);
    expect(two.stdout).toBe(one.stdout);
    expect(two.status).toBe(2);
    expect(two.stderr.trim()).toMatch(/^plan-parse: fixtures\/no-such-plan\.txt: no such file/);
    const json = JSON.parse(runCli([...files, '--json', '--jobs', '2']).stdout);
    expect(json.map((d: { source: { name: string } }) => d.source.name)).toEqual(files);
  });
});
