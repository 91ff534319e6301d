/**
 * A worker for --jobs: reads, parses and renders the files the pool sends
 * it, and posts back each document's output as UTF-8 buffers (or the
 * one-line error for its file). Encoding here and transferring the bytes,
 * rather than posting the string, spares both threads a copy and leaves the
 * main thread only writing: a posted string is serialised, copied and encoded again.
 */
import { parentPort } from 'node:worker_threads';
import { createRenderer, renderDocument, type Renderer } from '../export/index.js';
import { loadDocument } from '../pipeline/parse.js';
import { chunkWriter } from './chunks.js';
import { describeError, readInput } from './io.js';
import type { JobRequest, JobResult } from './jobs.js';

let renderer: Promise<Renderer> | null = null; // one run, one render spec
/** The output of the document at hand: each buffer copied out of the writer's own into one of its own, which can be transferred. */
let parts: Uint8Array<ArrayBuffer>[] = [];
const out = chunkWriter((bytes) => parts.push(new Uint8Array(bytes)));

parentPort!.on('message', async ({ id, name, read, render }: JobRequest) => {
  try {
    renderer ??= createRenderer(render.kind, render.options);
    const doc = await loadDocument(readInput(name).bytes, { ...read, name });
    const rendered = renderDocument(await renderer, doc);
    for (const piece of typeof rendered === 'string' ? [rendered] : rendered) out.write(piece);
    out.flush();
    const done = parts;
    parts = [];
    parentPort!.postMessage({ id, parts: done } satisfies JobResult, done.map((p) => p.buffer));
  } catch (e) {
    parentPort!.postMessage({ id, error: describeError(name, e) } satisfies JobResult);
  }
});
