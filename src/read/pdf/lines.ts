/**
 * A page's text runs → its lines, top to bottom: runs whose baselines agree
 * (within a third of the font size) form a line, read left to right. The gap
 * between two runs becomes a space only where a reader would see one:
 * between Latin words or numbers; between Chinese and Latin, only a gap of
 * an em or more (a narrower one is the quarter-em Word and WPS set between
 * Chinese and digits, which must not split "2021年" or "12%"); between two
 * Chinese characters none (a justified line spreads them); a gap of several
 * ems (table cells, a label and its value) becomes a tab.
 */
import type { PageText, TextItem } from './load.js';
import { isWide } from '../wide.js';

export interface Line {
  text: string;
  /** Left and right ends, PDF units from the page's left edge. */
  x: number;
  end: number;
  /** Baseline, PDF units from the page's bottom. */
  y: number;
  /** The font size and font most of the line's characters are set in. */
  size: number;
  font: string;
  page: number;
}

/** Baselines closer than this share of the font size are one line (superscripts and sloppy baselines included). */
const SAME_LINE = 0.35;
/** Gaps below this share of an em are kerning, not spaces. */
const MIN_SPACE = 0.15;
/** Next to a Chinese character, a gap must reach an em to be a space. */
const WIDE_SPACE = 1;
/** A gap this many ems wide separates cells. */
const CELL_GAP = 2.5;

export function pageLines(page: PageText): Line[] {
  const items = page.items.filter((it) => it.text.trim() !== '' || it.width > 0);
  // Top to bottom, then left to right; lines are then gathered in one pass.
  items.sort((a, b) => b.y - a.y || a.x - b.x);
  const lines: Line[] = [];
  let group: TextItem[] = [];
  for (const item of items) {
    if (group.length && Math.abs(group[0].y - item.y) > SAME_LINE * Math.max(group[0].size, item.size)) {
      pushLine(lines, group, page.number);
      group = [];
    }
    group.push(item);
  }
  if (group.length) pushLine(lines, group, page.number);
  return lines;
}

function pushLine(lines: Line[], group: TextItem[], page: number): void {
  group.sort((a, b) => a.x - b.x);
  let text = '';
  let end = -Infinity;
  /** Whitespace seen since the last printed character (a space run, or a run's own leading or trailing space). */
  let spaced = false;
  let previous: TextItem | null = null;
  const chars = new Map<string, number>();
  for (const item of group) {
    const body = closeAutospace(item.text.trim());
    if (body === '') {
      // A space run is a gap, not text: it does not move the line's end (a trailing one would make a short line look full).
      spaced = true;
      continue;
    }
    // Text drawn twice, a little offset, is how some writers make Chinese bold: read it once.
    if (previous && previous.text === item.text && Math.abs(previous.x - item.x) < 0.5 * item.size) continue;
    if (text !== '') {
      const em = Math.max(item.size, previous?.size ?? item.size);
      text += separator((item.x - end) / em, spaced || /^\s/.test(item.text), text.charCodeAt(text.length - 1), body.charCodeAt(0));
    }
    text += body;
    spaced = /\s$/.test(item.text);
    end = Math.max(end, item.x + item.width);
    previous = item;
    const key = `${item.size.toFixed(1)}\u0000${item.font}`;
    chars.set(key, (chars.get(key) ?? 0) + body.length);
  }
  if (text === '') return;
  let main = '';
  let most = -1;
  for (const [key, n] of chars) if (n > most) [main, most] = [key, n];
  const [size, font] = main.split('\u0000');
  lines.push({ text, x: group[0].x, end, y: group[0].y, size: Number(size), font, page });
}

/**
 * Spaces inside a run next to a Chinese character: pdf.js writes one for a
 * gap in the run's positioning — the autospace Word and WPS leave between
 * Chinese and digits, or the letter-spacing of a justified line — which is no
 * space in the text. Only a space between two Latin letters or digits stays.
 */
function closeAutospace(s: string): string {
  if (!s.includes(' ')) return s;
  return s.replace(/ +(?=[^ ])/g, (space, at: number) => (at > 0 && !isWide(s.charCodeAt(at - 1)) && !isWide(s.charCodeAt(at + space.length)) ? ' ' : ''));
}

/** What goes between two runs `gap` ems apart, given the characters either side. */
function separator(gap: number, spaced: boolean, before: number, after: number): string {
  if (gap >= CELL_GAP) return '\t';
  // Between two Chinese characters no gap short of a cell's is a space (a justified line spreads them); beside one, an em is.
  if (isWide(before) && isWide(after)) return '';
  if (isWide(before) || isWide(after)) return gap >= WIDE_SPACE ? ' ' : '';
  return spaced || gap >= MIN_SPACE ? ' ' : '';
}
