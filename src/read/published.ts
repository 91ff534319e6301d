/**
 * The published forms — PDF, Word, web page — as one entry point: each
 * reader loads only when its form is read (pdf.js alone is megabytes), so
 * runs on plain text start as before.
 */
import type { Encoding } from './decode.js';
import type { Extracted, InputFormat } from './extracted.js';
import { looksLikeHtml, looksLikePdf, looksLikeZip } from './sniff.js';

export type PublishedFormat = Extracted['format'];

export function isPublishedFormat(format: InputFormat): format is PublishedFormat {
  return format === 'pdf' || format === 'docx' || format === 'html';
}

/** The published form the bytes show, or null for text (plain or Markdown, told apart by name). */
export function sniffPublished(bytes: Uint8Array): PublishedFormat | null {
  if (looksLikePdf(bytes)) return 'pdf';
  // Any zip is read as Word: the reader says so in one line when it holds no word/document.xml.
  if (looksLikeZip(bytes)) return 'docx';
  if (looksLikeHtml(bytes)) return 'html';
  return null;
}

export async function readPublished(format: PublishedFormat, bytes: Uint8Array, encoding?: Encoding): Promise<Extracted> {
  switch (format) {
    case 'pdf':
      return (await import('./pdf/index.js')).readPdf(bytes);
    case 'docx':
      return (await import('./docx/index.js')).readDocx(bytes);
    case 'html':
      return (await import('./html/index.js')).readHtml(bytes, encoding);
  }
}
