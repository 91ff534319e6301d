/** What HTML elements are to a reader of a page's text: vocabularies, kept once. */
import type { Element, Nodes } from 'hast';

/** Never text a reader sees. */
export const HIDDEN = new Set(['head', 'script', 'style', 'noscript', 'template', 'iframe', 'object', 'embed', 'svg', 'math', 'canvas', 'select', 'option', 'button', 'input', 'textarea', 'audio', 'video', 'map']);

/** Page furniture by the standard's own meaning: navigation and asides are never the article. */
export const FURNITURE = new Set(['nav', 'aside']);

/** Elements that start a line of their own (the rest run on inline). */
export const BLOCKS = new Set([
  'address', 'article', 'blockquote', 'body', 'caption', 'center', 'dd', 'details', 'dialog', 'dir', 'div', 'dl', 'dt',
  'fieldset', 'figcaption', 'figure', 'footer', 'form', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'header', 'hgroup', 'hr',
  'html', 'legend', 'li', 'main', 'menu', 'ol', 'p', 'pre', 'section', 'summary', 'table', 'tbody', 'td', 'tfoot', 'th',
  'thead', 'tr', 'ul',
]);

export const HEADINGS = new Set(['h1', 'h2', 'h3']);

export function isElement(node: Nodes): node is Element {
  return node.type === 'element';
}

/** Shown? An element hidden by its `hidden` attribute or an inline display:none is not read. */
export function isShown(element: Element): boolean {
  if (HIDDEN.has(element.tagName) || element.properties.hidden) return false;
  const style = element.properties.style;
  return !(typeof style === 'string' && /display\s*:\s*none|visibility\s*:\s*hidden/i.test(style));
}
