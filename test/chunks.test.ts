/** Output pieces encoded into reused buffers must come out as exactly the UTF-8 of the text joined. */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { chunkWriter } from '../src/cli/chunks.js';

function written(pieces: (string | Uint8Array)[]): Buffer {
  const out: Buffer[] = [];
  const w = chunkWriter((bytes) => out.push(Buffer.from(bytes))); // copied: the writer reuses its buffer
  for (const p of pieces) w.write(p);
  w.flush();
  return Buffer.concat(out);
}

describe('chunkWriter', () => {
  it('writes any mix of small and large pieces, Chinese and outside the BMP, as their UTF-8 in order', () => {
    const piece = fc.oneof(
      fc.string({ unit: fc.constantFrom('一', 'a', '𠀀', '，', '\n'), maxLength: 50 }),
      fc.integer({ min: 200_000, max: 600_000 }).map((n) => '规划𠀀'.repeat(n / 3)),
    );
    fc.assert(
      fc.property(fc.array(piece, { maxLength: 12 }), (pieces) => {
        expect(written(pieces).equals(Buffer.from(pieces.join('')))).toBe(true);
      }),
      { seed: 11, numRuns: 60 },
    );
  });

  it('passes bytes through between text pieces, in order', () => {
    const bytes = Buffer.from('二、主要任务\n');
    expect(written(['一、', '总体要求\n', bytes, '三']).toString()).toBe('一、总体要求\n二、主要任务\n三');
  });
});
