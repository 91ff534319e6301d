/**
 * plan-parse as a library: `parse(text)` for decoded text, `parseBytes(bytes)`
 * for a file's raw bytes (encoding detection included). Both return the
 * document object that `plan-parse --json` prints.
 */
import type { PlanDocument } from './model/schema.js';
import { decode, type Encoding } from './read/decode.js';
import { documentSource, type SourceOptions } from './read/source.js';
import { buildStructure } from './structure/index.js';
import { extractTargets } from './targets/index.js';
import { sha256 } from './text/hash.js';
import { LineIndex } from './text/positions.js';

export type * from './model/schema.js';
export { InputError, type Encoding } from './read/decode.js';

/** What the returned document's `source` records: name, encoding, sha256 of the original bytes. */
export type ParseOptions = SourceOptions;

export function parse(text: string, options: ParseOptions = {}): PlanDocument {
  const index = new LineIndex(text);
  const structure = buildStructure(text, index);
  const { targets, diagnostics: targetDiagnostics } = extractTargets({
    text,
    index,
    planStart: structure.planStart,
    planEnd: structure.planEnd,
    sections: structure.sections,
    softBreaks: structure.softBreaks,
    document: structure.meta,
  });
  const diagnostics = structure.diagnostics.concat(targetDiagnostics);
  // Code-point order for ties, not localeCompare: the output must not depend on the machine's locale.
  diagnostics.sort((a, b) => a.position.start.offset - b.position.start.offset || (a.code < b.code ? -1 : a.code > b.code ? 1 : 0));
  return {
    schemaVersion: 1,
    source: documentSource(text, options),
    meta: structure.meta,
    plan: { position: index.position(structure.planStart, structure.planEnd) },
    envelope: structure.envelope,
    preamble: structure.preamble,
    sections: structure.sections,
    targets,
    diagnostics,
  };
}

export function parseBytes(bytes: Uint8Array, options: { name?: string; encoding?: Encoding } = {}): PlanDocument {
  const decoded = decode(bytes, options.encoding);
  return parse(decoded.text, { name: options.name, encoding: decoded.encoding, sha256: sha256(bytes) });
}

/**
 * Parses a Markdown plan (headings with their markers, GFM indicator tables).
 * Async because the Markdown libraries load only when asked for.
 */
export async function parseMarkdown(text: string, options: ParseOptions = {}): Promise<PlanDocument> {
  return (await import('./read/markdown.js')).parseMarkdown(text, options);
}
