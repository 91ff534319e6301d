/** Diagnostics of the tree's build, by offsets in the text; the structure stage turns them into positions. */
import type { Section } from '../model/schema.js';

export interface DraftDiagnostic {
  severity: 'error' | 'warning' | 'info';
  code: string;
  message: string;
  start: number;
  end: number;
}

/** How a message names a parent: its marker, or the top level. */
export const label = (s: Section | null) => (s ? s.marker : 'the top level');
