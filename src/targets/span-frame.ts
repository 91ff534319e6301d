/**
 * Whether a span of several years frames a number (五年来，… / “十三五”期间，… /
 * a paragraph opening 在过去的五年中，…), for numbers met in document order. A
 * sentence is read piece by piece up to each number, each piece once, so a long
 * run of numbers in one sentence costs its length once.
 */
import { SPAN_OF_YEARS } from './lexicon.js';

/** How far into its paragraph a frame of time opens it (在过去的五年中，…). */
const PARAGRAPH_OPENING = 12;
/** Longest span word (“十三五”时期 with spaces): a piece is read from this far back, so none is cut in two. */
const SPAN_OVERLAP = 10;

export function spanFrameReader(text: string) {
  let paragraph = -1;
  let paragraphOpens = false;
  let sentence = -1;
  let scanned = 0;
  let sentenceOpens = false;
  return (paragraphStart: number, sentenceStart: number, at: number): boolean => {
    if (paragraphStart !== paragraph) {
      paragraph = paragraphStart;
      paragraphOpens = SPAN_OF_YEARS.test(text.slice(paragraph, Math.min(paragraph + PARAGRAPH_OPENING, sentenceStart, at)));
    }
    if (sentenceStart !== sentence) {
      sentence = sentenceStart;
      scanned = sentenceStart;
      sentenceOpens = false;
    }
    if (!sentenceOpens && at > scanned) sentenceOpens = SPAN_OF_YEARS.test(text.slice(Math.max(sentence, scanned - SPAN_OVERLAP), at));
    scanned = Math.max(scanned, at);
    return paragraphOpens || sentenceOpens;
  };
}
