import { readFileSync } from 'node:fs';
import { parse as parseCsv } from 'csv-parse/sync';
import { describe, expect, it } from 'vitest';
import { createRenderer, renderAll, type RenderOptions } from '../src/export/index.js';
import { COLUMNS } from '../src/export/records.js';
import { parse } from '../src/index.js';
import { recordsJsonSchema, SectionRecordSchema, TargetRecordSchema } from '../src/model/records.js';
import type { PlanDocument, Target } from '../src/model/schema.js';

const options: RenderOptions = { multi: false, color: false, table: 'targets', bom: false };
const fixture = (name: string) => parse(readFileSync(`fixtures/formats/${name}`, 'utf8'), { name });

async function render(format: 'csv' | 'ndjson', docs: PlanDocument[], more: Partial<RenderOptions> = {}): Promise<string> {
  const r = await createRenderer(format, { ...options, multi: docs.length > 1, ...more });
  return renderAll(r, docs);
}

/** A document with awkward targets: a negative value, a range, quotes and commas in the text, no section. */
function madeUp(): PlanDocument {
  const doc = parse('示范规划\n\n一、目标\n\n到2025年，地区生产总值达到5000亿元。\n', { name: 'made-up.txt' });
  const base = doc.targets[0];
  if (!base) throw new Error('the targets extractor found nothing in the made-up plan');
  const extra: Target[] = [
    { ...base, id: 't2', text: '能耗“下降”-5%, 约', indicator: '单位GDP能耗,综合', value: -5, unit: '%', normalized: { value: -5, unit: '%' }, kind: 'growth', direction: 'decrease' },
    { ...base, id: 't3', sectionId: null, text: '3-5个', indicator: '=SUM(A1)', value: 3, valueMax: 5, unit: '个', normalized: { value: 3, unit: '个' }, comparator: 'range', year: null },
  ];
  return { ...doc, targets: [base, ...extra] };
}

describe('records', () => {
  it('have the columns of the zod record schemas, in order', () => {
    expect(COLUMNS.targets).toEqual(Object.keys(TargetRecordSchema.shape));
    expect(COLUMNS.sections).toEqual(Object.keys(SectionRecordSchema.shape));
    const schema = recordsJsonSchema();
    expect(schema.$defs.targetRecord.required).toEqual([...COLUMNS.targets]);
    expect(schema.$defs.sectionRecord.additionalProperties).toBe(false);
  });
});

describe('csv', () => {
  it('parses back into exactly the targets of the document', async () => {
    for (const doc of [fixture('riverside-plan.txt'), madeUp()]) {
      const rows: Record<string, string>[] = parseCsv(await render('csv', [doc]), { columns: true });
      expect(rows).toHaveLength(doc.targets.length);
      rows.forEach((row, k) => {
        const t = doc.targets[k];
        expect(row.source).toBe(doc.source.name);
        expect(row.sha256).toBe(doc.source.sha256);
        expect([row.id, row.sectionId || null, row.indicator, row.text, row.unit, row.comparator, row.kind]).toEqual([t.id, t.sectionId, t.indicator, t.text, t.unit, t.comparator, t.kind]);
        expect(Number(row.value)).toBe(t.value);
        expect(row.valueMax === '' ? null : Number(row.valueMax)).toBe(t.valueMax);
        expect(Number(row.normalizedValue)).toBe(t.normalized.value);
        expect(row.normalizedUnit).toBe(t.normalized.unit);
        expect(Number(row.line)).toBe(t.position.start.line);
      });
    }
  });

  it('writes RFC 4180 with CRLF, no formula guard, and a BOM only when asked', async () => {
    const csv = await render('csv', [madeUp()]);
    expect(csv.startsWith('source,sha256,id,')).toBe(true);
    expect(csv).toContain('\r\n');
    expect(csv).toContain(',-5,');
    expect(csv).not.toContain("'-5");
    expect(csv).toContain('"能耗“下降”-5%, 约"');
    expect(csv).toContain(',=SUM(A1),');
    expect((await render('csv', [madeUp()], { bom: true })).startsWith('\uFEFFsource,')).toBe(true);
  });

  it('has one header row for many documents, and a header even with no targets', async () => {
    const docs = [fixture('riverside-plan.txt'), fixture('deep-outline.txt')];
    const csv = await render('csv', docs);
    expect(csv.match(/^source,/gm)).toHaveLength(1);
    const rows: Record<string, string>[] = parseCsv(csv, { columns: true });
    expect(rows.map((r) => r.source)).toEqual(docs.flatMap((d) => d.targets.map(() => d.source.name)));
    const empty = parse('没有标题的一段话。\n', { name: 'empty.txt' });
    expect(await render('csv', [empty])).toBe(COLUMNS.targets.join(',') + '\r\n');
  });

  it('--table sections: one row per section with its own target count', async () => {
    const doc = fixture('riverside-plan.txt');
    const rows: Record<string, string>[] = parseCsv(await render('csv', [doc], { table: 'sections' }), { columns: true });
    expect(rows.map((r) => r.id)).toContain('2.2.1');
    const row = rows.find((r) => r.id === '2.2.1')!;
    expect(row).toMatchObject({ level: '3', marker: '1.', title: '经济实力', parentId: '2.2' });
    expect(Number(row.targets)).toBe(doc.targets.filter((t) => t.sectionId === '2.2.1').length);
  });
});

describe('ndjson', () => {
  it('writes one record per line, each valid against the record schema', async () => {
    const docs = [fixture('riverside-plan.txt'), madeUp()];
    const lines = (await render('ndjson', docs)).trimEnd().split('\n');
    expect(lines).toHaveLength(docs[0].targets.length + docs[1].targets.length);
    for (const line of lines) {
      const record = TargetRecordSchema.parse(JSON.parse(line));
      expect(Object.keys(record)).toEqual([...COLUMNS.targets]);
    }
    const sections = (await render('ndjson', docs, { table: 'sections' })).trimEnd().split('\n');
    for (const line of sections) SectionRecordSchema.parse(JSON.parse(line));
  });
});
