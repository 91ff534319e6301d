/**
 * The plan files a folder names. Which files count is the input registry's
 * (src/pipeline/inputs.ts: each input form's extensions), so a new form is
 * read from folders without a change here. Symlinks are followed, to files
 * and to folders, with each real folder entered once (a link back up the
 * tree would otherwise loop). Every other entry is skipped with a note that
 * says why, except hidden ones (.git, .DS_Store), as ripgrep and fd do.
 */
import { readdirSync, realpathSync, statSync, type Stats } from 'node:fs';
import { join } from 'node:path';
import { INPUT_FORMS } from '../pipeline/inputs.js';
import { note } from './notes.js';

const EXTENSIONS = [...new Set(Object.values(INPUT_FORMS).flatMap((f) => f.extensions))];

/** What `plan-parse x/` reads: ".txt, .md, .markdown". */
export const READ_EXTENSIONS = EXTENSIONS.join(', ');

export function isPlanName(name: string): boolean {
  const lower = name.toLowerCase();
  return EXTENSIONS.some((e) => lower.endsWith(e));
}

const byCodePoint = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);

/**
 * The plan files under `dir`, in code-point order of their paths; with
 * `recursive`, those of the folders inside too, depth first. `seen` holds
 * the real paths of folders already listed.
 */
export function listFolder(dir: string, recursive: boolean, seen = new Set<string>()): string[] {
  seen.add(realpathSync(dir));
  const files: string[] = [];
  for (const name of readdirSync(dir).sort(byCodePoint)) {
    if (name.startsWith('.')) continue;
    const path = join(dir, name);
    const stats = statOrUndefined(path);
    if (!stats) {
      note(`plan-parse: ${path}: skipped: a symlink to nothing`);
    } else if (stats.isDirectory()) {
      if (!recursive) note(`plan-parse: ${path}: skipped: a folder (-r reads folders inside folders)`);
      else if (seen.has(realpathSync(path))) note(`plan-parse: ${path}: skipped: a link to a folder already read`);
      else files.push(...listFolder(path, recursive, seen));
    } else if (!stats.isFile()) {
      note(`plan-parse: ${path}: skipped: not a regular file`);
    } else if (!isPlanName(name)) {
      note(`plan-parse: ${path}: skipped: not a plan file (${READ_EXTENSIONS}; name it to read it anyway)`);
    } else {
      files.push(path);
    }
  }
  return files;
}

/** The entry as it is reached: a symlink's target (undefined when it points nowhere or cannot be seen). */
function statOrUndefined(path: string): Stats | undefined {
  try {
    return statSync(path);
  } catch {
    return undefined;
  }
}
