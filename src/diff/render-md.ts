/**
 * Markdown for a pull-request comment: a summary line of counts, the target
 * changes as a table, then the section changes as a list, body edits shown
 * inline as <del>deleted</del> and <ins>inserted</ins>: HTML, because GitHub
 * will not close ~~ or ** after Chinese punctuation (commonmark-spec#650),
 * and edits of Chinese text usually end in it.
 *
 * Built as mdast and written by remark-stringify, which escapes what titles
 * may hold (|, *, _) and writes character references where GitHub would not
 * otherwise see emphasis next to Chinese punctuation. remark loads here, only
 * when a Markdown report is asked for.
 *
 * GitHub refuses comments over 65,536 characters: a report that would be
 * longer lists as many changes as fit, most important first, and says how
 * many it left out.
 */
import type { List, ListItem, Paragraph, PhrasingContent, Root, RootContent, Table, TableRow } from 'mdast';
import type { BodyDiffSegment, Change, DocumentDiff } from '../model/diff-schema.js';
import { isTargetChange } from '../model/change-types.js';
import { CHANGE_LABELS, clip, figure, heading, headline, summaryLine, verdict, where } from '../present/describe.js';
import { summarize } from './index.js';

export const MAX_COMMENT_LENGTH = 65_536;

export async function renderMarkdown(diff: DocumentDiff, maxLength = MAX_COMMENT_LENGTH): Promise<string> {
  const [{ unified }, { default: remarkGfm }, { default: remarkStringify }] = await Promise.all([
    import('unified'),
    import('remark-gfm'),
    import('remark-stringify'),
  ]);
  // No padding of table cells: it would only spend the comment's characters.
  const processor = unified().use(remarkGfm, { tablePipeAlign: false }).use(remarkStringify, { bullet: '-', strong: '*', listItemIndent: 'one' });
  let shown = diff.changes.length;
  for (;;) {
    const markdown = processor.stringify(reportTree(diff, shown));
    if (markdown.length <= maxLength || shown === 0) return markdown;
    // Shrink in proportion to the excess, by at least one change.
    shown = Math.min(shown - 1, Math.floor((shown * maxLength * 0.95) / markdown.length));
  }
}

function reportTree(diff: DocumentDiff, shown: number): Root {
  const changes = diff.changes.slice(0, shown);
  const targets = changes.filter((c) => isTargetChange(c.type));
  const sections = changes.filter((c) => !isTargetChange(c.type));
  const children: RootContent[] = [
    paragraph([
      { type: 'strong', children: [text('plan-parse diff')] },
      text(' '),
      { type: 'inlineCode', value: diff.old.name },
      text(' → '),
      { type: 'inlineCode', value: diff.new.name },
      text(`: ${summaryLine(diff.summary)}`),
    ]),
  ];
  if (targets.length) children.push({ type: 'heading', depth: 3, children: [text('Targets')] }, targetTable(targets));
  if (sections.length) children.push({ type: 'heading', depth: 3, children: [text('Sections')] }, sectionList(sections));
  const left = diff.changes.slice(shown);
  if (left.length) {
    children.push(
      paragraph([
        text(`${left.length} more changes not shown (${summaryLine(summarize(left))}); `),
        { type: 'inlineCode', value: 'plan-parse diff --format json' },
        text(' lists them all.'),
      ]),
    );
  }
  return { type: 'root', children };
}

function targetTable(changes: Change[]): Table {
  const row = (cells: string[]): TableRow => ({
    type: 'tableRow',
    children: cells.map((c) => ({ type: 'tableCell', children: c ? [text(c)] : [] })),
  });
  return {
    type: 'table',
    children: [
      row(['Change', 'Indicator', 'Old', 'New', 'Section', 'Line']),
      ...changes.map((c) => {
        const ref = (c.new ?? c.old)!;
        return row([
          verdict(c),
          ref.indicator ?? '',
          c.old ? figure(c.old) : '',
          c.new ? figure(c.new) : '',
          heading(ref),
          where(c).replace(/^line /, ''),
        ]);
      }),
    ],
  };
}

function sectionList(changes: Change[]): List {
  return {
    type: 'list',
    ordered: false,
    spread: false,
    children: changes.map((c): ListItem => {
      const label = CHANGE_LABELS[c.type];
      const line: PhrasingContent[] = [
        { type: 'strong', children: [text(label[0].toUpperCase() + label.slice(1))] },
        text(` ${headline(c)} (${where(c)})`),
      ];
      // The body edit on a line of its own, in the same paragraph, so the list stays tight.
      if (c.bodyDiff) line.push({ type: 'break' }, ...c.bodyDiff.map(bodySegment));
      return { type: 'listItem', spread: false, children: [paragraph(line)] };
    }),
  };
}

function bodySegment(s: BodyDiffSegment): PhrasingContent {
  if (s.op === 'equal') return text(s.text);
  const tag = s.op === 'delete' ? 'del' : 'ins';
  return { type: 'html', value: `<${tag}>${escapeHtml(clip(s.text))}</${tag}>` };
}

function escapeHtml(s: string): string {
  return s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
}

function paragraph(children: PhrasingContent[]): Paragraph {
  return { type: 'paragraph', children };
}

function text(value: string): PhrasingContent {
  return { type: 'text', value };
}
