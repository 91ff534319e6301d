/**
 * Parses the named inputs in order, on worker threads when there are many.
 * A file that cannot be read is reported on stderr (exit code 2 at the end)
 * and the others go on.
 */
import { availableParallelism } from 'node:os';
import type { PlanDocument } from '../model/schema.js';
import { readDocument, type ReadOptions } from '../read/index.js';
import { describeError, readInput, UsageError } from './io.js';

/** Below this many files per worker, starting workers costs more than it saves. */
const FILES_PER_WORKER = 4;

export function jobCount(option: string | undefined): number {
  if (option === undefined) return availableParallelism();
  const n = Number(option);
  if (!Number.isInteger(n) || n < 1) throw new UsageError(`--jobs takes a whole number of workers, 1 or more, not "${option}"`);
  return n;
}

export async function* parseInputs(names: string[], options: ReadOptions, jobs = 1): AsyncGenerator<PlanDocument> {
  const workers = Math.min(jobs, Math.floor(names.length / FILES_PER_WORKER));
  if (workers > 1 && !names.includes('-')) {
    const { parseOnWorkers } = await import('./pool.js');
    for await (const r of parseOnWorkers(names, options, workers)) {
      if (r.doc) yield r.doc;
      else fail(r.error);
    }
    return;
  }
  for (const name of names) {
    let doc: PlanDocument;
    try {
      doc = await readDocument(name, readInput(name).bytes, options);
    } catch (e) {
      fail(describeError(name, e));
      continue;
    }
    yield doc;
  }
}

function fail(message: string): void {
  process.stderr.write(message + '\n');
  process.exitCode = 2;
}
