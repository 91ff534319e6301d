/** JSON written in pieces must be exactly what JSON.stringify gives. */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { jsonPieces } from '../src/export/json.js';
import { parse } from '../src/index.js';

describe('JSON in pieces', () => {
  const doc = parse(readFileSync('seeds/wuhan-east-lake-14th-fyp.txt', 'utf8'), { name: 'seed.txt' });
  const empty = parse('', { name: 'empty.txt' });

  it.each([0, 2])('joins to JSON.stringify with indent %i, for a full and an empty document', (indent) => {
    for (const d of [doc, empty]) {
      expect([...jsonPieces(d, indent)].join('')).toBe(JSON.stringify(d, null, indent || undefined));
    }
  });

  it('holds at most one top-level section, target, diagnostic or field in a piece', () => {
    const longest = Math.max(...[...jsonPieces(doc, 0)].map((p) => p.length));
    const parts = [...doc.sections, ...doc.targets, ...doc.diagnostics, doc.source, doc.meta, doc.envelope, doc.preamble];
    const largestPart = Math.max(...parts.map((x) => JSON.stringify(x).length));
    expect(longest).toBeLessThanOrEqual(largestPart + '"preamble":'.length + 1);
    expect(longest).toBeLessThan(JSON.stringify(doc).length / 2);
  });

  it('writes a large chapter subsection by subsection, so no piece nears the 128 KB that V8 allocates in the old generation', () => {
    const paragraph = '推进产业基础高级化、产业链现代化，提升企业技术创新能力。'.repeat(60);
    const text = '一、重点任务\n' + Array.from({ length: 60 }, (_, k) => `${k + 1}．任务${k + 1}\n${paragraph}\n`).join('');
    const big = parse(text, { name: 'big.txt' });
    const chapter = JSON.stringify(big.sections[0]);
    expect(big.sections[0].children).toHaveLength(60);
    expect(chapter.length * 2).toBeGreaterThan(128 * 1024);
    for (const indent of [0, 2]) {
      const pieces = [...jsonPieces(big, indent)];
      expect(pieces.join('')).toBe(JSON.stringify(big, null, indent || undefined));
      expect(Math.max(...pieces.map((p) => p.length))).toBeLessThan(chapter.length / 10);
    }
  });
});
