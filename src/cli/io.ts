/**
 * Command-line input and output: files, folders and standard input in;
 * standard output or -o FILE out; one-line messages on stderr.
 */
import { fstatSync, readFileSync, statSync, writeSync } from 'node:fs';
import { InputError } from '../read/decode.js';
import { chunkWriter, type ChunkWriter } from './chunks.js';
import { listFolder, READ_EXTENSIONS } from './folders.js';
import { openFileSink } from './output-file.js';
import { UsageError } from './usage-error.js';

export { UsageError } from './usage-error.js';

export interface InputFile {
  /** As the user named it; "-" for standard input. */
  name: string;
  bytes: Uint8Array;
}

/**
 * Expands folders (see folders.ts); "-" or no argument is standard input.
 * `many` says whether the user asked for several documents (several names,
 * or a folder). A folder with no plan file is an error: said on stderr, exit
 * 2 at the end; when nothing at all is left to read, the run stops here.
 */
export function expandInputs(args: string[], recursive = false): { names: string[]; many: boolean } {
  if (args.length === 0) {
    // Reading a terminal would wait silently for typed input: say what is missing instead.
    if (process.stdin.isTTY) throw new UsageError('no input: name a plan file or folder, or pipe a plan in (plan-parse --help)');
    return { names: ['-'], many: false };
  }
  const names: string[] = [];
  const empty: string[] = [];
  let folder = false;
  for (const a of args) {
    if (a !== '-' && isDirectory(a)) {
      folder = true;
      const files = listFolder(a, recursive);
      if (files.length === 0) empty.push(`${a}: no plan files in this folder (${READ_EXTENSIONS}${recursive ? '' : '; -r reads the folders inside it'})`);
      names.push(...files);
    } else names.push(a);
  }
  if (names.length === 0) throw new UsageError(empty.join('; '));
  for (const message of empty) reportUnreadable(`plan-parse: ${message}`);
  return { names, many: folder || args.length > 1 };
}

function isDirectory(path: string): boolean {
  try {
    return statSync(path).isDirectory();
  } catch {
    return false;
  }
}

export function readInput(name: string): InputFile {
  try {
    return { name, bytes: name === '-' ? readFileSync(0) : readFileSync(name) };
  } catch (e) {
    const code = (e as NodeJS.ErrnoException).code;
    if (code === 'ENOENT') throw new InputError('no such file', 'check the path');
    if (code === 'EACCES' || code === 'EPERM') throw new InputError('permission denied', 'check the file permissions');
    if (code === 'EISDIR') throw new InputError('is a folder', 'name the files, or a folder of .txt/.md files');
    throw new InputError(`cannot be read (${code ?? (e as Error).message})`, 'check the path');
  }
}

/** "plan.txt: not valid utf-8 (check the file…)" */
export function describeError(name: string, e: unknown): string {
  if (e instanceof InputError) return `plan-parse: ${name}: ${e.message} (${e.hint})`;
  return `plan-parse: ${name}: ${(e as Error).message}`;
}

/** One line on stderr for an input that cannot be read; the run goes on and exits 2 at the end. */
export function reportUnreadable(message: string): void {
  process.stderr.write(message + '\n');
  process.exitCode = 2;
}

/**
 * Where rendered output goes: -o FILE or standard output, in chunks (see
 * chunks.ts). How a file is written safely (a temporary file renamed into
 * place, or in place for a device or FIFO) is output-file.ts's.
 */
export interface Output extends ChunkWriter {
  commit(): void;
  abandon(): void;
}

export function openOutput(file: string | undefined): Output {
  const sink = file ? openFileSink(file, writeFd) : { write: writeStdout, commit() {}, abandon() {} };
  // The sink writes synchronously, so the chunk writer's buffer is free again when it returns.
  const chunks = chunkWriter(sink.write);
  return {
    ...chunks,
    commit() {
      chunks.flush();
      sink.commit();
    },
    abandon: sink.abandon,
  };
}

const STDOUT = 1;

/**
 * Whether standard output is a terminal, asked without setting up
 * process.stdout (a stream, and for a pipe the net module) when a look at
 * the descriptor settles it: a file or a pipe is no terminal.
 */
export function stdoutIsTerminal(): boolean {
  try {
    if (!fstatSync(STDOUT).isCharacterDevice()) return false;
  } catch {
    return false; // closed
  }
  return process.stdout.isTTY === true;
}

/**
 * All the bytes, written with writeSync on a descriptor. Standard output is
 * written so too, not through process.stdout: no stream (nor, for a pipe,
 * the net module) to load at start-up, and a reader that falls behind holds
 * the run back instead of output queueing up in memory. A closed pipe
 * (plan-parse … | head) ends the run quietly.
 */
function writeFd(fd: number, bytes: Uint8Array): void {
  for (let done = 0; done < bytes.length; ) {
    try {
      done += writeSync(fd, bytes, done);
    } catch (e) {
      const code = (e as NodeJS.ErrnoException).code;
      if (code === 'EPIPE') process.exit(process.exitCode ?? 0);
      if (code !== 'EAGAIN') throw e;
      // A non-blocking pipe (set so by whoever shares it) is full: wait for the reader.
      Atomics.wait(PAUSE, 0, 0, 1);
    }
  }
}
const PAUSE = new Int32Array(new SharedArrayBuffer(4));

/** A full disk or a broken device behind standard output is the user's to fix: one line, exit 2. */
function writeStdout(bytes: Uint8Array): void {
  try {
    writeFd(STDOUT, bytes);
  } catch (e) {
    throw new UsageError(`cannot write standard output: ${(e as NodeJS.ErrnoException).code ?? (e as Error).message}`);
  }
}

/** Writes the whole result to -o FILE or standard output. */
export function writeOutput(text: string, file: string | undefined): void {
  const out = openOutput(file);
  try {
    out.write(text);
    out.commit();
  } catch (e) {
    out.abandon();
    throw e;
  }
}
