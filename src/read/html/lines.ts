/**
 * An element's text as a reader copies it from the page: every block
 * element (p, div, li, h1…) and every <br> ends a line; a table is one line
 * a row, its cells tab-separated (the form the targets stage reads
 * indicator tables in); HTML whitespace collapses to one space, and a line
 * break in the source between two Chinese characters to none, as browsers
 * render it (CSS Text: segment breaks between wide characters vanish).
 */
import type { Element, ElementContent, Root } from 'hast';
import { BLOCKS, FURNITURE, isElement, isShown } from './elements.js';
import { isWide } from '../wide.js';

export class LineWriter {
  readonly lines: string[] = [];
  private current = '';
  /** Whitespace seen since the last text: none, a space, or a space that held a line break. */
  private pending: 0 | 1 | 2 = 0;

  text(raw: string, preformatted: boolean): void {
    if (preformatted) {
      const parts = raw.split(/\r?\n/);
      parts.forEach((part, k) => {
        if (k > 0) this.lineEnd(true);
        this.current += part;
      });
      return;
    }
    const pattern = /[ \t\n\r\f\u00a0]+|[^ \t\n\r\f\u00a0]+/g;
    for (let m = pattern.exec(raw); m; m = pattern.exec(raw)) {
      const piece = m[0];
      const c = piece.charCodeAt(0);
      if (c === 0x20 || c === 0x09 || c === 0x0a || c === 0x0d || c === 0x0c || c === 0xa0) {
        this.pending = /[\n\r]/.test(piece) || this.pending === 2 ? 2 : 1;
        continue;
      }
      if (this.pending && this.current !== '') {
        const soft = this.pending === 2 && isWide(this.current.charCodeAt(this.current.length - 1)) && isWide(c);
        if (!soft) this.current += ' ';
      }
      this.pending = 0;
      this.current += piece;
    }
  }

  /** Ends the line at hand; `keepEmpty` keeps an empty one (a blank line inside <pre>). */
  lineEnd(keepEmpty = false): void {
    const line = this.current.replace(/[ \t]+$/, '');
    if (line !== '' || keepEmpty) this.lines.push(line);
    this.current = '';
    this.pending = 0;
  }

  /** A finished line (a table row), as it is. */
  push(line: string): void {
    this.lineEnd();
    this.lines.push(line);
  }
}

export interface WriteOptions {
  /** Elements written elsewhere or not at all (the title, the article when writing what surrounds it). */
  skip?: Set<Element>;
  /** Called when a skipped element is reached, with the writer at that point. */
  onSkip?: (element: Element, out: LineWriter) => void;
}

export function writeLines(node: Element | Root, out: LineWriter, options: WriteOptions = {}, preformatted = false): void {
  for (const child of node.children as ElementContent[]) {
    if (child.type === 'text') out.text(child.value, preformatted);
    else if (isElement(child)) writeElement(child, out, options, preformatted);
  }
}

function writeElement(element: Element, out: LineWriter, options: WriteOptions, preformatted: boolean): void {
  if (options.skip?.has(element)) {
    options.onSkip?.(element, out);
    return;
  }
  if (!isShown(element)) return;
  const tag = element.tagName;
  if (tag === 'br') return out.lineEnd();
  if (tag === 'tr') return out.push(tableRow(element, options));
  const block = BLOCKS.has(tag) || FURNITURE.has(tag);
  if (block) out.lineEnd();
  writeLines(element, out, options, preformatted || tag === 'pre');
  if (block) out.lineEnd();
}

/** One row: each cell's lines joined by a space, the cells by tabs. */
function tableRow(row: Element, options: WriteOptions): string {
  const cells: string[] = [];
  for (const cell of row.children) {
    if (!isElement(cell) || (cell.tagName !== 'td' && cell.tagName !== 'th') || !isShown(cell)) continue;
    const inner = new LineWriter();
    writeLines(cell, inner, options);
    inner.lineEnd();
    cells.push(inner.lines.join(' ').replace(/\t/g, ' '));
  }
  return cells.join('\t').replace(/\s+$/, '');
}
