/**
 * A worker for --jobs: reads, parses and renders the files the pool sends
 * it, and posts back each document's text (or the one-line error for its file).
 */
import { parentPort } from 'node:worker_threads';
import { createRenderer, type Renderer } from '../export/index.js';
import { readDocument } from '../read/index.js';
import { describeError, readInput } from './io.js';
import type { JobRequest, JobResult } from './pool.js';

let renderer: Promise<Renderer> | null = null; // one run, one render spec

parentPort!.on('message', async ({ id, name, read, render }: JobRequest) => {
  let result: JobResult;
  try {
    renderer ??= createRenderer(render.kind, render.options);
    const doc = await readDocument(name, readInput(name).bytes, read);
    result = { id, text: (await renderer).document(doc) };
  } catch (e) {
    result = { id, error: describeError(name, e) };
  }
  parentPort!.postMessage(result);
});
