/**
 * A parse worker for --jobs: reads and parses the files the pool sends it and
 * posts back each document (or the one-line error for its file).
 */
import { parentPort } from 'node:worker_threads';
import { readDocument } from '../read/index.js';
import { describeError, readInput } from './io.js';
import type { JobRequest, JobResult } from './pool.js';

parentPort!.on('message', async ({ id, name, options }: JobRequest) => {
  let result: JobResult;
  try {
    result = { id, doc: await readDocument(name, readInput(name).bytes, options) };
  } catch (e) {
    result = { id, error: describeError(name, e) };
  }
  parentPort!.postMessage(result);
});
