/**
 * One builder of the flat records that CSV and NDJSON both write, so the two
 * formats cannot drift apart. Column order is fixed here; a test checks it
 * against the zod schemas in src/model/records.ts.
 */
import type { PlanDocument, Section, Target } from '../model/schema.js';
import type { SectionRecord, TargetRecord } from '../model/records.js';

export type Table = 'targets' | 'sections';
export type PlanRecord = TargetRecord | SectionRecord;

export const COLUMNS = {
  targets: ['source', 'sha256', 'id', 'sectionId', 'sectionTitle', 'indicator', 'comparator', 'value', 'valueMax', 'unit', 'normalizedValue', 'normalizedUnit', 'kind', 'direction', 'timeframe', 'year', 'attribute', 'origin', 'line', 'column', 'text'],
  sections: ['source', 'sha256', 'id', 'parentId', 'level', 'marker', 'style', 'number', 'title', 'line', 'targets'],
} as const satisfies { targets: readonly (keyof TargetRecord)[]; sections: readonly (keyof SectionRecord)[] };

/** Every section with its parent's id, in document order. */
function* walkSections(sections: Section[], parent: Section | null = null): Generator<[Section, Section | null]> {
  for (const s of sections) {
    yield [s, parent];
    yield* walkSections(s.children, s);
  }
}

/** A document's targets by their section's id (null: before the first heading), in document order. */
export function targetsBySection(targets: Target[]): Map<string | null, Target[]> {
  const groups = new Map<string | null, Target[]>();
  for (const t of targets) {
    const list = groups.get(t.sectionId);
    if (list) list.push(t);
    else groups.set(t.sectionId, [t]);
  }
  return groups;
}

export function targetRecords(doc: PlanDocument): TargetRecord[] {
  const titles = new Map<string, string>();
  for (const [s] of walkSections(doc.sections)) titles.set(s.id, s.title);
  return doc.targets.map((t) => ({
    source: doc.source.name,
    sha256: doc.source.sha256,
    id: t.id,
    sectionId: t.sectionId,
    sectionTitle: t.sectionId === null ? null : (titles.get(t.sectionId) ?? null),
    indicator: t.indicator,
    comparator: t.comparator,
    value: t.value,
    valueMax: t.valueMax,
    unit: t.unit,
    normalizedValue: t.normalized.value,
    normalizedUnit: t.normalized.unit,
    kind: t.kind,
    direction: t.direction,
    timeframe: t.timeframe,
    year: t.year,
    attribute: t.attribute,
    origin: t.origin,
    line: t.position.start.line,
    column: t.position.start.column,
    text: t.text,
  }));
}

export function sectionRecords(doc: PlanDocument): SectionRecord[] {
  const bySection = targetsBySection(doc.targets);
  const records: SectionRecord[] = [];
  for (const [s, parent] of walkSections(doc.sections)) {
    records.push({
      source: doc.source.name,
      sha256: doc.source.sha256,
      id: s.id,
      parentId: parent?.id ?? null,
      level: s.level,
      marker: s.marker,
      style: s.style,
      number: s.number,
      title: s.title,
      line: s.heading.start.line,
      targets: bySection.get(s.id)?.length ?? 0,
    });
  }
  return records;
}

export function records(doc: PlanDocument, table: Table): PlanRecord[] {
  return table === 'targets' ? targetRecords(doc) : sectionRecords(doc);
}

/** The records with only `fields`, in that order (all of them, as built, when none are named). */
export function pickFields(rows: object[], fields: string[] | undefined): object[] {
  if (!fields) return rows;
  return rows.map((r) => Object.fromEntries(fields.map((f) => [f, (r as unknown as Record<string, unknown>)[f]])));
}
