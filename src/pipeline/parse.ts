/**
 * The pipeline: an input form's reader yields the structure, the assembler
 * (assemble.ts) adds the targets and makes the document. `loadDocument`
 * serves every caller that starts from a file's bytes: the command line,
 * its worker threads and `diff`.
 */
import type { InputFormat } from '../model/formats.js';
import type { PlanDocument } from '../model/schema.js';
import { decode, normalizeEncodingName, releaseBytes, type Encoding } from '../read/decode.js';
import { buildStructure } from '../structure/index.js';
import { sha256 } from '../text/hash.js';
import { LineIndex } from '../text/positions.js';
import { assemble, type Reading } from './assemble.js';
import { detectFormat, INPUT_FORMS } from './inputs.js';
import { removedCounts, type RemovedPart } from '../read/extracted.js';
import { finding } from '../model/diagnostics.js';
import type { SourceOptions } from './source.js';

/** What the returned document's `source` records: name, encoding, sha256 of the original bytes. */
export type ParseOptions = SourceOptions;

/** Parses decoded plain text. */
export function parseText(text: string, options: ParseOptions = {}): PlanDocument {
  const index = new LineIndex(text);
  return assemble(text, index, buildStructure(text, index), 'txt', options);
}

/** Parses a plain-text file's raw bytes, detecting the encoding unless given. */
export function parseBytes(bytes: Uint8Array, options: { name?: string; encoding?: Encoding } = {}): PlanDocument {
  const decoded = decode(bytes, options.encoding);
  return parseText(decoded.text, { name: options.name, encoding: decoded.encoding, sha256: sha256(bytes) });
}

/**
 * Parses a Markdown plan (headings with their markers, GFM indicator tables).
 * Async because the Markdown libraries load only when asked for.
 */
export async function parseMarkdown(text: string, options: ParseOptions = {}): Promise<PlanDocument> {
  return parseIn('md', text, options);
}

async function parseIn(format: InputFormat, text: string, source: SourceOptions): Promise<PlanDocument> {
  const index = new LineIndex(text);
  return assemble(text, index, await INPUT_FORMS[format].read(text, index), format, source);
}

export interface LoadOptions {
  /** The file's name: shown as `source.name`, and names the input form when its content does not. */
  name?: string;
  /** The text encoding, in any common spelling (utf8, GBK …); detected when absent. */
  encoding?: string;
  /** The input form, overriding detection. */
  from?: InputFormat;
}

/** A file read as far as its structure: the text, its reading, and what `source` will record. */
export interface LoadedText {
  text: string;
  index: LineIndex;
  reading: Reading;
  format: InputFormat;
  source: SourceOptions;
  /** Page furniture a published form's reader left out of the text (`envelope.removed`). */
  removed?: RemovedPart[];
}

/**
 * A file's bytes → its text and structure, in whichever input form it is.
 * Takes the bytes over: once read and hashed they are released (see
 * releaseBytes), so a large file is not held twice over during its parse.
 */
export async function loadText(bytes: Uint8Array, options: LoadOptions = {}): Promise<LoadedText> {
  const format = options.from ?? detectFormat(bytes, options.name);
  const hash = sha256(bytes);
  const { text, encoding, removed } = await INPUT_FORMS[format].toText(bytes, options.encoding ? normalizeEncodingName(options.encoding) : undefined);
  releaseBytes(bytes);
  const index = new LineIndex(text);
  return { text, index, reading: await INPUT_FORMS[format].read(text, index), format, source: { name: options.name, encoding, sha256: hash }, removed };
}

/** A file's bytes → its document (see loadText). */
export async function loadDocument(bytes: Uint8Array, options: LoadOptions = {}): Promise<PlanDocument> {
  const { text, index, reading, format, source, removed } = await loadText(bytes, options);
  // At the document's start, where diagnostics sort first: it concerns the whole text.
  if (removed?.length) reading.diagnostics.push(finding('page-furniture-removed', { counts: removedCounts(removed) }, 0, 0));
  const doc = assemble(text, index, reading, format, source);
  if (removed?.length) doc.envelope.removed = removed;
  return doc;
}
