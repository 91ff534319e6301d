/**
 * Which targets a run keeps (`plan-parse targets --year 2025 --kind growth`):
 * plain data, so worker threads apply the same choice. Each list given keeps
 * the targets whose value is in it; lists together must all hold.
 */
import type { PlanDocument, Target } from '../model/schema.js';
import type { Renderer, TargetFilter } from './renderer.js';

export function keepsTarget(filter: TargetFilter, t: Target): boolean {
  return (
    (!filter.years || (t.year !== null && filter.years.includes(t.year))) &&
    (!filter.timeframes || filter.timeframes.includes(t.timeframe)) &&
    (!filter.kinds || filter.kinds.includes(t.kind))
  );
}

/** The renderer, given each document with only the targets the filter keeps. */
export function filtering(renderer: Renderer, filter: TargetFilter): Renderer {
  const kept = (doc: PlanDocument): PlanDocument => ({ ...doc, targets: doc.targets.filter((t) => keepsTarget(filter, t)) });
  return {
    ...renderer,
    document: (doc) => renderer.document(kept(doc)),
    pieces: renderer.pieces ? (doc) => renderer.pieces!(kept(doc)) : undefined,
  };
}
