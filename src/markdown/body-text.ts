/**
 * Section bodies of a Markdown plan: as blocks (for the Markdown writer) and
 * as plain text (for diff: what a text version of the same plan says).
 * Markdown syntax (emphasis, escapes) goes, and so do the target tables
 * plan-parse writes into its own Markdown: they repeat the text's targets,
 * and the text version has none. Loads remark: import it only for Markdown.
 */
import type { RootContent } from 'mdast';
import { plainText } from './plain-text.js';
import { markdownReader } from './remark.js';
import { isTargetTable } from './target-table.js';

const reader = markdownReader();

/** A Markdown body's blocks, without the target tables plan-parse writes (they repeat the text's targets). */
export function bodyBlocks(body: string): RootContent[] {
  return reader.parse(body).children.filter((block) => block.type !== 'table' || !isTargetTable(block));
}

/** A Markdown body as the plain text a text version of the same plan would have. */
export const markdownBodyText = (body: string): string => bodyBlocks(body).map(plainText).join('\n');
