/**
 * A section body (source text, exactly as written) → the paragraphs a reader
 * sees. Blank lines always separate paragraphs. Inside a block, a line that
 * ends a sentence ends its paragraph (plans often put one paragraph per line
 * with no blank line between), and a long line that does not is a hard wrap
 * (text copied from a PDF), joined to the next without the newline, across
 * the page number and blank lines a page turn left between them. Nothing
 * else in the text changes.
 */
import { isSpace, matchMarker, skipSpaces } from '../text/markers.js';
import { PAGE_NUMBER_LINE } from '../text/reading.js';

/** Sentence-final punctuation, optionally followed by closing quotes or brackets. */
const ENDS_SENTENCE = /[。！？；：!?;:…](?:["”’」』）)]*)$/;
/** A line shorter than this is a line of its own (a caption, a 专栏 heading), not a wrap. */
const MIN_WRAPPED_LINE = 20;
const ASCII_WORD = /[A-Za-z0-9]/;

function trimSpaces(s: string): string {
  const start = skipSpaces(s, 0, s.length);
  let end = s.length;
  while (end > start && isSpace(s.charCodeAt(end - 1))) end--;
  return s.slice(start, end);
}

function isWrapped(line: string, next: string): boolean {
  return line.length >= MIN_WRAPPED_LINE && !ENDS_SENTENCE.test(line) && matchMarker(next, 0) === null;
}

/** The lines without page numbers and the blank lines around them: a page turn is no paragraph break (whether the line before it ends its paragraph still decides). */
function withoutPageTurns(lines: string[]): string[] {
  const out: string[] = [];
  let turned = false;
  for (const line of lines) {
    if (PAGE_NUMBER_LINE.test(line)) {
      while (out.at(-1) === '') out.pop();
      turned = true;
    } else if (line === '' && turned) continue;
    else {
      turned = false;
      out.push(line);
    }
  }
  return out;
}

export function paragraphs(text: string): string[] {
  const out: string[] = [];
  let current = '';
  const lines = withoutPageTurns(text.split(/\r\n|\r|\n/).map(trimSpaces));
  for (let k = 0; k < lines.length; k++) {
    const line = lines[k];
    if (!line) continue;
    const joinsLast = current !== '' && ASCII_WORD.test(current.at(-1)!) && ASCII_WORD.test(line[0]);
    current += (joinsLast ? ' ' : '') + line;
    const next = lines[k + 1] ?? '';
    if (!next || !isWrapped(line, next)) {
      out.push(current);
      current = '';
    }
  }
  return out;
}
