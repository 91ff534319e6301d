/**
 * The Markdown reader: a Markdown plan's structure, for the assembler
 * (src/pipeline/assemble.ts). Headings whose text starts with a numbering marker
 * (`## （一）指导思想`) are the sections; their nesting comes from heading
 * depth, so levels follow the document's own `#` order. A paragraph that is
 * all bold and starts with a marker is a heading deeper than `######` (that
 * is how plan-parse writes levels past 6). Every position points into the
 * Markdown source.
 *
 * The targets stage reads a *masked* copy of the source (`targetText`): the same length and the same line breaks, so its offsets are
 * source offsets, with Markdown syntax blanked out — heading marks, bold
 * marks of deep headings, the table delimiter row, and table pipes turned
 * into tabs so an indicator table reads as the tab-separated table the
 * extractor knows. The target tables plan-parse itself writes are blanked
 * whole: their rows repeat targets of the text.
 */
import type { Heading, Nodes, Paragraph, RootContent, Strong, Table } from 'mdast';
import { isTargetTable } from '../markdown/target-table.js';
import { plainText } from '../markdown/plain-text.js';
import { markdownReader } from '../markdown/remark.js';
import type { MarkerStyle } from '../model/schema.js';
import type { Structure } from '../structure/index.js';
import { splitLines } from '../structure/lines.js';
import { matchMarker, skipSpaces } from '../text/markers.js';
import { readMeta } from '../structure/meta.js';
import { SectionBuilder, type Heading as SectionHeading } from '../structure/sections.js';
import type { LineIndex } from '../text/positions.js';

/** Depth given to the first all-bold heading: one past `######`. */
const BOLD_HEADING_DEPTH = 7;

/** A heading with its depth; `boundary` is the heading node's start (its `#`), `bodyStart` the node's end. */
interface Draft extends SectionHeading {
  depth: number;
}

const start = (n: Nodes) => n.position!.start.offset!;
const end = (n: Nodes) => n.position!.end.offset!;

/** A paragraph that is one bold run: `**（1）提升茶园品质**`. */
function boldRun(node: Paragraph): Strong | null {
  return node.children.length === 1 && node.children[0].type === 'strong' ? node.children[0] : null;
}

/** The source with Markdown syntax replaced, character for character, by blanks. */
class Mask {
  private readonly chars: string[];

  constructor(private readonly text: string) {
    this.chars = text.split(''); // UTF-16 code units, as offsets count
  }

  /** Blanks [from, to), keeping line breaks so lines and columns stay put. */
  blank(from: number, to: number): void {
    for (let i = from; i < to; i++) if (this.text[i] !== '\n' && this.text[i] !== '\r') this.chars[i] = ' ';
  }

  /** A table: pipes and the spaces around them become tabs, the delimiter row blanks. */
  table(node: Table, index: LineIndex): void {
    const rowLines = new Set(node.children.map((r) => index.lineOf(start(r))));
    for (let line = index.lineOf(start(node)); line <= index.lineOf(end(node)); line++) {
      const from = Math.max(start(node), index.lineStarts[line - 1]);
      const to = Math.min(end(node), index.lineStarts[line] ?? this.text.length);
      if (!rowLines.has(line)) {
        this.blank(from, to);
        continue;
      }
      for (let i = from; i < to; i++) if (this.text[i] === '|' && this.text[i - 1] !== '\\') this.chars[i] = '\t';
      for (let i = from; i < to; i++) if (this.chars[i] === '\t') this.tabSpaces(i, from, to);
    }
  }

  private tabSpaces(i: number, from: number, to: number): void {
    for (let j = i - 1; j >= from && this.chars[j] === ' '; j--) this.chars[j] = '\t';
    for (let j = i + 1; j < to && this.chars[j] === ' '; j++) this.chars[j] = '\t';
  }

  toString(): string {
    return this.chars.join('');
  }
}

/** No line of a Markdown source only wraps a paragraph: its own syntax says where paragraphs break. */
const NO_SOFT_BREAKS: ReadonlySet<number> = new Set();

export function readMarkdown(text: string, index: LineIndex): Structure & { targetText: string } {
  const root = markdownReader().parse(text);
  const mask = new Mask(text);
  const sections = new SectionBuilder(text, index);
  /** Depths of the open sections' headings, outermost first. */
  const depths: number[] = [];
  /** Where the first section's heading starts (the preamble ends there); null until one opens. */
  let firstSection: number | null = null;
  /** Marker styles of the open all-bold headings, outermost first: each new style nests one deeper. */
  let boldStyles: MarkerStyle[] = [];
  let title: string | null = null;

  /** A heading's text → a section draft, when it starts with a marker. */
  const heading = (node: RootContent, inline: Heading | Strong, depth: number): Draft | null => {
    if (inline.children.length === 0) return null;
    const t = plainText(inline);
    const i = skipSpaces(t, 0, t.length);
    // A Markdown heading is a heading even when it holds only its marker (## 第一条, then the provision).
    const m = matchMarker(t, i, t.length, true);
    if (!m) return null;
    const marker = t.slice(i, m.end);
    const contentStart = start(inline.children[0]);
    const found = text.indexOf(marker, contentStart);
    return {
      depth,
      style: m.style,
      number: m.number,
      marker,
      title: t.slice(m.end).replace(/^[\s\u3000]+|[\s\u3000]+$/g, ''),
      boundary: start(node),
      bodyStart: end(node),
      markerStart: found >= 0 && found < end(inline) ? found : contentStart,
      headingEnd: end(inline.children[inline.children.length - 1]),
    };
  };

  const candidate = (node: RootContent): Draft | null => {
    if (node.type === 'heading') {
      boldStyles = [];
      return heading(node, node, node.depth);
    }
    const bold = node.type === 'paragraph' ? boldRun(node) : null;
    const draft = bold && heading(node, bold, 0);
    if (!draft) return null;
    const k = boldStyles.indexOf(draft.style);
    boldStyles = k >= 0 ? boldStyles.slice(0, k + 1) : [...boldStyles, draft.style];
    draft.depth = BOLD_HEADING_DEPTH + boldStyles.length - 1;
    return draft;
  };

  for (const node of root.children) {
    if (node.type === 'table') {
      if (isTargetTable(node)) mask.blank(start(node), end(node));
      else mask.table(node, index);
      continue;
    }
    const draft = candidate(node);
    if (!draft) {
      if (node.type === 'heading') {
        // A heading without a marker: the plan's title before the first section, else text.
        if (title === null && firstSection === null && node.depth === 1) title = plainText(node).trim();
        maskSyntax(mask, node, node.children[0] ? start(node.children[0]) : end(node), end(node));
      }
      continue;
    }
    maskSyntax(mask, node, draft.markerStart, draft.headingEnd);
    while (depths.length && depths[depths.length - 1] >= draft.depth) depths.pop();
    sections.add(depths.length, draft);
    depths.push(draft.depth);
    firstSection ??= draft.boundary;
  }

  const tree = sections.finish(text.length);
  const preambleEnd = firstSection ?? text.length;
  return {
    meta: { ...readMeta(splitLines(text, index), []), title },
    planStart: 0,
    planEnd: text.length,
    envelope: { before: null, after: null },
    preamble: { text: text.slice(0, preambleEnd), position: index.position(0, preambleEnd) },
    sections: tree,
    diagnostics: [],
    softBreaks: NO_SOFT_BREAKS,
    targetText: mask.toString(),
  };
}

/** Blanks a heading's syntax: what precedes its text (`## `, `**`) and what follows it (closing `#`s, `**`, a setext underline). */
function maskSyntax(mask: Mask, node: RootContent, textStart: number, textEnd: number): void {
  mask.blank(start(node), textStart);
  mask.blank(textEnd, end(node));
}
