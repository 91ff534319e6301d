/**
 * JSON: one document as an object, several as an array; indented only when
 * asked (--pretty, or a terminal). Written in pieces — a top-level field, or
 * one element of sections/targets/diagnostics, at a time — so a large plan's
 * JSON is never one string in memory; the pieces join to exactly what
 * JSON.stringify would give.
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
    for (let k = 0; k < v.length; k++) yield (k ? ',' : '') + newline + pad + pad + stringify(v[k], 2);
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
