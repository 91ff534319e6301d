/**
 * Progress on stderr for long runs (more than PROGRESS_AFTER files) when
 * stderr is a terminal: one line, rewritten in place, cleared before any
 * output so it never mixes with results shown on the same terminal.
 */
import { truncate } from '../present/width.js';
import { isQuiet } from './notes.js';

const PROGRESS_AFTER = 20;
const CLEAR_LINE = '\r\x1b[K';

export interface Progress {
  /** File `k` (1-based) of the run has been parsed. */
  done(k: number, name: string): void;
  clear(): void;
}

const silent: Progress = { done: () => {}, clear: () => {} };

export function progress(total: number, stream?: NodeJS.WriteStream): Progress {
  if (total <= PROGRESS_AFTER || isQuiet()) return silent;
  // Only now: process.stderr is a stream to set up, which a short run need not pay for.
  const err = stream ?? process.stderr;
  if (!err.isTTY) return silent;
  let shown = false;
  return {
    done(k, name) {
      const text = `[${k}/${total}] ${name}`;
      err.write(CLEAR_LINE + truncate(text, Math.max(10, (err.columns ?? 80) - 1)));
      shown = true;
    },
    clear() {
      if (shown) err.write(CLEAR_LINE);
      shown = false;
    },
  };
}
