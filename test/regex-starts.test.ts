/**
 * The search that tries a pattern only where a match can start must find
 * exactly what the pattern's own global search finds.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { openingTables, startFiltered } from '../src/text/regex-starts.js';
import { SENTENCE_CUES } from '../src/targets/sentence-time.js';

function charsOf(table: Uint8Array): string {
  let chars = '';
  for (let c = 0; c < table.length; c++) if (table[c]) chars += String.fromCharCode(c);
  return chars;
}

function starts(source: string): string | null {
  const tables = openingTables(source);
  return tables && charsOf(tables.first);
}

function allMatches(next: (s: string, from: number) => RegExpExecArray | null, s: string): string[] {
  const found: string[] = [];
  for (let m = next(s, 0); m; m = next(s, m.index + m[0].length)) found.push(JSON.stringify([m.index, ...m]));
  return found;
}

function globalMatches(re: RegExp, s: string): string[] {
  const g = new RegExp(re.source, 'g');
  return [...s.matchAll(g)].map((m) => JSON.stringify([m.index, ...m]));
}

describe('openingTables', () => {
  it('reads the first characters past lookarounds, optional parts and classes', () => {
    expect(starts('(?<![年五])计划|明年')).toBe('明计');
    expect(starts('(?:近|最近)?[几一]+年')).toBe('一几最近');
    expect(starts('[“"]\\s?五|[1-3]|\\u3000')).toBe('"123“\u3000');
    expect(starts('(?=[实达])努力|将{1,2}达')).toBe('努将');
    expect(starts('(?<name>甲)乙')).toBe('甲');
  });

  it('reads \\s, \\d and \\w as the characters they stand for, in and out of classes', () => {
    expect(starts('\\d年')).toBe('0123456789');
    expect(starts('[\\s年]')).toBe('\t\n\v\f\r \u00a0\u1680\u2000\u2001\u2002\u2003\u2004\u2005\u2006\u2007\u2008\u2009\u200a\u2028\u2029\u202f\u205f\u3000年\ufeff');
    expect(charsOf(openingTables('\\w')!.single)).toBe('0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZ_abcdefghijklmnopqrstuvwxyz');
    // Without the tables for pairs, every place a match may start would be tried.
    expect(openingTables('[“"]\\s?五')!.pairs).not.toBeNull();
  });

  it('knows the one-character matches, which need no second character', () => {
    expect(charsOf(openingTables('(?:建成|达到)了|已|有了')!.single)).toBe('已');
    expect(charsOf(openingTables('[几一]+年?')!.single)).toBe('一几');
  });

  it('gives no table when any character may start a match, or none', () => {
    expect(starts('\\S?年')).toBeNull();
    expect(starts('[^年]来')).toBeNull();
    expect(starts('.年')).toBeNull();
    expect(starts('(?:年)?')).toBeNull();
  });
});

describe('startFiltered', () => {
  const patterns = [
    SENTENCE_CUES,
    /(?<![比较][“"]?)(?:十([一二三])五|[“"]\s?([一二三])五(?=\s?[”"]))|到[ ]?20\d\d年/,
    /(?:近|最近)?[几一二]+年来?/,
    /(?:建成|达到|有)?了|已(?:经)?|[一二]{2,3}五|x\x79?z*|(?:)年/,
  ];
  const alphabet = fc.constantFrom(...'到至年今明目标计划力争已经有了十三五一二比较近最来“”" 　2025，。以前去上降实现将达超过建成xyz\t\u00a0'.split(''));

  it('finds what the global search finds, in order', () => {
    fc.assert(
      fc.property(fc.array(alphabet, { maxLength: 40 }), (chars) => {
        const s = chars.join('');
        for (const re of patterns) expect(allMatches(startFiltered(re), s)).toEqual(globalMatches(re, s));
      }),
      { seed: 20261206, numRuns: 2000 },
    );
  });
});
