/**
 * Finding a web page's article among its menus, breadcrumbs, share bars,
 * related links and footers, by the page's structure alone (no site's class
 * names): each run of text a block element holds scores for that element and,
 * less and less, for the few elements around it; text inside links does not
 * score, and an element's score is cut by the share of its text that is
 * links. The best-scoring element is the article body — the element that
 * holds the most running text with the least around it, as in Readability
 * and the text-density extractors.
 */
import type { Element, ElementContent, Root } from 'hast';
import { BLOCKS, FURNITURE, HEADINGS, isElement, isShown } from './elements.js';

/** How much a block's own text counts for the block itself, its parent, grandparent… */
const ANCESTOR_WEIGHTS = [1, 0.9, 0.6, 0.3];

interface Counts {
  /** Characters other than whitespace in the element's shown text. */
  text: number;
  /** Of those, inside links. */
  link: number;
}

function nonSpace(s: string): number {
  let n = 0;
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c > 0x20 && c !== 0xa0 && c !== 0x3000) n++;
  }
  return n;
}

export interface ArticleChoice {
  article: Element;
  /** Characters of running text the article holds. */
  text: number;
}

export function findArticle(root: Root): ArticleChoice | null {
  const scores = new Map<Element, number>();
  const counts = new Map<Element, Counts>();
  const chain: Element[] = [];

  /** Returns the node's counts; `own` collects the text of the nearest block above that is not in a nested block. */
  function visit(node: Element, inLink: boolean, own: Counts): Counts {
    const block = BLOCKS.has(node.tagName);
    const mine: Counts = block ? { text: 0, link: 0 } : own;
    const total: Counts = { text: 0, link: 0 };
    if (block) chain.push(node);
    const link = inLink || node.tagName === 'a';
    for (const child of node.children as ElementContent[]) {
      if (child.type === 'text') {
        const n = nonSpace(child.value);
        total.text += n;
        mine.text += n;
        if (link) {
          total.link += n;
          mine.link += n;
        }
      } else if (isElement(child) && isShown(child) && !FURNITURE.has(child.tagName)) {
        const c = visit(child, link, mine);
        total.text += c.text;
        total.link += c.link;
      }
    }
    if (block) {
      chain.pop();
      counts.set(node, total);
      const running = mine.text - mine.link;
      if (running > 0) {
        for (let d = 0; d < ANCESTOR_WEIGHTS.length; d++) {
          const target = d === 0 ? node : chain[chain.length - d];
          if (!target) break;
          scores.set(target, (scores.get(target) ?? 0) + running * ANCESTOR_WEIGHTS[d]);
        }
      }
    }
    return total;
  }

  for (const child of root.children) if (isElement(child)) visit(child, false, { text: 0, link: 0 });

  let best: Element | null = null;
  let bestScore = 0;
  for (const [element, score] of scores) {
    const c = counts.get(element)!;
    const weighted = score * (1 - c.link / Math.max(1, c.text));
    if (weighted > bestScore) [best, bestScore] = [element, weighted];
  }
  if (!best) return null;
  const c = counts.get(best)!;
  return { article: best, text: c.text - c.link };
}

/**
 * The article's title when the page sets it apart above the body: the
 * nearest h1–h3 before the article among the elements around it (up to
 * three levels out), not a link (a site's name in the banner is one).
 */
export function findTitle(root: Root, article: Element): Element | null {
  const parents = new Map<Element | Root, Element | Root>();
  const index = (node: Element | Root) => {
    for (const child of node.children) {
      if (!isElement(child)) continue;
      parents.set(child, node);
      index(child);
    }
  };
  index(root);
  let node: Element | Root = article;
  for (let level = 0; level < 3; level++) {
    const parent = parents.get(node);
    if (!parent) return null;
    const siblings = parent.children;
    for (let k = siblings.indexOf(node as ElementContent) - 1; k >= 0; k--) {
      const sibling = siblings[k];
      if (!isElement(sibling) || !isShown(sibling) || FURNITURE.has(sibling.tagName)) continue;
      const heading = lastHeading(sibling);
      if (heading) return heading;
    }
    node = parent;
  }
  return null;
}

function lastHeading(element: Element): Element | null {
  if (element.tagName === 'a') return null;
  if (HEADINGS.has(element.tagName)) return hasLink(element) ? null : element;
  for (let k = element.children.length - 1; k >= 0; k--) {
    const child = element.children[k];
    if (!isElement(child) || !isShown(child) || FURNITURE.has(child.tagName)) continue;
    const found = lastHeading(child);
    if (found) return found;
  }
  return null;
}

function hasLink(element: Element): boolean {
  return element.children.some((c) => isElement(c) && (c.tagName === 'a' || hasLink(c)));
}
