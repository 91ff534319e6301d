/**
 * Read stage: a named input's bytes → a parsed document. The form is known
 * by content (PDF, Word, web page) before name; plain text goes to the plan
 * parser, Markdown (a .md name or --from md) through remark first, and a
 * published form through its reader, whose text is then parsed as plain text.
 */
import type { PlanDocument } from '../model/schema.js';
import { parse } from '../index.js';
import { sha256 } from '../text/hash.js';
import { decode, normalizeEncodingName, releaseBytes } from './decode.js';
import type { InputFormat, RemovedPart } from './extracted.js';
import { isPublishedFormat, readPublished, sniffPublished } from './published.js';

export interface ReadOptions {
  encoding?: string;
  from?: InputFormat;
}

export function isMarkdownName(name: string): boolean {
  return /\.(md|markdown)$/i.test(name);
}

/** An input as text: what `plan-parse text` prints and every position counts in. */
export interface InputText {
  text: string;
  format: InputFormat;
  encoding: string;
  sha256: string;
  removed: RemovedPart[];
}

/**
 * Takes the bytes over: once decoded and hashed they are released (see
 * releaseBytes), so a large file is not held twice over during its parse.
 */
export async function readText(name: string, bytes: Uint8Array, options: ReadOptions = {}): Promise<InputText> {
  const encoding = options.encoding ? normalizeEncodingName(options.encoding) : undefined;
  const format = options.from ?? sniffPublished(bytes) ?? (isMarkdownName(name) ? 'md' : 'txt');
  const hash = sha256(bytes);
  if (isPublishedFormat(format)) {
    const extracted = await readPublished(format, bytes, encoding);
    return { text: extracted.text, format, encoding: extracted.encoding, sha256: hash, removed: extracted.removed };
  }
  const decoded = decode(bytes, encoding);
  releaseBytes(bytes);
  return { text: decoded.text, format, encoding: decoded.encoding, sha256: hash, removed: [] };
}

export async function readDocument(name: string, bytes: Uint8Array, options: ReadOptions = {}): Promise<PlanDocument> {
  const input = await readText(name, bytes, options);
  const source = { name, encoding: input.encoding, sha256: input.sha256 };
  const doc = input.format === 'md' ? await (await import('./markdown.js')).parseMarkdown(input.text, source) : parse(input.text, source);
  doc.source.format = input.format;
  if (input.removed.length) doc.envelope.removed = input.removed;
  return doc;
}
