/**
 * What a reader of a published form (PDF, Word, web page) hands the parser:
 * the document's text as a reader would copy it, and the parts of the page
 * or file it left out of that text (page numbers, running headers and
 * footers, menus, contents pages), kept so the output can say what was
 * dropped. Positions in the parsed document count in `text`.
 */
import type { RemovedKind } from '../model/formats.js';

export interface RemovedPart {
  kind: RemovedKind;
  text: string;
  /** 1-based page of a PDF the part was on; null for forms without pages. */
  page: number | null;
}

export interface Extracted {
  text: string;
  /** How the text was decoded: the web page's charset; utf-8 for Word's XML; "binary" for PDF (its fonts map the text). */
  encoding: string;
  removed: RemovedPart[];
}

/** How each kind is named in the note that says what was left out. */
const KIND_NAMES: Record<RemovedKind, string> = {
  'page-number': 'page number',
  'page-header': 'page header',
  'page-footer': 'page footer',
  contents: 'contents page',
  'page-furniture': 'piece of page furniture',
};

/** The kinds of furniture left out, counted: "3 page numbers, 1 contents page". */
export function removedCounts(removed: RemovedPart[]): string {
  const counts = new Map<RemovedKind, number>();
  for (const part of removed) counts.set(part.kind, (counts.get(part.kind) ?? 0) + 1);
  return [...counts].map(([kind, n]) => `${n} ${KIND_NAMES[kind]}${n === 1 ? '' : 's'}`).join(', ');
}
