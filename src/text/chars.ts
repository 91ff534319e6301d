/**
 * Character sets as tables indexed by char code. The extractor looks at the
 * characters around every number, and `'…'.includes(text[k])` or a Set of
 * one-character strings would make a new string for each CJK character looked
 * at (V8 caches only Latin-1 ones); a table look-up makes nothing.
 */

const TABLE = 0x10000;
/**
 * Tables are cut from shared buffers: a buffer this large is mapped lazily,
 * so only the pages a set writes to are ever touched, where a zeroed 64 KB
 * array of its own costs each of the modules' hundred sets a memset at start-up.
 */
const TABLES_PER_BUFFER = 32;
let buffer: ArrayBuffer | null = null;
let used = TABLES_PER_BUFFER;

/** A table with 1 at the code of every character of `chars` (all in the BMP). */
export function charSet(chars: string): Uint8Array {
  if (used === TABLES_PER_BUFFER) {
    buffer = new ArrayBuffer(TABLE * TABLES_PER_BUFFER);
    used = 0;
  }
  const set = new Uint8Array(buffer!, TABLE * used++, TABLE);
  for (let k = 0; k < chars.length; k++) set[chars.charCodeAt(k)] = 1;
  return set;
}

/** White space as a regular expression's \\s matches it (without the u flag). */
export const WHITE_SPACE = '\t\n\v\f\r \u00a0\u1680\u2000\u2001\u2002\u2003\u2004\u2005\u2006\u2007\u2008\u2009\u200a\u2028\u2029\u202f\u205f\u3000\ufeff';

/**
 * The code at i, or 0 (NUL, which no set holds) outside the text. A set
 * indexed by charCodeAt's NaN past the end reads a property named "NaN", and
 * after one such read the optimised code looks up every index the slow way.
 */
export function codeOrNul(text: string, i: number): number {
  return i >= 0 && i < text.length ? text.charCodeAt(i) : 0;
}

/** The code of a one-character string, for comparing with text.charCodeAt. */
export function code(ch: string): number {
  return ch.charCodeAt(0);
}
