/** The one-pass character table must agree with the functions it is built from, for every code unit. */
import { describe, expect, it } from 'vitest';
import { readCharacters } from '../src/structure/characters.js';
import { isWhiteSpace, splitLines } from '../src/structure/lines.js';
import { mayShowDamage } from '../src/structure/text-problems.js';
import { columns } from '../src/structure/wrap.js';
import { LineIndex } from '../src/text/positions.js';
import { WHITE_SPACE } from '../src/text/chars.js';

describe('white space', () => {
  it('is the same set in the structure stage\'s test and the shared WHITE_SPACE, and both are what \\s matches', () => {
    const codes = Array.from({ length: 0x10000 }, (_, c) => c);
    const bySpace = codes.filter((c) => /\s/.test(String.fromCharCode(c)));
    expect(codes.filter((c) => isWhiteSpace(c))).toEqual(bySpace);
    expect([...WHITE_SPACE].map((ch) => ch.charCodeAt(0)).sort((a, b) => a - b)).toEqual(bySpace);
  });
});

describe('character table', () => {
  it('gives every code unit the width, ink and damage flag the functions give it', () => {
    // One code unit per line (line breaks themselves cannot stand alone on a line).
    const codes = Array.from({ length: 0x10000 }, (_, c) => c).filter((c) => c !== 10 && c !== 13);
    const text = codes.map((c) => String.fromCharCode(c)).join('\n');
    const found = readCharacters(splitLines(text, new LineIndex(text)));
    const widths = codes.map((c) => (isWhiteSpace(c) ? -1 : columns(c)));
    expect(Array.from(found.widths)).toEqual(widths);
    const damaged = new Set(found.damage.map((i) => text.charCodeAt(i)));
    expect(codes.filter((c) => mayShowDamage(c))).toEqual(codes.filter((c) => damaged.has(c)));
  });

  it('marks as a sentence stop exactly the stop characters', () => {
    // Each code unit followed by a digit, which may start a marker (1.).
    const codes = Array.from({ length: 0x10000 }, (_, c) => c).filter((c) => c !== 10 && c !== 13);
    const text = codes.map((c) => String.fromCharCode(c) + '1').join('\n');
    const found = readCharacters(splitLines(text, new LineIndex(text)));
    expect(found.stops.map((i) => text[i]).join('')).toBe('!?。！？');
  });
});
