/**
 * Characters that say the text was damaged before it reached us: U+FFFD where
 * bytes could not be decoded, half of a surrogate pair from a bad converter,
 * NUL and other control characters from a binary or PDF conversion. They are
 * kept in the text as they are (nothing is dropped); one diagnostic per kind,
 * at the first one, says how many there are.
 */
import { finding, type Finding } from '../model/diagnostics.js';

type Problem = 'undecodable-text' | 'lone-surrogate' | 'control-characters';

/** C0 controls and DEL, except tab, line breaks and the form feed that separates PDF pages. */
function isStrayControl(c: number): boolean {
  return (c < 0x20 && c !== 9 && c !== 10 && c !== 13 && c !== 12) || c === 0x7f;
}

function problemAt(text: string, i: number): Problem | null {
  const c = text.charCodeAt(i);
  if (c === 0xfffd) return 'undecodable-text';
  if (isStrayControl(c)) return 'control-characters';
  if (c >= 0xd800 && c <= 0xdbff) {
    const next = text.charCodeAt(i + 1);
    return next >= 0xdc00 && next <= 0xdfff ? null : 'lone-surrogate';
  }
  if (c >= 0xdc00 && c <= 0xdfff) {
    const prev = text.charCodeAt(i - 1);
    return prev >= 0xd800 && prev <= 0xdbff ? null : 'lone-surrogate';
  }
  return null;
}

/** Any character a problem could start at: those problemAt looks at. */
export function mayShowDamage(c: number): boolean {
  return c === 0xfffd || isStrayControl(c) || (c >= 0xd800 && c <= 0xdfff);
}

/** The problems among the characters that may show damage (offsets in text order). */
export function findTextProblems(text: string, damage: readonly number[]): Finding[] {
  const found = new Map<Problem, { first: number; count: number }>();
  for (const i of damage) {
    const problem = problemAt(text, i);
    if (problem === null) continue;
    const seen = found.get(problem);
    if (seen) seen.count++;
    else found.set(problem, { first: i, count: 1 });
  }
  return [...found].map(([code, { first, count }]) => finding(code, { count }, first, first + 1));
}
