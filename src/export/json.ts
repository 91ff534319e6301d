/**
 * JSON: one document as an object, several as an array; indented only when
 * asked (--pretty, or a terminal). Written in pieces — a top-level field, or
 * one element of sections/targets/diagnostics, at a time — so a large plan's
 * JSON is never one string in memory. A chapter whose JSON would be large is
 * itself written subsection by subsection: V8 puts a string of over 128 KB
 * straight into the old generation, where it stays until a full collection,
 * and a run that writes many would grow its heap by the size of its output.
 * The pieces join to exactly what JSON.stringify would give.
 */
import type { PlanDocument, Section } from '../model/schema.js';
import type { RenderOptions, Renderer } from './renderer.js';

/** Sections whose text (bodies and titles, subsections included) is longer than this are written in parts. */
const LARGE_SECTION = 16_000;

/** Characters of running text in a section and its subsections: most of the size of its JSON. */
function textLength(s: Section): number {
  let n = s.body.length + s.title.length;
  for (const c of s.children) n += textLength(c);
  return n;
}

export function* jsonPieces(value: object, indent: number): Generator<string> {
  const pad = ' '.repeat(indent);
  const newline = indent ? '\n' : '';
  const colon = indent ? ': ' : ':';
  const stringify = (v: unknown, depth: number) => {
    const json = JSON.stringify(v, null, indent || undefined);
    return indent ? json.replace(/\n/g, '\n' + pad.repeat(depth)) : json; // strings hold no raw newline: JSON escapes it
  };
  /** A section at `depth`: whole, or (when large) its own fields, then each subsection. */
  function* section(s: Section, depth: number): Generator<string> {
    if (s.children.length === 0 || textLength(s) <= LARGE_SECTION) {
      yield stringify(s, depth);
      return;
    }
    // `children` is a section's last field: its own fields end with "children":[] and the closing brace.
    const close = newline + pad.repeat(depth) + '}';
    const own = stringify({ ...s, children: [] }, depth);
    yield own.slice(0, own.length - '[]'.length - close.length);
    const inner = newline + pad.repeat(depth + 2);
    for (let k = 0; k < s.children.length; k++) {
      yield (k ? ',' : '[') + inner;
      yield* section(s.children[k], depth + 2);
    }
    yield newline + pad.repeat(depth + 1) + ']' + close;
  }
  yield '{';
  let first = true;
  for (const [key, v] of Object.entries(value)) {
    if (v === undefined) continue;
    const head = (first ? '' : ',') + newline + pad + JSON.stringify(key) + colon;
    first = false;
    if (!Array.isArray(v) || v.length === 0) {
      yield head + stringify(v, 1);
      continue;
    }
    yield head + '[';
    for (let k = 0; k < v.length; k++) {
      const at = (k ? ',' : '') + newline + pad + pad;
      if (key === 'sections') {
        yield at;
        yield* section(v[k] as Section, 2);
      } else yield at + stringify(v[k], 2);
    }
    yield newline + pad + ']';
  }
  yield newline + '}';
}

export function jsonRenderer(options: RenderOptions): Renderer {
  const indent = options.pretty ? 2 : 0;
  function* pieces(doc: PlanDocument): Generator<string> {
    yield* jsonPieces(doc, indent);
    if (!options.multi) yield '\n';
  }
  return {
    header: () => (options.multi ? '[\n' : ''),
    separator: ',\n',
    document: (doc) => [...pieces(doc)].join(''),
    pieces,
    footer: () => (options.multi ? '\n]\n' : ''),
  };
}
