/**
 * The one assembler: every input form's reader yields the document's
 * structure, and the targets stage and the document itself are made here,
 * so every form gives a document of the same shape, in the same order.
 */
import type { InputFormat } from '../model/formats.js';
import type { PlanDocument } from '../model/schema.js';
import type { Structure } from '../structure/index.js';
import { extractTargets } from '../targets/index.js';
import type { LineIndex } from '../text/positions.js';
import { documentSource, type SourceOptions } from './source.js';

/** What a reader yields for the assembler. */
export interface Reading extends Structure {
  /**
   * The text the targets stage reads, when not the source itself: a copy of
   * the same length and line breaks (so its offsets are source offsets) with
   * markup blanked out, as the Markdown reader makes.
   */
  targetText?: string;
}

export function assemble(text: string, index: LineIndex, reading: Reading, format: InputFormat, source: SourceOptions): PlanDocument {
  const { targets, diagnostics: targetDiagnostics } = extractTargets({
    text: reading.targetText ?? text,
    index,
    planStart: reading.planStart,
    planEnd: reading.planEnd,
    sections: reading.sections,
    softBreaks: reading.softBreaks,
    document: reading.meta,
  });
  const findings = reading.diagnostics.concat(targetDiagnostics);
  // Code-point order for ties, not localeCompare: the output must not depend on the machine's locale.
  findings.sort((a, b) => a.start - b.start || (a.code < b.code ? -1 : a.code > b.code ? 1 : 0));
  const diagnostics = findings.map(({ severity, code, message, start, end }) => ({ severity, code, message, position: index.position(start, end) }));
  return {
    schemaVersion: 1,
    source: documentSource(text, format, source),
    meta: reading.meta,
    plan: { position: index.position(reading.planStart, reading.planEnd) },
    envelope: reading.envelope,
    preamble: reading.preamble,
    sections: reading.sections,
    targets,
    diagnostics,
  };
}
