/**
 * Amounts of money written in a currency and its coins: 五元三毛, 两美元又三美分,
 * 十元零五分. The coins are added to the whole amount in its own unit
 * (五元三毛 = 5.3元), so the quantity stays one.
 */
import { charSet } from '../text/chars.js';
import { COIN_JOINERS, COINS } from './lexicon.js';
import { ARABIC, CLASS, CN_START } from './marks.js';
import type { NumberRead } from './numerals.js';
import { type Tail, readNumber, skipGap } from './scan.js';
import { lastMatchedUnit, matchUnit, unitParts, unitRecord } from './units.js';

const JOINERS = charSet(COIN_JOINERS);
/** 元 角 分: at most two coins follow a whole amount. */
const MAX_COINS = 2;

/** The factor of the coin written at `at` in the currency `base` (美分 → 0.01), 0 when there is none; its length in `length`. */
function coinAt(text: string, at: number, base: string, length: { n: number }): number {
  const n = matchUnit(text, at);
  if (n > 0) {
    const r = unitRecord(lastMatchedUnit());
    length.n = n;
    return r && r.dimension === 'currency' && r.base === base && r.factor < 1 ? r.factor : 0;
  }
  for (const [coin, factor] of COINS[base] ?? []) {
    if (text.startsWith(coin, at)) {
      length.n = coin.length;
      return factor;
    }
  }
  return 0;
}

/**
 * The coins written after a whole amount whose tail ends at tail.end, in the
 * amount's own unit; tail.end moves past them. 0 when none follow.
 */
export function readCoins(text: string, to: number, joins: ReadonlySet<number>, tail: Tail, whole: number, n: NumberRead): number {
  // Most amounts are followed by neither a number nor 又/零: no need to look at the unit.
  const c = text.charCodeAt(tail.end);
  if (!Number.isInteger(whole) || (!JOINERS[c] && CLASS[c] !== ARABIC && CLASS[c] !== CN_START)) return 0;
  const { magnitude, record } = unitParts(tail.unit);
  if (!record || record.dimension !== 'currency' || magnitude !== 1 || record.factor !== 1) return 0;
  let added = 0;
  let e = tail.end;
  const length = { n: 0 };
  let smallest = 1;
  for (let k = 0; k < MAX_COINS; k++) {
    let at = e < to && JOINERS[text.charCodeAt(e)] ? e + 1 : e;
    at = skipGap(text, at, to, joins);
    if (at >= to || !readNumber(text, at, to, joins, n) || !Number.isInteger(n.value) || n.magnitude !== '' || n.value <= 0) break;
    const factor = coinAt(text, skipGap(text, n.end, to, joins), record.base, length);
    if (factor === 0 || factor >= smallest) break;
    added += n.value * factor;
    smallest = factor;
    e = skipGap(text, n.end, to, joins) + length.n;
  }
  if (added === 0) return 0;
  tail.end = e;
  return Number(added.toPrecision(12));
}
