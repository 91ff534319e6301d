/** JSON written in pieces must be exactly what JSON.stringify gives. */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { jsonPieces } from '../src/export/json.js';
import { parse } from '../src/index.js';
import { flatten } from './helpers/invariants.js';

describe('JSON in pieces', () => {
  const doc = parse(readFileSync('seeds/wuhan-east-lake-14th-fyp.txt', 'utf8'), { name: 'seed.txt' });
  const empty = parse('', { name: 'empty.txt' });

  it.each([0, 2])('joins to JSON.stringify with indent %i, for a full and an empty document', (indent) => {
    for (const d of [doc, empty]) {
      expect([...jsonPieces(d, indent)].join('')).toBe(JSON.stringify(d, null, indent || undefined));
    }
  });

  it('holds at most one section (without its subsections), target, diagnostic or field in a piece', () => {
    const longest = Math.max(...[...jsonPieces(doc, 0)].map((p) => p.length));
    const ownFields = flatten(doc.sections).map(({ children, ...own }) => own);
    const parts = [...ownFields, ...doc.targets, ...doc.diagnostics, doc.source, doc.meta, doc.envelope, doc.preamble];
    const largestPart = Math.max(...parts.map((x) => JSON.stringify(x).length));
    // …and the punctuation around it: a key, or a leaf section's empty "children":[].
    expect(longest).toBeLessThanOrEqual(largestPart + ',"children":[]'.length + 1);
    const largestTopSection = Math.max(...doc.sections.map((s) => JSON.stringify(s).length));
    expect(longest).toBeLessThan(largestTopSection / 4);
  });
});
