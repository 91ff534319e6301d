/** What the tree's diagnostics share: how a message names a parent. */
import type { Section } from '../model/schema.js';

/** How a message names a parent: its marker, or the top level. */
export const label = (s: Section | null) => (s ? s.marker : 'the top level');
