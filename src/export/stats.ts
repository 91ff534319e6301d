/**
 * `plan-parse stats`: what a document holds, counted — sections by level,
 * targets by kind, timeframe and year, diagnostics by code and severity —
 * as JSON (one object per file, an array for several) or as lines for a
 * terminal. A quick look at a folder of plans before reading them.
 */
import type { PlanDocument, Section } from '../model/schema.js';
import { painter } from '../present/color.js';
import type { RenderOptions, Renderer } from './renderer.js';

export interface DocumentStats {
  source: string;
  sections: { total: number; byLevel: Record<string, number> };
  targets: { total: number; byKind: Record<string, number>; byTimeframe: Record<string, number>; byYear: Record<string, number> };
  diagnostics: { total: number; bySeverity: Record<string, number>; byCode: Record<string, number> };
}

/** Counts by key, keys in code-point order (years ascending, "none" last), so the output is stable. */
function countBy<T>(items: T[], key: (item: T) => string): Record<string, number> {
  const counts = new Map<string, number>();
  for (const item of items) counts.set(key(item), (counts.get(key(item)) ?? 0) + 1);
  return Object.fromEntries([...counts].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)));
}

function flatten(sections: Section[], out: Section[] = []): Section[] {
  for (const s of sections) {
    out.push(s);
    flatten(s.children, out);
  }
  return out;
}

export function documentStats(doc: PlanDocument): DocumentStats {
  const sections = flatten(doc.sections);
  return {
    source: doc.source.name,
    sections: { total: sections.length, byLevel: countBy(sections, (s) => String(s.level)) },
    targets: {
      total: doc.targets.length,
      byKind: countBy(doc.targets, (t) => t.kind),
      byTimeframe: countBy(doc.targets, (t) => t.timeframe),
      // "none" sorts after the digits: years first, then the targets that name none.
      byYear: countBy(doc.targets, (t) => (t.year === null ? 'none' : String(t.year))),
    },
    diagnostics: {
      total: doc.diagnostics.length,
      bySeverity: countBy(doc.diagnostics, (d) => d.severity),
      byCode: countBy(doc.diagnostics, (d) => d.code),
    },
  };
}

export function statsJsonRenderer(options: Pick<RenderOptions, 'multi' | 'pretty'>): Renderer {
  const indent = options.pretty ? 2 : undefined;
  const one = (doc: PlanDocument) => JSON.stringify(documentStats(doc), null, indent);
  if (!options.multi) return { header: () => '', separator: '', document: (doc) => one(doc) + '\n', footer: () => '' };
  return {
    header: () => '[\n',
    separator: ',\n',
    document: one,
    footer: (empty) => (empty ? ']\n' : '\n]\n'),
  };
}

export function statsTextRenderer(options: Pick<RenderOptions, 'color'>): Renderer {
  const paint = painter(options.color);
  const counts = (c: Record<string, number>, label = (k: string) => k) =>
    Object.entries(c)
      .map(([k, n]) => `${label(k)} ${n}`)
      .join(', ') || '-';
  return {
    header: () => '',
    separator: '\n',
    document: (doc) => {
      const s = documentStats(doc);
      return [
        paint('bold', s.source),
        `  sections     ${s.sections.total}  (${counts(s.sections.byLevel, (k) => `level ${k}:`)})`,
        `  targets      ${s.targets.total}`,
        `    by kind       ${counts(s.targets.byKind, (k) => `${k}:`)}`,
        `    by timeframe  ${counts(s.targets.byTimeframe, (k) => `${k}:`)}`,
        `    by year       ${counts(s.targets.byYear, (k) => `${k}:`)}`,
        `  diagnostics  ${s.diagnostics.total}  (${counts(s.diagnostics.bySeverity, (k) => `${k}:`)})`,
        ...Object.entries(s.diagnostics.byCode).map(([code, n]) => `    ${code}: ${n}`),
      ].join('\n') + '\n';
    },
    footer: () => '',
  };
}
