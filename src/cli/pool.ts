/**
 * Parsing and rendering many files on worker threads (--jobs). Results come
 * back in any order and are handed on in the order of the inputs, so the
 * output is the same as with one worker.
 */
import { Worker } from 'node:worker_threads';
import type { ReadOptions } from './documents.js';
import { reportUnreadable } from './io.js';
import type { JobRequest, JobResult, RenderSpec } from './jobs.js';

/** dist/worker.cjs, beside the bundle's other files. */
const WORKER_URL = new URL('./worker.cjs', import.meta.url);

export async function* renderOnWorkers(names: string[], read: ReadOptions, render: RenderSpec, jobs: number): AsyncGenerator<{ name: string; text: Uint8Array[] }> {
  const results = new Map<number, JobResult>();
  let wake: (() => void) | null = null;
  let failure: Error | null = null;
  let next = 0;
  const workers = Array.from({ length: jobs }, () => new Worker(WORKER_URL));
  const dispatch = (w: Worker) => {
    if (next < names.length) w.postMessage({ id: next, name: names[next++], read, render } satisfies JobRequest);
  };
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
      if (r.error !== undefined) reportUnreadable(r.error);
      else yield { name: names[i], text: r.parts };
    }
  } finally {
    await Promise.all(workers.map((w) => w.terminate()));
  }
}
