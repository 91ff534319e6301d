/**
 * A web page → the text of its article: decoded by its declared charset,
 * parsed as browsers parse (rehype-parse, parse5 underneath), the article
 * body found by structure (content.ts) and written one block a line, with
 * its title in front when the page sets the title apart. What surrounds the
 * article — menus, breadcrumbs, info line, share bar, related links,
 * footer — is listed as removed, not read as the plan.
 */
import rehypeParse from 'rehype-parse';
import { unified } from 'unified';
import { InputError, type Encoding } from '../decode.js';
import type { Extracted, RemovedPart } from '../extracted.js';
import { decodeHtml } from './charset.js';
import { findArticle, findTitle } from './content.js';
import { LineWriter, writeLines } from './lines.js';

/** Less running text than this (a line or two) is no article: a page of links, or one its scripts fill in. */
const MIN_ARTICLE_CHARS = 40;

export function readHtml(bytes: Uint8Array, encoding?: Encoding): Extracted {
  const decoded = decodeHtml(bytes, encoding);
  return readHtmlText(decoded.text, decoded.encoding);
}

export function readHtmlText(html: string, encoding = 'utf-8'): Extracted {
  const root = unified().use(rehypeParse).parse(html);
  const choice = findArticle(root);
  if (!choice || choice.text < MIN_ARTICLE_CHARS) {
    throw new InputError('no article text found on the web page', 'the page may fill its text in by script: save the article itself, or copy its text into a .txt file');
  }
  const { article } = choice;
  const title = findTitle(root, article);

  const body = new LineWriter();
  writeLines(article, body);
  body.lineEnd();
  const lines = body.lines;
  if (title) {
    const heading = new LineWriter();
    writeLines(title, heading);
    heading.lineEnd();
    const text = heading.lines.join('');
    if (text && !(lines[0] ?? '').trim().startsWith(text.trim())) lines.unshift(text);
  }

  // The page around the article, for the record of what was left out.
  const around = new LineWriter();
  let articleAt = -1;
  writeLines(root, around, {
    skip: new Set(title ? [article, title] : [article]),
    onSkip: (element, out) => {
      if (element === article) {
        out.lineEnd();
        articleAt = out.lines.length;
      }
    },
  });
  around.lineEnd();
  const removed: RemovedPart[] = [];
  const before = around.lines.slice(0, Math.max(0, articleAt)).join('\n').trim();
  const after = around.lines.slice(Math.max(0, articleAt)).join('\n').trim();
  if (before) removed.push({ kind: 'page-header', text: before, page: null });
  if (after) removed.push({ kind: 'page-footer', text: after, page: null });

  return { text: lines.join('\n') + '\n', encoding, removed };
}
