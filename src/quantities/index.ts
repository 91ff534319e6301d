/**
 * Every quantity a text writes, read by one scanner (reader.ts) against one
 * unit lexicon (lexicon.ts): the library's `readQuantities` and what the
 * `quantities` command lists.
 */
import { type Quantity, quantityReader } from './reader.js';

export { type Quantity, isRange } from './reader.js';
export { DIMENSIONS, type Dimension } from '../model/dimensions.js';
export { UNIT_RECORDS, type UnitRecord } from './lexicon.js';
export { toBaseUnit } from './units.js';

const NO_BREAKS: ReadonlySet<number> = new Set();

/**
 * The quantities of text[from, to), in order. `joins` are the offsets of line
 * breaks that only wrap a paragraph (the structure stage's softBreaks): a
 * number or its unit may stand either side of one.
 */
export function readQuantities(text: string, from = 0, to = text.length, joins: ReadonlySet<number> = NO_BREAKS): Quantity[] {
  const next = quantityReader(text, from, to, joins);
  const list: Quantity[] = [];
  for (let q = next(); q; q = next()) list.push(q);
  return list;
}
