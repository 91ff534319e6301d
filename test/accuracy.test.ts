/**
 * The figures of `npm run accuracy` (heading F1, target precision and recall,
 * timeframe accuracy on ../shared/corpus, its pdftotext copies and the seed's
 * PDF copy) must not fall below the floors in accuracy-floors.json. Raise a
 * floor there when a change lifts its figure. Skipped, with the reason, where
 * ../shared/ or python3 is missing (the corpus is not part of the project).
 */
import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';

type Figures = Record<string, number>;
const floors = JSON.parse(readFileSync(new URL('./accuracy-floors.json', import.meta.url), 'utf8')) as Record<string, Figures>;

const measured = JSON.parse(execFileSync(process.execPath, ['scripts/accuracy.mjs', '--json'], { encoding: 'utf8', maxBuffer: 1 << 24 })) as Record<string, Figures> & { skipped?: string };
if (measured.skipped) console.warn(`accuracy floors not checked: ${measured.skipped}`);

describe.skipIf(Boolean(measured.skipped))('accuracy on ../shared/ stays at or above its floors', () => {
  for (const [set, figures] of Object.entries(floors)) {
    it(`${set}: ${Object.keys(figures).join(', ')}`, () => {
      const got = measured[set];
      expect(got, `no figures for ${set}`).toBeDefined();
      const below = Object.entries(figures)
        .filter(([name, floor]) => !(got[name] >= floor))
        .map(([name, floor]) => `${name} ${got[name]} < floor ${floor}`);
      expect(below).toEqual([]);
    });
  }
});
