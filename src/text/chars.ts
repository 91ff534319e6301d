/**
 * Character sets as tables indexed by char code. The extractor looks at the
 * characters around every number, and `'…'.includes(text[k])` or a Set of
 * one-character strings would make a new string for each CJK character looked
 * at (V8 caches only Latin-1 ones); a table look-up makes nothing.
 */

/** A table with 1 at the code of every character of `chars` (all in the BMP). */
export function charSet(chars: string): Uint8Array {
  const set = new Uint8Array(0x10000);
  for (let k = 0; k < chars.length; k++) set[chars.charCodeAt(k)] = 1;
  return set;
}

/** The code of a one-character string, for comparing with text.charCodeAt. */
export function code(ch: string): number {
  return ch.charCodeAt(0);
}
