/**
 * Read stage: a named input's bytes → a parsed document. Plain text goes to
 * the plan parser; Markdown (a .md name or --from md) through remark first.
 */
import type { PlanDocument } from '../model/schema.js';
import { parse } from '../index.js';
import { sha256 } from '../text/hash.js';
import { decode, normalizeEncodingName, releaseBytes } from './decode.js';

export interface ReadOptions {
  encoding?: string;
  from?: 'txt' | 'md';
}

export function isMarkdownName(name: string): boolean {
  return /\.(md|markdown)$/i.test(name);
}

/**
 * Takes the bytes over: once decoded and hashed they are released (see
 * releaseBytes), so a large file is not held twice over during its parse.
 */
export async function readDocument(name: string, bytes: Uint8Array, options: ReadOptions = {}): Promise<PlanDocument> {
  const decoded = decode(bytes, options.encoding ? normalizeEncodingName(options.encoding) : undefined);
  const source = { name, encoding: decoded.encoding, sha256: sha256(bytes) };
  releaseBytes(bytes);
  const markdown = options.from ? options.from === 'md' : isMarkdownName(name);
  if (markdown) return (await import('./markdown.js')).parseMarkdown(decoded.text, source);
  return parse(decoded.text, source);
}
