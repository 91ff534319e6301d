import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { QuantityRecordSchema } from '../src/model/records.js';
import { runCli } from './helpers/cli.js';

const FIXTURE = 'fixtures/quantities/forms.txt';

describe('plan-parse quantities', () => {
  it('lists every quantity of the text, each on its own characters, with the target it is the value of', () => {
    const r = runCli(['quantities', FIXTURE, '--format', 'ndjson']);
    expect(r.status).toBe(0);
    const records = r.stdout.trim().split('\n').map((l) => QuantityRecordSchema.parse(JSON.parse(l)));
    const lines = readFileSync(FIXTURE, 'utf8').split('\n');
    for (const q of records) expect(lines[q.line - 1].slice(q.column - 1).startsWith(q.text), q.text).toBe(true);
    expect(records.map((q) => [q.text, q.normalizedValue, q.normalizedUnit, q.dimension])).toEqual([
      ['386.5 亿元', 38_650_000_000, '元', 'currency'],
      ['7.2%', 7.2, '%', 'ratio'],
      ['二十五万三千吨', 253_000, '吨', 'mass'],
      ['百分之十三点五', 13.5, '%', 'ratio'],
      ['3个百分点', 3, '百分点', 'percentage-point'],
      ['10万千瓦', 100_000, '千瓦', 'power'],
      ['九成六', 96, '%', 'ratio'],
      ['1～2座', 1, '座', 'count'],
      ['5万户', 50_000, '户', 'count'],
      ['323千瓦时', 323, '千瓦时', 'energy'],
    ]);
    expect(records.find((q) => q.text === '5万户')?.approx).toBe(true);
    expect(records.find((q) => q.text === '1～2座')?.valueMax).toBe(2);
    // each is the value of a target of the document
    const targets = JSON.parse(runCli([FIXTURE, '--json']).stdout).targets as { id: string; value: number }[];
    for (const q of records) {
      const t = targets.find((x) => x.id === q.targetId);
      expect(t?.value, q.text).toBe(q.value);
    }
  });

  it('writes CSV with the record columns, and its records in schema --records', () => {
    const csv = runCli(['quantities', FIXTURE, '--format', 'csv']).stdout.split('\r\n');
    expect(csv[0]).toBe(Object.keys(QuantityRecordSchema.shape).join(','));
    const schema = JSON.parse(runCli(['schema', '--records']).stdout);
    expect(Object.keys(schema.$defs.quantityRecord.properties)).toEqual(Object.keys(QuantityRecordSchema.shape));
  });

  it('says which file it could not read, and exits 2', () => {
    const r = runCli(['quantities', 'fixtures/quantities/missing.txt']);
    expect(r.status).toBe(2);
    expect(r.stderr).toMatch(/missing\.txt/);
  });
});
