/**
 * What a run asks of the renderers and the worker threads, and what a worker
 * sends back: plain data, so a worker can build the same renderer and the
 * main thread and the workers share these types without importing each other.
 */
import type { RendererKind, RenderOptions } from '../export/index.js';
import type { ReadOptions } from './documents.js';

/** What to render and how. */
export interface RenderSpec {
  kind: RendererKind;
  options: RenderOptions;
}

export interface JobRequest {
  id: number;
  name: string;
  read: ReadOptions;
  render: RenderSpec;
}

/** A document's rendered output as UTF-8, in parts, or the one-line error for its file. */
export type JobResult = { id: number; parts: Uint8Array[]; error?: undefined } | { id: number; error: string; parts?: undefined };
