/**
 * Targets stage: quantitative statements of the plan body.
 * (Placeholder until the targets work lands: returns none.)
 */
import type { Diagnostic, Section, Target } from '../model/schema.js';
import type { LineIndex } from '../text/positions.js';

export interface TargetInput {
  /** The whole decoded text; offsets are into it. */
  text: string;
  index: LineIndex;
  /** The plan proper: [planStart, planEnd) offsets; text outside is wrapper. */
  planStart: number;
  planEnd: number;
  /** The section tree (positions, titles, ids). */
  sections: Section[];
}

export interface TargetResult {
  targets: Target[];
  diagnostics: Diagnostic[];
}

export function extractTargets(_input: TargetInput): TargetResult {
  return { targets: [], diagnostics: [] };
}
