/**
 * What every output format implements (a Renderer), and the loop that joins
 * rendered documents into one output.
 */
import type { PlanDocument, Target } from '../model/schema.js';

/** Which targets a run keeps (see target-filter.ts): plain data, so worker threads apply the same choice. */
export interface TargetFilter {
  years?: number[];
  timeframes?: Target['timeframe'][];
  kinds?: Target['kind'][];
}

export interface RenderOptions {
  /** More than one input: JSON becomes an array, records carry their source. */
  multi: boolean;
  color: boolean;
  /** CSV and NDJSON: one record per target (default) or per section. */
  table: 'targets' | 'sections';
  /** CSV: a UTF-8 byte order mark for Excel. */
  bom: boolean;
  /** JSON: indented for reading; compact (less than half the size) for pipelines. */
  pretty?: boolean;
  /** Only the targets this keeps (`plan-parse targets --year …`). */
  filter?: TargetFilter;
  /** CSV and NDJSON records: only these columns, in this order (`--fields`). */
  fields?: string[];
}

/**
 * Renders documents one at a time, so many files stream out in order. A
 * document's text does not depend on its neighbours, so worker threads can
 * render documents while the main thread only joins them.
 */
export interface Renderer {
  header(): string;
  /** Goes between two documents that both rendered something. */
  separator: string;
  document(doc: PlanDocument): string;
  /** The same text in pieces, for a format whose documents can be large (JSON): written as they come. */
  pieces?(doc: PlanDocument): Iterable<string>;
  /** `empty`: no document rendered anything. */
  footer(empty: boolean): string;
}

/**
 * A document's rendered output: whole, or in pieces (written as they come);
 * text, or already encoded as UTF-8 (by a worker thread, so the main thread only writes bytes).
 */
export type Rendered = string | Uint8Array | Iterable<string | Uint8Array>;

/** A document through a renderer: in pieces where the format writes so. */
export function renderDocument(renderer: Renderer, doc: PlanDocument): string | Iterable<string> {
  return renderer.pieces ? renderer.pieces(doc) : renderer.document(doc);
}

/**
 * Joins rendered documents: the header, a separator between documents that
 * rendered something, the footer. `emit` receives the output piece by piece.
 */
export function renderStream(renderer: Renderer, emit: (piece: string | Uint8Array) => void) {
  let empty = true;
  emit(renderer.header());
  return {
    /** One document's output. */
    add(rendered: Rendered): void {
      let started = false;
      for (const piece of typeof rendered === 'string' || rendered instanceof Uint8Array ? [rendered] : rendered) {
        if (piece.length === 0) continue;
        if (!started && !empty) emit(renderer.separator);
        started = true;
        emit(piece);
        empty = false;
      }
    },
    end(): void {
      emit(renderer.footer(empty));
    },
  };
}

/** All documents rendered into one string, as the command line writes them. */
export function renderAll(renderer: Renderer, docs: PlanDocument[]): string {
  let out = '';
  const stream = renderStream(renderer, (piece) => (out += typeof piece === 'string' ? piece : new TextDecoder().decode(piece)));
  for (const doc of docs) stream.add(renderer.document(doc));
  stream.end();
  return out;
}
