/** The seed plan against its hand-checked reading (../shared/gold/seed.json). */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parse } from '../src/index.js';
import { expectSound, flatten } from './helpers/invariants.js';

const SEED = 'seeds/wuhan-east-lake-14th-fyp.txt';
const text = readFileSync(SEED, 'utf8');
const gold = JSON.parse(readFileSync('seeds/wuhan-east-lake-14th-fyp.gold.json', 'utf8')) as {
  headings: { level: number; marker: string; title: string; line: number }[];
};
const doc = parse(text, { name: SEED });
const headings = flatten(doc.sections);
const codesOnLine = (line: number) => doc.diagnostics.filter((d) => d.position.start.line <= line && d.position.end.line >= line).map((d) => d.code);

describe('seed plan structure', () => {
  it('is sound: positions slice back, nothing lost, valid against the schema', () => {
    expectSound(doc, text);
  });

  it('finds every gold heading with its level, marker, title and line, and nothing else', () => {
    const got = headings.map((h) => ({ level: h.level, marker: h.marker, title: h.title, line: h.heading.start.line }));
    expect(got).toEqual(gold.headings.map(({ level, marker, title, line }) => ({ level, marker, title, line })));
  });

  it('keeps the web page and the issuing notice out of the tree and says where the plan is', () => {
    expect(doc.plan.position.start.line).toBe(35);
    expect(doc.envelope.before?.text).toContain('印发给你们');
    expect(doc.envelope.after?.text).toContain('本文链接');
    expect(doc.plan.position.end.line).toBeLessThan(356);
    expect(codesOnLine(1)).toContain('wrapper-before');
    expect(doc.diagnostics.some((d) => d.code === 'wrapper-after' && d.position.start.line <= 356)).toBe(true);
  });

  it('reads the metadata', () => {
    expect(doc.meta).toEqual({ title: '武汉东湖新技术开发区发展“十四五”规划', docNumber: '武政〔2021〕21号', issuer: '武汉市人民政府', date: '2021-12-02' });
  });

  it('flags each gold anomaly at its place', () => {
    expect(codesOnLine(181)).toContain('list-in-body'); // the flattened box 2.–5.
    expect(codesOnLine(187)).toContain('list-in-body');
    expect(codesOnLine(187)).toContain('heading-mid-line');
    expect(codesOnLine(231)).toContain('heading-missing');
  });

  it('keeps the flattened box in its section body', () => {
    const box = headings.find((h) => h.heading.start.line === 167)!;
    expect(box.children).toEqual([]);
    expect(box.body).toContain('2.高端医疗器械');
    expect(box.body).toContain('5.其他');
  });

  it('gives unique ids', () => {
    const ids = headings.map((h) => h.id);
    expect(new Set(ids).size).toBe(ids.length);
  });

  it('is deterministic', () => {
    expect(JSON.stringify(parse(text, { name: SEED }))).toBe(JSON.stringify(doc));
  });
});
