/**
 * Offsets → points: the line index searches out from its latest look-up, so
 * it must give the same answer whatever order offsets are asked in, for any
 * mix of \n, \r\n and lone \r.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { LineIndex } from '../src/text/positions.js';

/** Line and column by walking the text from its start: slow and plainly right. */
function naivePoint(text: string, offset: number) {
  let line = 1;
  let lineStart = 0;
  for (let i = 0; i < offset; i++) {
    const c = text[i];
    if (c === '\n' || (c === '\r' && text[i + 1] !== '\n')) {
      line++;
      lineStart = i + 1;
    }
  }
  return { line, column: offset - lineStart + 1, offset };
}

describe('LineIndex', () => {
  it('gives every offset the line and column a walk from the start gives, asked in any order', () => {
    const text = fc.array(fc.constantFrom('一', 'a', ' ', '\n', '\r\n', '\r', '𠀀'), { maxLength: 200 }).map((parts) => parts.join(''));
    fc.assert(
      fc.property(text, fc.array(fc.nat(), { maxLength: 60 }), (t, picks) => {
        const index = new LineIndex(t);
        for (const pick of picks) {
          const offset = pick % (t.length + 1);
          expect(index.point(offset)).toEqual(naivePoint(t, offset));
        }
      }),
      { seed: 7, numRuns: 400 },
    );
  });
});
