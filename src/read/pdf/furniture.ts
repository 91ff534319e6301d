/**
 * Page furniture: what a printed page carries that is not the document's
 * text — running page numbers (— 3 —, -1-, 第3页, 3/12), running headers and
 * footers (a journal's name, the issuer's banner line) — and contents pages.
 * Found by position (the first or last lines of a page) and repetition (the
 * same line, digits aside, on many pages), never by a document's words.
 */
import type { RemovedPart } from '../extracted.js';
import type { Line } from './lines.js';

/** Page numbers as Chinese official documents and office software print them (GB/T 9704: — 3 —). */
const PAGE_NUMBER_FORMS = [
  /^[—－–\-─]{1,2}\s*\d{1,4}\s*[—－–\-─]{1,2}$/,
  /^第\s*\d{1,4}\s*页(?:\s*[,，/]?\s*共\s*\d{1,4}\s*页)?$/,
  /^\d{1,4}\s*\/\s*\d{1,4}$/,
  /^[·•]\s*\d{1,4}\s*[·•]$/,
  /^page\s*\d{1,4}(?:\s*of\s*\d{1,4})?$/i,
  /^\d{1,4}$/,
];
const BARE_NUMBER = /^\d{1,4}$/;
/** How many lines from a page's top and bottom are looked at for furniture. */
const EDGE_LINES = 2;
/** A running header or footer is on at least this share of the pages (and on two at least). */
const RUNNING_SHARE = 0.4;
/** A contents page is headed 目录 or 目次, with any spacing. */
const CONTENTS_TITLE = /^目\s*[录次]$/;
/** A contents entry ends in dot leaders (or a wide gap) and a page number. */
const CONTENTS_ENTRY = /(?:[.…⋯·．_]{2,}|\t)\s*[\dIVXivx]{1,5}$/;
/** A page that continues the contents has at least this share of entries. */
const CONTENTS_SHARE = 0.5;

const isPageNumber = (text: string) => PAGE_NUMBER_FORMS.some((form) => form.test(text.trim()));
/** A line with its digits masked: the same running header on every page, whatever its page or issue number. */
const shape = (text: string) => text.replace(/\s+/g, '').replace(/\d+/g, '#');

export function removeFurniture(pages: Line[][]): RemovedPart[] {
  const found: { part: RemovedPart; y: number }[] = [];
  const running = runningShapes(pages);
  const bareNumbers = bareNumbersRun(pages);
  pages.forEach((lines, p) => {
    const drop = (k: number, kind: RemovedPart['kind']) => {
      found.push({ part: { kind, text: lines[k].text, page: lines[k].page }, y: lines[k].y });
      lines.splice(k, 1);
    };
    for (let pass = 0; pass < EDGE_LINES; pass++) {
      for (const edge of ['top', 'bottom'] as const) {
        const k = edge === 'top' ? 0 : lines.length - 1;
        if (k < 0) continue;
        const text = lines[k].text.trim();
        if (isPageNumber(text) && (!BARE_NUMBER.test(text) || bareNumbers[p])) drop(k, 'page-number');
        else if (running.has(`${edge}\u0000${shape(text)}`)) drop(k, edge === 'top' ? 'page-header' : 'page-footer');
      }
    }
  });
  // In page order, each page's parts top to bottom; a contents page after its page's header.
  found.sort((a, b) => a.part.page! - b.part.page! || b.y - a.y);
  const removed = found.map((f) => f.part);
  for (const contents of removeContents(pages)) {
    const after = removed.findIndex((r) => r.page! > contents.page! || (r.page === contents.page && r.kind === 'page-number'));
    removed.splice(after < 0 ? removed.length : after, 0, contents);
  }
  return removed;
}

/** Shapes of the lines at a page's top or bottom edge that recur on enough pages to be running headers or footers. */
function runningShapes(pages: Line[][]): Set<string> {
  const counts = new Map<string, number>();
  for (const lines of pages) {
    const seen = new Set<string>();
    for (let k = 0; k < Math.min(EDGE_LINES, lines.length); k++) {
      seen.add(`top\u0000${shape(lines[k].text)}`);
      seen.add(`bottom\u0000${shape(lines[lines.length - 1 - k].text)}`);
    }
    for (const key of seen) counts.set(key, (counts.get(key) ?? 0) + 1);
  }
  const needed = Math.max(2, Math.ceil(RUNNING_SHARE * pages.length));
  return new Set([...counts].filter(([key, n]) => n >= needed && key.length > 8).map(([key]) => key));
}

/**
 * Per page, whether a bare number at its edge is its page number: only when
 * such numbers count up with the pages on most of them, as page numbers do
 * (a line "3" alone can be the end of a table or a list otherwise).
 */
function bareNumbersRun(pages: Line[][]): boolean[] {
  const offsets = new Map<number, number>();
  const found = pages.map((lines, p) => {
    const edges = [lines[0], lines[lines.length - 1]].filter(Boolean);
    const number = edges.map((l) => l.text.trim()).find((t) => BARE_NUMBER.test(t));
    if (number === undefined) return null;
    const offset = Number(number) - p;
    offsets.set(offset, (offsets.get(offset) ?? 0) + 1);
    return offset;
  });
  let best = 0;
  let bestOffset = NaN;
  for (const [offset, n] of offsets) if (n > best) [best, bestOffset] = [n, offset];
  const counts = pages.length === 1 || best >= Math.max(2, pages.length / 2);
  return found.map((offset) => counts && offset === bestOffset);
}

/** Contents pages: one headed 目录, and the pages after it that go on listing entries. Their lines leave the text. */
function removeContents(pages: Line[][]): RemovedPart[] {
  const removed: RemovedPart[] = [];
  let inContents = false;
  for (const lines of pages) {
    if (lines.length === 0) continue;
    const headed = CONTENTS_TITLE.test(lines[0].text.trim());
    const entries = lines.filter((l) => CONTENTS_ENTRY.test(l.text.trim())).length;
    inContents = (headed && entries >= CONTENTS_SHARE * (lines.length - 1) * 0.6) || (inContents && entries >= CONTENTS_SHARE * lines.length);
    if (!inContents) continue;
    removed.push({ kind: 'contents', text: lines.map((l) => l.text).join('\n'), page: lines[0].page });
    lines.length = 0;
  }
  return removed;
}
