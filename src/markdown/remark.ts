/**
 * How plan-parse reads Markdown (CommonMark with GFM tables), in one place:
 * the Markdown reader, the Markdown writer (reading a Markdown plan's bodies
 * back into blocks) and diff (a Markdown version's bodies as text) all parse
 * alike. Importing this loads remark: import it only when Markdown is at hand.
 */
import remarkGfm from 'remark-gfm';
import remarkParse from 'remark-parse';
import { unified } from 'unified';

export function markdownReader() {
  return unified().use(remarkParse).use(remarkGfm);
}
