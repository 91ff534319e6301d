/**
 * A parsed plan → an mdast tree, serialised by markdown.ts.
 *
 * - The plan's title is a depth-1 heading without a numbering marker, so it
 *   never reads back as a section; docNumber, issuer and date follow as
 *   paragraphs in the forms the metadata reader recognises.
 * - A section is a heading one deeper than its level (the title alone is
 *   `#`, top sections `##`), its text the marker and the title as written
 *   (`### （一）指导思想`). Depths past 6 have no heading:
 *   they become a paragraph that is all bold, which the Markdown reader
 *   takes as a heading one level deeper. Bold text ending in Chinese
 *   punctuation renders on GitHub only when nothing follows it, which holds
 *   for a paragraph that is all bold.
 * - Each section's targets follow its body as a table.
 *
 * How a body becomes blocks is the caller's: paragraphs of plain text, or
 * the parsed Markdown of a plan read from Markdown.
 */
import type { Heading, Paragraph, Root, RootContent } from 'mdast';
import type { PlanDocument, Section } from '../model/schema.js';
import { headingText } from '../present/labels.js';
import { targetTable } from '../markdown/target-table.js';
import { plainText } from '../markdown/plain-text.js';
import { paragraphs } from './paragraphs.js';
import { targetsBySection } from './records.js';

const MAX_HEADING_DEPTH = 6;
export type BodyBlocks = (body: string) => RootContent[];

function paragraph(value: string): Paragraph {
  return { type: 'paragraph', children: [{ type: 'text', value }] };
}

/** A plain-text body: its paragraphs (see paragraphs.ts). */
export const textBlocks: BodyBlocks = (body) => paragraphs(body).map(paragraph);

/** Sections start at `##`: the one `#` is the plan's title. */
const TOP_SECTION_DEPTH = 2;

function sectionHeading(s: Section): Heading | Paragraph {
  const text = { type: 'text', value: headingText(s) } as const;
  const depth = s.level + TOP_SECTION_DEPTH - 1;
  if (depth <= MAX_HEADING_DEPTH) return { type: 'heading', depth: depth as Heading['depth'], children: [text] };
  return { type: 'paragraph', children: [{ type: 'strong', children: [text] }] };
}

/** 2021-12-02 → 2021年12月2日, the form plans print and the metadata reader reads. */
function chineseDate(iso: string): string {
  const [y, m, d] = iso.split('-').map(Number);
  return `${y}年${m}月${d}日`;
}

export function documentTree(doc: PlanDocument, blocks: BodyBlocks): Root {
  const bySection = targetsBySection(doc.targets);
  const children: RootContent[] = [];
  const targetsOf = (id: string | null) => {
    const list = bySection.get(id);
    if (list) children.push(targetTable(list));
  };

  const { title, docNumber, issuer, date } = doc.meta;
  const shown = new Set<string>();
  if (title) {
    children.push({ type: 'heading', depth: 1, children: [{ type: 'text', value: title }] });
    shown.add(title);
  }
  for (const line of [docNumber, issuer, date && chineseDate(date)]) {
    if (!line) continue;
    children.push(paragraph(line));
    shown.add(line);
  }
  // The preamble starts with the title (and, read from Markdown, the metadata): shown above already.
  const isShown = (b: RootContent) => (b.type === 'paragraph' || b.type === 'heading') && shown.has(plainText(b).trim());
  for (const b of blocks(doc.preamble.text)) if (!isShown(b)) children.push(b);
  targetsOf(null);

  const addSection = (s: Section) => {
    children.push(sectionHeading(s));
    children.push(...blocks(s.body));
    targetsOf(s.id);
    s.children.forEach(addSection);
  };
  doc.sections.forEach(addSection);
  return { type: 'root', children };
}
