/**
 * Parses the named inputs in order. A file that cannot be read is reported
 * on stderr (exit code 2 at the end) and the others go on.
 */
import type { PlanDocument } from '../model/schema.js';
import { loadDocument, type LoadOptions } from '../pipeline/parse.js';
import { describeError, readInput, reportUnreadable, UsageError } from './io.js';

/** How every input of a run is read: all but its name. */
export type ReadOptions = Omit<LoadOptions, 'name'>;

/** Below this many files per worker, starting workers costs more than it saves. */
const FILES_PER_WORKER = 4;

/**
 * Workers only when asked for: each is a V8 isolate that warms up the parser
 * for itself, which on two cores costs more than it saves (docs/performance.md).
 * `--jobs N` opts in for longer runs, or where cores are really free.
 */
export function jobCount(option: string | undefined): number {
  if (option === undefined) return 1;
  const n = Number(option);
  if (!Number.isInteger(n) || n < 1) throw new UsageError(`--jobs takes a whole number of workers, 1 or more, not "${option}"`);
  return n;
}

/** How many worker threads to start for these inputs (1: none). Standard input is read on the main thread. */
export function workerCount(names: string[], jobs: number): number {
  if (names.includes('-')) return 1;
  return Math.max(1, Math.min(jobs, Math.floor(names.length / FILES_PER_WORKER)));
}

export async function* parseInputs(names: string[], options: ReadOptions): AsyncGenerator<PlanDocument> {
  for (const name of names) {
    let doc: PlanDocument;
    try {
      doc = await loadDocument(readInput(name).bytes, { ...options, name });
    } catch (e) {
      reportUnreadable(describeError(name, e));
      continue;
    }
    yield doc;
  }
}
