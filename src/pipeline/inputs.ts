/**
 * The input forms, one record each, keyed by the name `source.format`
 * records. A new form (HTML, DOCX, PDF) is one record here, its name in
 * src/model/formats.ts, and a sample in fixtures/formats/ (the build makes
 * its code cache from it). A form whose reader needs a heavy library loads
 * it inside `toText`/`read` with import(), so other forms never load it.
 */
import { INPUT_FORMATS, type InputFormat } from '../model/formats.js';
import { decode, type Encoding } from '../read/decode.js';
import { buildStructure } from '../structure/index.js';
import type { LineIndex } from '../text/positions.js';
import type { RemovedPart } from '../read/extracted.js';
import { looksLikeHtml, looksLikePdf, looksLikeZip } from '../read/sniff.js';
import type { Reading } from './assemble.js';

export interface InputText {
  /** The text every position of the document points into. */
  text: string;
  /** Recorded as `source.encoding`. */
  encoding: string;
  /** Page furniture a published form's reader left out of the text (`envelope.removed`). */
  removed?: RemovedPart[];
}

export interface InputForm {
  /** Lower-case file name endings that name this form when its content does not. */
  extensions: readonly string[];
  /** Whether the bytes themselves show this form (a PDF's "%PDF-", a DOCX's zip): asked before the name. */
  sniff?(bytes: Uint8Array): boolean;
  /** The bytes as text; `encoding` is the user's --encoding, when given. */
  toText(bytes: Uint8Array, encoding: Encoding | undefined): InputText | Promise<InputText>;
  /** The text's structure, for the assembler. */
  read(text: string, index: LineIndex): Reading | Promise<Reading>;
}

export const INPUT_FORMS: Record<InputFormat, InputForm> = {
  txt: { extensions: ['.txt'], toText: decode, read: buildStructure },
  md: {
    extensions: ['.md', '.markdown'],
    toText: decode,
    // remark loads only for a Markdown input.
    read: async (text, index) => (await import('../read/markdown.js')).readMarkdown(text, index),
  },
  // The published forms: each reader extracts the text a reader would copy, which is then read as plain text.
  html: {
    extensions: ['.html', '.htm'],
    sniff: looksLikeHtml,
    toText: async (bytes, encoding) => (await import('../read/html/index.js')).readHtml(bytes, encoding),
    read: buildStructure,
  },
  docx: {
    extensions: ['.docx'],
    // Any zip: the reader says in one line when it holds no word/document.xml.
    sniff: looksLikeZip,
    toText: async (bytes) => (await import('../read/docx/index.js')).readDocx(bytes),
    read: buildStructure,
  },
  pdf: {
    extensions: ['.pdf'],
    sniff: looksLikePdf,
    // pdf.js (megabytes) loads only here.
    toText: async (bytes) => (await import('../read/pdf/index.js')).readPdf(bytes),
    read: buildStructure,
  },
};

/** The form of an input: from its bytes where a form recognises them, else from its name; plain text otherwise. */
export function detectFormat(bytes: Uint8Array, name: string | undefined): InputFormat {
  for (const format of INPUT_FORMATS) if (INPUT_FORMS[format].sniff?.(bytes)) return format;
  const lower = name?.toLowerCase() ?? '';
  for (const format of INPUT_FORMATS) if (INPUT_FORMS[format].extensions.some((e) => lower.endsWith(e))) return format;
  return 'txt';
}
