/**
 * A worker for --jobs: reads, parses and renders the files the pool sends
 * it, and posts back each document's text as UTF-8 (or the one-line error
 * for its file). Encoding here and transferring the bytes, rather than
 * posting the string, spares both threads a copy and leaves the main thread
 * only writing: a posted string is serialised, copied and encoded again.
 */
import { parentPort } from 'node:worker_threads';
import { createRenderer, type Renderer } from '../export/index.js';
import { readDocument } from '../read/index.js';
import { describeError, readInput } from './io.js';
import type { JobRequest, JobResult } from './pool.js';

let renderer: Promise<Renderer> | null = null; // one run, one render spec
const encoder = new TextEncoder();

parentPort!.on('message', async ({ id, name, read, render }: JobRequest) => {
  try {
    renderer ??= createRenderer(render.kind, render.options);
    const doc = await readDocument(name, readInput(name).bytes, read);
    // TextEncoder gives the bytes their own buffer (Buffer.from may share a pool), so it can be transferred.
    const bytes = encoder.encode((await renderer).document(doc));
    parentPort!.postMessage({ id, bytes } satisfies JobResult, [bytes.buffer]);
  } catch (e) {
    parentPort!.postMessage({ id, error: describeError(name, e) } satisfies JobResult);
  }
});
