/**
 * JSON: one document as an object, several as an array; indented only when
 * asked (--pretty, or a terminal). Written in pieces — one section (without
 * its subsections), target or diagnostic at a time — so a large plan's JSON
 * is never one string in memory, and no piece is so large that V8 puts it
 * straight into the old generation, where it would stay until a full
 * collection. The pieces join to exactly what JSON.stringify would give.
 */
import type { PlanDocument } from '../model/schema.js';
import type { RenderOptions, Renderer } from './index.js';

export function* jsonPieces(value: object, indent: number): Generator<string> {
  const pad = ' '.repeat(indent);
  const newline = indent ? '\n' : '';
  const colon = indent ? ': ' : ':';
  const stringify = (v: unknown, depth: number) => {
    const json = JSON.stringify(v, null, indent || undefined);
    return indent ? json.replace(/\n/g, '\n' + pad.repeat(depth)) : json; // strings hold no raw newline: JSON escapes it
  };
  /** Arrays with elements, and objects that hold one (a section's children), are written element by element. */
  const splits = (v: unknown): boolean =>
    Array.isArray(v) ? v.length > 0 : typeof v === 'object' && v !== null && Object.values(v).some((x) => Array.isArray(x) && x.length > 0);
  function* write(v: unknown, depth: number): Generator<string> {
    if (!splits(v)) {
      yield stringify(v, depth);
      return;
    }
    const inner = newline + pad.repeat(depth + 1);
    if (Array.isArray(v)) {
      for (let k = 0; k < v.length; k++) {
        yield (k ? ',' : '[') + inner;
        yield* write(v[k], depth + 1);
      }
      yield newline + pad.repeat(depth) + ']';
      return;
    }
    let first = true;
    for (const [key, x] of Object.entries(v as object)) {
      if (x === undefined) continue;
      yield (first ? '{' : ',') + inner + JSON.stringify(key) + colon;
      first = false;
      yield* write(x, depth + 1);
    }
    yield newline + pad.repeat(depth) + '}';
  }
  yield* write(value, 0);
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
