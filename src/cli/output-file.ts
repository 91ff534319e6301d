/**
 * `-o FILE`: where the bytes go, without ever harming what is at that path.
 *
 * - A regular file (or a new name) is written into a temporary file in the
 *   same folder and renamed over it at the end, so a failed or interrupted
 *   run leaves the old file whole. The rename is done at the path the link
 *   points to, so a symlink stays a symlink and its target gets the output.
 * - Anything else — a device (/dev/null, /dev/full, /dev/stdout), a FIFO, a
 *   socket — is written in place, as a shell's `>` does: renaming over it
 *   would replace a device node with a file (as root) or never reach the
 *   process reading the FIFO.
 * - SIGINT and SIGTERM remove the temporary file and end the run with
 *   128 + the signal's number, as a shell reports it.
 */
import { chmodSync, closeSync, constants, lstatSync, openSync, readlinkSync, realpathSync, renameSync, rmSync, statSync, type Stats } from 'node:fs';
import { basename, dirname, join, resolve } from 'node:path';
import { UsageError } from './usage-error.js';

export interface FileSink {
  /** Opens the file on first use: a FIFO's open waits for its reader. */
  write(data: Uint8Array): void;
  commit(): void;
  abandon(): void;
}

export type WriteBytes = (fd: number, data: Uint8Array) => void;

/** What the common failures mean, in words; the code stays for a search. */
const REASONS: Record<string, string> = {
  ENOENT: 'its folder does not exist',
  EACCES: 'permission denied',
  EPERM: 'permission denied',
  ENOSPC: 'no space left on the device',
  EROFS: 'read-only file system',
  ENOTDIR: 'a part of the path is not a folder',
};

const describe = (file: string, e: unknown) => {
  const code = (e as NodeJS.ErrnoException).code;
  const reason = code && REASONS[code] ? `${REASONS[code]} (${code})` : (code ?? (e as Error).message);
  return new UsageError(`cannot write ${file}: ${reason}`);
};

export function openFileSink(file: string, writeBytes: WriteBytes): FileSink {
  const existing = statOrUndefined(file);
  if (existing?.isDirectory()) throw new UsageError(`cannot write ${file}: it is a folder (name a file to write)`);
  if (existing && !existing.isFile()) return inPlaceSink(file, writeBytes);
  return replacingSink(file, existing, writeBytes);
}

function statOrUndefined(file: string): Stats | undefined {
  try {
    return statSync(file); // follows symlinks: the target decides how it is written
  } catch {
    return undefined;
  }
}

/** A device or FIFO: opened for writing as it is, never created or replaced. */
function inPlaceSink(file: string, writeBytes: WriteBytes): FileSink {
  let fd: number | undefined;
  const open = () => {
    try {
      // No O_CREAT: the thing is there, and if it went away nothing is made in its place.
      return openSync(file, constants.O_WRONLY | constants.O_TRUNC);
    } catch (e) {
      throw describe(file, e);
    }
  };
  const close = () => {
    if (fd !== undefined) closeSync(fd);
    fd = undefined;
  };
  let opened = false;
  return {
    write(data) {
      if (!opened) {
        fd = open();
        opened = true;
      }
      try {
        writeBytes(fd!, data);
      } catch (e) {
        close();
        throw describe(file, e);
      }
    },
    commit() {
      // Nothing written (an empty result) still opens it: a FIFO's reader gets its end of file.
      if (!opened) fd = open();
      opened = true;
      close();
    },
    abandon: close,
  };
}

/**
 * A regular file or a new one: a temporary file beside the real path (the
 * symlink's target, when the name is a link), renamed over it at commit.
 */
function replacingSink(file: string, existing: Stats | undefined, writeBytes: WriteBytes): FileSink {
  const target = existing ? realpathSync(file) : linkEnd(file);
  const temporary = join(dirname(target), `.${basename(target)}.${process.pid}.tmp`);
  let fd: number | undefined;
  try {
    // O_EXCL: never write through something another process put at this name.
    fd = openSync(temporary, constants.O_WRONLY | constants.O_CREAT | constants.O_EXCL, existing ? existing.mode & 0o7777 : 0o666);
    // The mode given at open is masked by the umask; an existing file keeps its own.
    if (existing) chmodSync(temporary, existing.mode & 0o7777);
  } catch (e) {
    if (fd !== undefined) closeSync(fd);
    rmSync(temporary, { force: true });
    throw describe(file, e);
  }
  const removeTemporary = () => {
    if (fd !== undefined) closeSync(fd);
    fd = undefined;
    rmSync(temporary, { force: true });
  };
  const stopWatching = removeOnSignal(removeTemporary);
  const abandon = () => {
    stopWatching();
    removeTemporary();
  };
  return {
    write(data) {
      try {
        writeBytes(fd!, data);
      } catch (e) {
        abandon();
        throw describe(file, e);
      }
    },
    commit() {
      try {
        closeSync(fd!);
        fd = undefined;
        renameSync(temporary, target);
      } catch (e) {
        abandon();
        throw describe(file, e);
      }
      stopWatching();
    },
    abandon,
  };
}

/** Where a new name's symlinks lead (a link to a file not made yet): the link is kept, the file made at its end. */
function linkEnd(file: string): string {
  let path = file;
  // The kernel's own bound on links followed (ELOOP).
  for (let hops = 0; hops < 40; hops++) {
    try {
      if (!lstatSync(path).isSymbolicLink()) return path;
    } catch {
      return path; // nothing there: the name itself
    }
    path = resolve(dirname(path), readlinkSync(path));
  }
  throw new UsageError(`cannot write ${file}: too many levels of symbolic links`);
}

const SIGNALS = { SIGINT: 130, SIGTERM: 143 } as const;

/**
 * Until the returned function is called, SIGINT or SIGTERM (and any exit
 * that skips commit and abandon) runs `cleanUp` first. The handlers are
 * removed afterwards, so a finished output leaves the default behaviour.
 */
function removeOnSignal(cleanUp: () => void): () => void {
  const handlers = Object.entries(SIGNALS).map(([signal, status]) => {
    const handler = () => {
      cleanUp();
      process.exit(status);
    };
    process.on(signal, handler);
    return [signal, handler] as const;
  });
  process.on('exit', cleanUp);
  return () => {
    for (const [signal, handler] of handlers) process.off(signal, handler);
    process.off('exit', cleanUp);
  };
}
