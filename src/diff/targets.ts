/**
 * Target changes: targets are matched by indicator within their matched
 * section, and a matched pair whose value, unit or comparator differs is a
 * `targetChanged`. A target whose section went, or that moved to another
 * section, gets a second chance by indicator across the whole document.
 */
import type { Change } from '../model/diff-schema.js';
import type { PlanDocument, Target } from '../model/schema.js';
import { lineInNew, type FlatSection, type SectionMatching } from './match.js';
import { targetRef } from './refs.js';
import { normalizeText } from './text.js';

interface Located {
  target: Target;
  /** Its section in its own version; null outside any section. */
  section: FlatSection | null;
  indicator: string;
}

export function targetChanges(oldDoc: PlanDocument, newDoc: PlanDocument, m: SectionMatching): Change[] {
  const olds = locate(oldDoc.targets, m.old);
  const news = locate(newDoc.targets, m.new);

  // Targets grouped by the new section they belong to (null: outside any
  // section); an old target whose section went has no group.
  const groupOfOld = (t: Located) => (t.section ? m.toNew.get(t.section) : null);
  const pairs: [Located, Located][] = [];
  const leftOld: Located[] = [];
  const leftNew: Located[] = [];
  const groups = new Map<FlatSection | null, { olds: Located[]; news: Located[] }>();
  const group = (key: FlatSection | null) => groups.get(key) ?? groups.set(key, { olds: [], news: [] }).get(key)!;
  for (const t of olds) {
    const key = groupOfOld(t);
    if (key === undefined) leftOld.push(t);
    else group(key).olds.push(t);
  }
  for (const t of news) group(t.section).news.push(t);
  for (const g of groups.values()) {
    // Most specific first, so an unchanged target is not paired with a changed namesake.
    append(pairs, pairBy(g.olds, g.news, (t) => `${t.indicator}\0${t.target.kind}\0${signature(t.target)}`));
    append(pairs, pairBy(g.olds, g.news, (t) => `${t.indicator}\0${t.target.kind}`));
    append(pairs, pairBy(g.olds, g.news, (t) => t.indicator));
    append(leftOld, g.olds);
    append(leftNew, g.news);
  }
  const byPosition = (a: Located, b: Located) => a.target.position.start.offset - b.target.position.start.offset;
  leftOld.sort(byPosition);
  leftNew.sort(byPosition);
  append(pairs, pairBy(leftOld, leftNew, (t) => `${t.indicator}\0${t.target.kind}`));

  const changed = pairs
    .filter(([o, n]) => signature(o.target) !== signature(n.target))
    .sort(([, a], [, b]) => byPosition(a, b))
    .map(([o, n]): Change => ({
      type: 'targetChanged',
      old: targetRef(o.target, o.section?.section),
      new: targetRef(n.target, n.section?.section),
      ...assess(o.target, n.target),
    }));
  const added = leftNew.map((n): Change => ({ type: 'targetAdded', old: null, new: targetRef(n.target, n.section?.section) }));
  const removed = leftOld.map(
    (o): Change => ({
      type: 'targetRemoved',
      old: targetRef(o.target, o.section?.section),
      new: null,
      newLine: lineInNew(m, o.section),
    }),
  );
  return [...changed, ...added, ...removed];
}

function locate(targets: Target[], sections: FlatSection[]): Located[] {
  const byId = new Map(sections.map((s) => [s.section.id, s]));
  return targets.map((target) => ({
    target,
    section: target.sectionId === null ? null : (byId.get(target.sectionId) ?? null),
    indicator: normalizeText(target.indicator),
  }));
}

/**
 * Pairs items with equal keys, in order, and removes them from both lists.
 * The lists keep what found no partner.
 */
function pairBy<T>(olds: T[], news: T[], key: (t: T) => string): [T, T][] {
  const waiting = new Map<string, T[]>();
  for (const n of news) {
    const k = key(n);
    const list = waiting.get(k);
    if (list) list.push(n);
    else waiting.set(k, [n]);
  }
  const pairs: [T, T][] = [];
  const taken = new Set<T>();
  const unpaired = olds.filter((o) => {
    const partner = waiting.get(key(o))?.shift();
    if (partner === undefined) return true;
    pairs.push([o, partner]);
    taken.add(partner);
    return false;
  });
  olds.splice(0, olds.length, ...unpaired);
  news.splice(0, news.length, ...news.filter((n) => !taken.has(n)));
  return pairs;
}

/**
 * What a target promises, in comparable form: 5000亿元 and 0.5万亿元 are the
 * same promise, so the normalised value counts, not the figure as written.
 */
function signature(t: Target): string {
  return JSON.stringify([t.normalized.value, t.normalized.unit, t.comparator, upperEnd(t)]);
}

/** The upper end of a range, on the normalised scale. */
function upperEnd(t: Target): number | null {
  if (t.valueMax === null) return null;
  return t.value === 0 ? t.valueMax : (t.valueMax * t.normalized.value) / t.value;
}

/**
 * Which way the figure moved and whether the new target asks more. Usually a
 * higher figure is a higher goal, and for a decrease (能耗下降13.5% → 15%) a
 * deeper cut; but for a cap (≤, <) a lower figure is the stricter one. A
 * baseline (到2020年…达到) is a fact, revised, not a goal.
 */
function assess(o: Target, n: Target): Pick<Change, 'direction' | 'ambition'> {
  if (o.normalized.unit !== n.normalized.unit) return {};
  const delta = n.normalized.value - o.normalized.value || (upperEnd(n) ?? 0) - (upperEnd(o) ?? 0);
  if (delta === 0) return {};
  const direction = delta > 0 ? 'raised' : 'lowered';
  if (n.timeframe === 'baseline') return { direction };
  const cap = n.comparator === '<=' || n.comparator === '<';
  return { direction, ambition: (delta > 0) !== cap ? 'higher' : 'lower' };
}

/** A loop, not push(...): a document of many targets would pass more arguments than a call has room for. */
function append<T>(into: T[], items: readonly T[]): void {
  for (const item of items) into.push(item);
}
