/**
 * Markdown: mdast from md-tree.ts, written by remark-stringify with GFM
 * tables. Several documents are separated by a thematic break. remark is
 * imported here, when a Markdown run asks for it, not at start-up.
 *
 * A plan read from Markdown has Markdown bodies: they are parsed back into
 * blocks (lists and tables stay lists and tables), without the target tables
 * an earlier run wrote, which this run writes afresh.
 */
import type { PlanDocument } from '../model/schema.js';
import type { Renderer } from './renderer.js';
import { documentTree, textBlocks, type BodyBlocks } from './md-tree.js';
import { displayWidth } from '../present/width.js';

export async function markdownRenderer(): Promise<Renderer> {
  const [{ unified }, { default: remarkGfm }, { default: remarkStringify }, { bodyBlocks }] = await Promise.all([
    import('unified'),
    import('remark-gfm'),
    import('remark-stringify'),
    import('../markdown/body-text.js'),
  ]);
  const blocksOf = (doc: PlanDocument): BodyBlocks => (doc.source.format === 'md' ? bodyBlocks : textBlocks);
  const processor = unified()
    // Pad table cells by display width, so columns of Chinese text line up in an editor.
    .use(remarkGfm, { stringLength: displayWidth })
    .use(remarkStringify, { bullet: '-', rule: '-', emphasis: '_', strong: '*', fences: true, listItemIndent: 'one' });
  return {
    header: () => '',
    // The previous document ended with a newline; a blank line keeps the rule from underlining its last paragraph.
    separator: '\n---\n\n',
    document: (doc) => processor.stringify(documentTree(doc, blocksOf(doc))),
    footer: () => '',
  };
}
