import { describe, expect, it } from 'vitest';
import { asciiDigits, parseChineseNumeral } from '../src/text/numerals.js';

describe('parseChineseNumeral', () => {
  it.each([
    ['一', 1], ['十', 10], ['十一', 11], ['二十三', 23], ['四十', 40], ['一百零五', 105],
    ['三千五百万', 35_000_000], ['两', 2], ['二〇三五', 2035], ['一亿二千万', 120_000_000],
    ['五万', 50_000], ['十万', 100_000], ['一万零一', 10_001], ['三亿五千万', 350_000_000],
  ])('%s = %d', (s, v) => expect(parseChineseNumeral(s)).toBe(v));
  it('rejects other text', () => {
    expect(parseChineseNumeral('规划')).toBeNaN();
    expect(parseChineseNumeral('')).toBeNaN();
  });
});

describe('asciiDigits', () => {
  it('maps full-width digits one for one', () => {
    expect(asciiDigits('１２．５％')).toBe('12.5％');
  });
});
