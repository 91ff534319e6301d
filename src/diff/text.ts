/**
 * Text comparison helpers shared by section matching and the body diff.
 *
 * Chinese is written without spaces, so a line break inside a paragraph is
 * only layout: re-wrapping a paragraph, CRLF versus LF or a Markdown export
 * must not count as a change. Whitespace is dropped except a single space
 * between two Latin letters or digits ("smart city"), where it separates words.
 */
const WHITESPACE = /[\s\u3000]+/gu;
const WORD_CHAR = /[A-Za-z0-9]/;

export function normalizeText(text: string): string {
  return text.trim().replace(WHITESPACE, (run, offset: number, whole: string) => {
    const before = whole[offset - 1] ?? '';
    const after = whole[offset + run.length] ?? '';
    return WORD_CHAR.test(before) && WORD_CHAR.test(after) ? ' ' : '';
  });
}

/** Character bigram counts: a cheap fingerprint of a text for similarity. */
export function bigrams(text: string): Map<string, number> {
  const counts = new Map<string, number>();
  for (let i = 0; i + 1 < text.length; i++) {
    const pair = text.slice(i, i + 2);
    counts.set(pair, (counts.get(pair) ?? 0) + 1);
  }
  return counts;
}

/** Dice coefficient of two bigram multisets: 1 for the same text, 0 for nothing shared. */
export function dice(a: Map<string, number>, b: Map<string, number>): number {
  let sizeA = 0;
  let sizeB = 0;
  let shared = 0;
  for (const n of a.values()) sizeA += n;
  for (const [pair, n] of b) {
    sizeB += n;
    shared += Math.min(n, a.get(pair) ?? 0);
  }
  return sizeA + sizeB === 0 ? 0 : (2 * shared) / (sizeA + sizeB);
}
