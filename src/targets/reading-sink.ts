/**
 * Statements are read in the reading of the text (src/text/reading.ts), where
 * wraps and page turns are left out; targets are placed and positioned in the
 * text itself. The sink between maps each offset back.
 */
import type { Reading } from '../text/reading.js';
import { detached, sourceEnd, sourceStart } from '../text/reading.js';
import type { PlacedTargets, TargetDraft } from './placed.js';

/** What a statement reader hands its targets to. */
export type TargetSink = Pick<PlacedTargets, 'add' | 'inProvision'>;

/** `placed`, taking offsets in a window of the reading `r` that starts at reading offset `base`. */
export function throughReading(placed: PlacedTargets, r: Reading, base: number): TargetSink {
  if (r.at === null && base === 0) return placed;
  return {
    add(d: TargetDraft) {
      // Drafts and time cues are made afresh for every number: their offsets are mapped in place.
      if (d.time && d.time.carriedAt >= 0) d.time.carriedAt = sourceStart(r, base + d.time.carriedAt);
      d.start = sourceStart(r, base + d.start);
      d.end = sourceEnd(r, base + d.end);
      // The window stays alive as long as a word cut from it does.
      d.indicator = detached(d.indicator);
      return placed.add(d);
    },
    inProvision: (offset: number) => placed.inProvision(sourceStart(r, base + offset)),
  };
}
