/**
 * The format an output file's name asks for, as pandoc reads `-o out.csv`:
 * an explicit --format wins; a name with none of these extensions leaves
 * the command's own default.
 */
import { extname } from 'node:path';
import { UsageError } from './usage-error.js';

/** File extensions and the format (a --format value) each one names. */
const BY_EXTENSION: Record<string, string> = {
  '.json': 'json',
  '.ndjson': 'ndjson',
  '.jsonl': 'ndjson',
  '.csv': 'csv',
  '.md': 'md',
  '.markdown': 'md',
};

/**
 * The format for `-o file` among the command's `choices`, or undefined when
 * the name says nothing. A name that asks for a format this command cannot
 * write is a usage error, not a file of some other format under that name.
 */
export function formatOfOutput<F extends string>(file: string | undefined, choices: readonly F[], command: string): F | undefined {
  if (!file) return undefined;
  const ext = extname(file).toLowerCase();
  const format = BY_EXTENSION[ext];
  if (format === undefined) return undefined;
  if (!(choices as readonly string[]).includes(format)) {
    const names = Object.keys(BY_EXTENSION).filter((e) => (choices as readonly string[]).includes(BY_EXTENSION[e]));
    throw new UsageError(`${command}: -o ${file}: ${ext} asks for ${format}, which ${command} does not write; name a ${names.join(' ')} file, or give --format`);
  }
  return format as F;
}
