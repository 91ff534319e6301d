/**
 * Markdown input (placeholder until the Markdown reader lands): the text is
 * parsed as plain text.
 */
import type { PlanDocument } from '../model/schema.js';
import { parseBytes } from '../index.js';
import type { Encoding } from './decode.js';

export function parseMarkdownBytes(bytes: Uint8Array, options: { name?: string; encoding?: Encoding }): PlanDocument {
  return parseBytes(bytes, options);
}
