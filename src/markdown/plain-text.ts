/** The text of mdast content without its Markdown syntax (emphasis marks, escapes, link targets). */
import type { Nodes } from 'mdast';

export function plainText(node: Nodes): string {
  if (node.type === 'text' || node.type === 'inlineCode') return node.value;
  if ('children' in node) return (node.children as Nodes[]).map(plainText).join('');
  return '';
}
