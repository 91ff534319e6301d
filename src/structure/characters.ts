/**
 * One pass over every character of a document, for the steps that must look
 * at each one: each line's display width (to find a hard wrap), the
 * characters that may show damage (see text-problems), and the sentence stops
 * after which a heading may start mid-line. Separate passes (a loop for the
 * widths, a regex for each of the others) read a large text three times; one
 * loop with a single table look-up per character reads it once.
 */
import { isWhiteSpace, type Lines } from './lines.js';
import { isSpace, mayStartMarker } from './markers.js';
import { mayShowDamage } from './text-problems.js';
import { columns } from './wrap.js';

/** 。！!？? — where a sentence ends and a heading may start mid-line; not ；, which separates inline list items (1.…；2.…). */
const SENTENCE_STOPS = '。！!？?';

/** What a character is, as bit flags; the low two bits are its columns (0–2). */
const COLUMNS = 3;
const INK = 4;
const DAMAGE = 8;
const STOP = 16;

/** Not yet worked out: no code unit has every flag at once. */
const UNKNOWN = 0xff;

/**
 * Flags per code unit, worked out on first sight: a document uses a few
 * thousand distinct code units, and asking the functions for all 65,536 up
 * front took about 8 ms of every start-up.
 */
const CLASS = new Uint8Array(0x10000).fill(UNKNOWN);

function classify(c: number): number {
  const flags = columns(c) | (isWhiteSpace(c) ? 0 : INK) | (mayShowDamage(c) ? DAMAGE : 0) | (SENTENCE_STOPS.includes(String.fromCharCode(c)) ? STOP : 0);
  CLASS[c] = flags;
  return flags;
}

export interface Characters {
  /** Each line's display width in columns; -1 for a line of nothing but white space. */
  widths: Int32Array;
  /** Offsets of the characters that may show damage, in text order. */
  damage: number[];
  /** Offsets of the sentence stops a marker follows (after spaces, in the same line), in text order: where a heading may start mid-line. */
  stops: number[];
}

export function readCharacters(lines: Lines): Characters {
  const text = lines.source;
  const widths = new Int32Array(lines.count);
  const damage: number[] = [];
  const stops: number[] = [];
  for (let k = 0; k < lines.count; k++) {
    const end = lines.end(k);
    let width = 0;
    let seen = 0; // every flag of the line's characters
    for (let i = lines.start(k); i < end; i++) {
      const c = text.charCodeAt(i);
      let flags = CLASS[c];
      if (flags === UNKNOWN) flags = classify(c);
      width += flags & COLUMNS;
      seen |= flags;
      if ((flags & (DAMAGE | STOP)) === 0) continue;
      if (flags & DAMAGE) damage.push(i);
      if (flags & STOP && markerFollows(text, i + 1, end)) stops.push(i);
    }
    widths[k] = seen & INK ? width : -1;
  }
  return { widths, damage, stops };
}

/** Does a character a marker may start with come next, after spaces, before the line's end? */
function markerFollows(text: string, i: number, end: number): boolean {
  while (i < end && isSpace(text.charCodeAt(i))) i++;
  return i < end && mayStartMarker(text.charCodeAt(i));
}
