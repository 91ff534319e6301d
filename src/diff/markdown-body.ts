/**
 * Section bodies of a Markdown version, read as plain text: what a text
 * version of the same plan says. Markdown syntax (emphasis, escapes) goes,
 * and so do the target tables plan-parse writes into its own Markdown: they
 * repeat the text's targets, and the text version has none. Loaded only when
 * a diff has a Markdown version.
 */
import type { RootContent } from 'mdast';
import remarkGfm from 'remark-gfm';
import remarkParse from 'remark-parse';
import { unified } from 'unified';
import { isTargetTable } from '../export/md-target-table.js';
import { plainText } from '../export/mdast-text.js';
import type { BodyText } from './match.js';

const reader = unified().use(remarkParse).use(remarkGfm);

export const markdownBodyText: BodyText = (body) =>
  reader
    .parse(body)
    .children.filter((block: RootContent) => block.type !== 'table' || !isTargetTable(block))
    .map(plainText)
    .join('\n');
