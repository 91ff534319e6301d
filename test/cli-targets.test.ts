/**
 * `plan-parse targets` filters and columns, and `plan-parse stats`, as an
 * analyst types them: --year, --timeframe, --kind (lists too), --json,
 * --fields for CSV and NDJSON, and counts per file.
 */
import { parse as parseCsv } from 'csv-parse/sync';
import { describe, expect, it } from 'vitest';
import { runCli } from './helpers/cli.js';

const PLAN = 'fixtures/formats/riverside-plan.txt';
const OTHER = 'fixtures/formats/deep-outline.txt';

interface Rec {
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

describe('targets filters', () => {
  const all = targetsOf(PLAN);

  it('the fixture has targets of several years, kinds and timeframes to choose from', () => {
    // Years as stated (2020) or, for an aim that states none, the plan's end year (2025).
    expect(new Set(all.map((t) => t.year)).size).toBeGreaterThan(1);
    expect(new Set(all.map((t) => t.kind)).size).toBeGreaterThan(2);
    expect(new Set(all.map((t) => t.timeframe)).size).toBe(2);
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

describe('stats', () => {
  it('counts per file that add up to what the document holds', () => {
    const doc = JSON.parse(runCli([PLAN, '--json']).stdout);
    const stats = JSON.parse(runCli(['stats', PLAN, '--json']).stdout);
    expect(stats.source).toBe(PLAN);
    const sum = (o: Record<string, number>) => Object.values(o).reduce((a, b) => a + b, 0);
    expect(stats.targets.total).toBe(doc.targets.length);
    for (const by of ['byKind', 'byTimeframe', 'byYear']) expect(sum(stats.targets[by])).toBe(doc.targets.length);
    expect(stats.targets.byYear['2025']).toBe(doc.targets.filter((t: Rec) => t.year === 2025).length);
    expect(stats.targets.byYear.none ?? 0).toBe(doc.targets.filter((t: Rec) => t.year === null).length);
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
    expect(r.stdout).toMatch(/^ {4}by year {7}2020: \d+, 2025: \d+(?:, none: \d+)?$/m);
  });
});
