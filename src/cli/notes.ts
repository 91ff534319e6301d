/**
 * Notes on stderr that are not errors: files skipped in a folder, the lint
 * summary, progress. `--quiet` silences them; errors are always said.
 */
let quiet = false;

export function beQuiet(): void {
  quiet = true;
}

export function isQuiet(): boolean {
  return quiet;
}

export function note(message: string): void {
  if (!quiet) process.stderr.write(message + '\n');
}
