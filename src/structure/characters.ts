/**
 * One pass over every character of a document, for the steps that must look
 * at each one: each line's display width (to find a hard wrap), the
 * characters that may show damage (see text-problems), and the sentence stops
 * after which a heading may start mid-line. Separate passes (a loop for the
 * widths, a regex for each of the others) read a large text three times; one
 * loop with a single table look-up per character reads it once.
 */
import { isWhiteSpace, type Lines } from './lines.js';
import { mayStartMarker, skipSpaces } from '../text/markers.js';
import { mayShowDamage } from './text-problems.js';
import { columns } from './wrap.js';

/** 。！!？? — where a sentence ends and a heading may start mid-line; not ；, which separates inline list items (1.…；2.…). */
const SENTENCE_STOPS = '。！!？?';

/** What a character is, as bit flags; the low two bits are its columns (0–2). */
const COLUMNS = 3;
const INK = 4;
const DAMAGE = 8;
const STOP = 16;

/**
 * Code units at which an answer of columns, isWhiteSpace, mayShowDamage or
 * SENTENCE_STOPS may change, above ASCII (each ASCII code unit is asked for
 * on its own): between two of them every code unit has the same flags. The
 * test checks the table against the functions for every code unit.
 */
const BOUNDARIES = [
  0x80, 0xa0, 0xa1, 0x1680, 0x1681, 0x2000, 0x200b, 0x2028, 0x202a, 0x202f, 0x2030, 0x205f, 0x2060, 0x3000, 0x3001, 0x3002, 0x3003, 0xd800, 0xdc00,
  0xe000, 0xfeff, 0xff00, 0xff01, 0xff02, 0xff1f, 0xff20, 0xff61, 0xffdd, 0xfffd, 0xfffe, 0x10000,
];

function classify(c: number): number {
  return columns(c) | (isWhiteSpace(c) ? 0 : INK) | (mayShowDamage(c) ? DAMAGE : 0) | (SENTENCE_STOPS.includes(String.fromCharCode(c)) ? STOP : 0);
}

/**
 * Flags per code unit, filled range by range at load: cheaper at start-up
 * than asking the functions for all 65,536, and cheaper to compile than
 * asking on first sight inside the per-character loop.
 */
const CLASS = (() => {
  const table = new Uint8Array(0x10000);
  for (let c = 0; c < 0x80; c++) table[c] = classify(c);
  for (let b = 0; b + 1 < BOUNDARIES.length; b++) table.fill(classify(BOUNDARIES[b]), BOUNDARIES[b], BOUNDARIES[b + 1]);
  return table;
})();

export interface Characters {
  /** Each line's display width in columns; -1 for a line of nothing but white space. */
  widths: Int32Array;
  /** Offsets of the characters that may show damage, in text order. */
  damage: number[];
  /** Offsets of the sentence stops a marker follows (after spaces, in the same line), in text order: where a heading may start mid-line. */
  stops: number[];
}

export function readCharacters(lines: Lines): Characters {
  const widths = new Int32Array(lines.count);
  const damage: number[] = [];
  const stops: number[] = [];
  for (let k = 0; k < lines.count; k++) widths[k] = readLine(lines.source, lines.start(k), lines.end(k), damage, stops);
  return { widths, damage, stops };
}

/**
 * The width of text[start, end), one line, or -1 when it is all white space;
 * adds its damage and sentence stops to those lists. A function of its own:
 * the optimiser compiles this small loop in about two thirds of the time it
 * took to compile the whole pass from inside its loop.
 */
function readLine(text: string, start: number, end: number, damage: number[], stops: number[]): number {
  let width = 0;
  let seen = 0; // every flag of the line's characters
  for (let i = start; i < end; i++) {
    const flags = CLASS[text.charCodeAt(i)];
    width += flags & COLUMNS;
    seen |= flags;
    if ((flags & (DAMAGE | STOP)) === 0) continue;
    if (flags & DAMAGE) damage.push(i);
    if (flags & STOP && markerFollows(text, i + 1, end)) stops.push(i);
  }
  return seen & INK ? width : -1;
}

/** Does a character a marker may start with come next, after spaces, before the line's end? */
function markerFollows(text: string, i: number, end: number): boolean {
  i = skipSpaces(text, i, end);
  return i < end && mayStartMarker(text.charCodeAt(i));
}
