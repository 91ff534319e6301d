/**
 * `plan-parse targets` filters and columns, and `plan-parse stats`, as an
 * analyst types them: --year, --timeframe, --kind (lists too), --json,
 * --fields for CSV and NDJSON, and counts per file.
 */
import { parse as parseCsv } from 'csv-parse/sync';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runCli } from './helpers/cli.js';

/** A made-up plan with targets of three years (and one of none), three kinds and both timeframes to choose among. */
const PLAN = join(mkdtempSync(join(tmpdir(), 'plan-parse-targets-')), 'years.txt');
writeFileSync(
  PLAN,
  '一、发展基础\n2020年，全市地区生产总值达到3000亿元，常住人口达到95万人。\n' +
    '二、发展目标\n到2025年，地区生产总值突破5000亿元，年均增长6%左右。研发经费投入强度达到3%。\n' +
    '到2035年，常住人口达到120万人，森林覆盖率达到40%。\n',
);
const OTHER = 'fixtures/formats/deep-outline.txt';

interface Rec {
  id: string;
  indicator: string;
  kind: string;
  timeframe: string;
  year: number | null;
}

const targetsOf = (...args: string[]): Rec[] => {
  const r = runCli(['targets', ...args, '--json']);
  expect(r.stderr).toBe('');
  expect(r.status).toBe(0);
  return JSON.parse(r.stdout);
};

const all = () => targetsOf(PLAN);

describe('targets filters', () => {
  const all = targetsOf(PLAN);

  it('the fixture has targets of several years, kinds and timeframes to choose from', () => {
    expect(new Set(all.map((t) => t.year))).toEqual(new Set([2020, 2025, 2035, null]));
    expect(new Set(all.map((t) => t.kind))).toEqual(new Set(['level', 'growth', 'share']));
    expect(new Set(all.map((t) => t.timeframe))).toEqual(new Set(['baseline', 'target']));
  });

  it('--year keeps the targets of that year (or years)', () => {
    expect(targetsOf(PLAN, '--year', '2025')).toEqual(all.filter((t) => t.year === 2025));
    expect(targetsOf(PLAN, '--year', '2020,2025')).toEqual(all.filter((t) => t.year === 2020 || t.year === 2025));
  });

  it('--timeframe and --kind, alone and together', () => {
    expect(targetsOf(PLAN, '--timeframe', 'baseline')).toEqual(all.filter((t) => t.timeframe === 'baseline'));
    expect(targetsOf(PLAN, '--kind', 'growth,share')).toEqual(all.filter((t) => t.kind === 'growth' || t.kind === 'share'));
    const both = targetsOf(PLAN, '--kind', 'level', '--timeframe', 'target', '--year', '2025');
    expect(both.length).toBeGreaterThan(0);
    expect(both).toEqual(all.filter((t) => t.kind === 'level' && t.timeframe === 'target' && t.year === 2025));
  });

  it('filters hold in every format and over several files, on worker threads too', () => {
    const csv = parseCsv(runCli(['targets', PLAN, OTHER, '--kind', 'growth', '--format', 'csv']).stdout, { columns: true }) as Rec[];
    expect(csv.length).toBeGreaterThan(0);
    expect(csv.every((t) => t.kind === 'growth')).toBe(true);
    const ndjson = runCli(['targets', PLAN, PLAN, PLAN, PLAN, PLAN, PLAN, PLAN, PLAN, '-j', '2', '--kind', 'growth', '--format', 'ndjson']).stdout.trim().split('\n');
    expect(ndjson).toHaveLength(8 * all.filter((t) => t.kind === 'growth').length);
  });

  it('a value outside the vocabulary: one line naming the choices, exit 2', () => {
    const kind = runCli(['targets', PLAN, '--kind', 'growht']);
    expect(kind.status).toBe(2);
    expect(kind.stderr).toBe('plan-parse: --kind: "growht" is not one of level, growth, share, multiple, cumulative, other\n');
    const year = runCli(['targets', PLAN, '--year', '25']);
    expect(year.status).toBe(2);
    expect(year.stderr).toMatch(/--year: "25" is not a year/);
    expect(runCli(['targets', PLAN, '--timeframe', 'future']).status).toBe(2);
  });
});

describe('--fields', () => {
  it('targets --format csv --fields: those columns, in that order', () => {
    const r = runCli(['targets', PLAN, '--format', 'csv', '--fields', 'indicator,value,unit,year']);
    const [header, first] = r.stdout.split('\r\n');
    expect(header).toBe('indicator,value,unit,year');
    expect(first.split(',')).toHaveLength(4);
  });

  it('ndjson and the --json array: records with only those keys', () => {
    const line = JSON.parse(runCli(['targets', PLAN, '--format', 'ndjson', '--fields', 'value,indicator']).stdout.split('\n')[0]);
    expect(Object.keys(line)).toEqual(['value', 'indicator']);
    expect(Object.keys(JSON.parse(runCli(['targets', PLAN, '--json', '--fields', 'id']).stdout)[0])).toEqual(['id']);
  });

  it('the main command: --fields for section records', () => {
    const line = JSON.parse(runCli([PLAN, '--format', 'ndjson', '--table', 'sections', '--fields', 'id,title']).stdout.split('\n')[0]);
    expect(Object.keys(line)).toEqual(['id', 'title']);
  });

  it('an unknown column, or --fields with a format that has no columns: exit 2', () => {
    const r = runCli(['targets', PLAN, '--format', 'csv', '--fields', 'indicator,valu']);
    expect(r.status).toBe(2);
    expect(r.stderr).toMatch(/^plan-parse: --fields: "valu" is not one of source, sha256, id, /);
    expect(runCli([PLAN, '--json', '--fields', 'id']).status).toBe(2);
  });
});

describe('quantities takes the same filters and --fields', () => {
  it('--kind/--year keep the quantities of the targets kept; --fields picks columns', () => {
    const growth = new Set(all().filter((t) => t.kind === 'growth').map((t) => t.id));
    const r = runCli(['quantities', PLAN, '--kind', 'growth', '--json']);
    expect(r.status).toBe(0);
    const records = JSON.parse(r.stdout) as { targetId: string | null }[];
    expect(records.length).toBe(growth.size);
    expect(records.every((q) => q.targetId !== null && growth.has(q.targetId))).toBe(true);
    const csv = runCli(['quantities', PLAN, '--year', '2025', '--format', 'csv', '--fields', 'text,targetId']).stdout.split('\r\n');
    expect(csv[0]).toBe('text,targetId');
    expect(csv.filter(Boolean)).toHaveLength(1 + all().filter((t) => t.year === 2025).length);
    expect(runCli(['quantities', PLAN, '--kind', 'nope']).status).toBe(2);
  });
});

describe('stats', () => {
  it('counts per file that add up to what the document holds', () => {
    const doc = JSON.parse(runCli([PLAN, '--json']).stdout);
    const stats = JSON.parse(runCli(['stats', PLAN, '--json']).stdout);
    expect(stats.source).toBe(PLAN);
    const sum = (o: Record<string, number>) => Object.values(o).reduce((a, b) => a + b, 0);
    expect(stats.targets.total).toBe(doc.targets.length);
    for (const by of ['byKind', 'byTimeframe', 'byYear']) expect(sum(stats.targets[by])).toBe(doc.targets.length);
    expect(stats.targets.byYear['2025']).toBe(doc.targets.filter((t: Rec) => t.year === 2025).length);
    expect(stats.targets.byYear.none).toBe(doc.targets.filter((t: Rec) => t.year === null).length);
    expect(Object.keys(stats.targets.byYear)).toEqual(['2020', '2025', '2035', 'none']);
    expect(stats.sections.byLevel['1']).toBe(doc.sections.length);
    expect(stats.diagnostics.total).toBe(doc.diagnostics.length);
  });

  it('diagnostics by code, and an array for several files', () => {
    const [seed, plan] = JSON.parse(runCli(['stats', 'seeds/wuhan-east-lake-14th-fyp.txt', PLAN, '--json']).stdout);
    expect(seed.diagnostics.byCode['heading-missing']).toBe(1);
    expect(plan.source).toBe(PLAN);
  });

  it('--format text: readable lines per file', () => {
    const r = runCli(['stats', PLAN, '--format', 'text']);
    expect(r.stdout).toMatch(new RegExp(`^${PLAN}\\n {2}sections {5}\\d+ {2}\\(level 1: \\d+`));
    expect(r.stdout).toMatch(/^ {4}by year {7}2020: 2, 2025: 2, 2035: 2, none: 1$/m);
  });
});
