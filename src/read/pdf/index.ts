/**
 * A PDF → its text as the document's paragraphs, one a line: pdf.js gives the
 * positioned text runs (load.ts), which become lines (lines.ts), lose the
 * page furniture (furniture.ts) and join into paragraphs (paragraphs.ts).
 * A PDF with no text to read — a scan, or fonts that map to no characters —
 * is refused with what to do instead.
 */
import { InputError } from '../decode.js';
import type { Extracted } from '../extracted.js';
import { removeFurniture } from './furniture.js';
import { pageLines } from './lines.js';
import { readPdfPages } from './load.js';
import { paragraphs } from './paragraphs.js';

/** Fewer characters than this a page, on average, is no text layer: a scan (a stamp or a page number is not a text). */
const MIN_CHARS_PER_PAGE = 10;
/** More than this share of characters from the private use area or control codes: fonts with no Unicode map. */
const MAX_UNMAPPED_SHARE = 0.3;

export async function readPdf(bytes: Uint8Array): Promise<Extracted> {
  const pages = await readPdfPages(bytes);
  let chars = 0;
  let unmapped = 0;
  for (const page of pages) {
    for (const item of page.items) {
      for (const ch of item.text) {
        const c = ch.codePointAt(0)!;
        if (c <= 0x20 || c === 0x3000) continue;
        chars++;
        if (c < 0x20 || (c >= 0xe000 && c <= 0xf8ff) || c === 0xfffd) unmapped++;
      }
    }
  }
  if (chars < MIN_CHARS_PER_PAGE * Math.max(1, pages.length)) {
    throw new InputError('the PDF has no text layer (a scanned image?)', 'OCR it first (for example ocrmypdf -l chi_sim in.pdf out.pdf) and read the OCRed PDF');
  }
  if (unmapped > MAX_UNMAPPED_SHARE * chars) {
    throw new InputError("the PDF's fonts do not say which characters they draw, so its text cannot be read", 'OCR it (for example ocrmypdf --force-ocr -l chi_sim in.pdf out.pdf) or get the document as Word or text');
  }
  const lines = pages.map(pageLines);
  const removed = removeFurniture(lines);
  const text = paragraphs(lines).join('\n');
  return { text: text && text + '\n', encoding: 'binary', removed };
}
