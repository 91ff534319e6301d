/**
 * Parsing many files on worker threads (--jobs). Results come back in any
 * order and are handed on in the order of the inputs, so the output is the
 * same as with one worker.
 */
import { Worker } from 'node:worker_threads';
import type { PlanDocument } from '../model/schema.js';
import type { ReadOptions } from '../read/index.js';

export interface JobRequest {
  id: number;
  name: string;
  options: ReadOptions;
}

export type JobResult = { id: number; doc: PlanDocument; error?: undefined } | { id: number; error: string; doc?: undefined };

/** dist/worker.js, beside the bundle's other files. */
const WORKER_URL = new URL('./worker.js', import.meta.url);

export async function* parseOnWorkers(names: string[], options: ReadOptions, jobs: number): AsyncGenerator<JobResult> {
  const results = new Map<number, JobResult>();
  let wake: (() => void) | null = null;
  let next = 0;
  const workers = Array.from({ length: Math.min(jobs, names.length) }, () => new Worker(WORKER_URL));
  const dispatch = (w: Worker) => {
    if (next < names.length) w.postMessage({ id: next, name: names[next++], options } satisfies JobRequest);
  };
  let failure: Error | null = null;
  for (const w of workers) {
    w.on('message', (r: JobResult) => {
      results.set(r.id, r);
      dispatch(w);
      wake?.();
    });
    w.on('error', (e) => {
      failure = e;
      wake?.();
    });
    dispatch(w);
  }
  try {
    for (let i = 0; i < names.length; i++) {
      while (!results.has(i)) {
        if (failure) throw failure;
        await new Promise<void>((resolve) => (wake = resolve));
      }
      const r = results.get(i)!;
      results.delete(i);
      yield r;
    }
  } finally {
    await Promise.all(workers.map((w) => w.terminate()));
  }
}
