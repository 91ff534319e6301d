/**
 * Runs a renderer over the named inputs: the shared output loop of the
 * parse and targets commands. Standard output streams document by document
 * (a closed pipe ends the run quietly, see io.ts); -o FILE is written once,
 * at the end, so a failed run does not leave half a file.
 */
import type { Renderer } from '../export/index.js';
import type { ReadOptions } from '../read/index.js';
import { parseInputs } from './documents.js';
import { writeOutput } from './io.js';
import { progress } from './progress.js';

export async function renderInputs(renderer: Renderer, names: string[], read: ReadOptions, output: string | undefined, jobs: number): Promise<void> {
  const parts: string[] = [];
  const status = progress(names.length);
  const emit = (s: string) => {
    if (!s) return;
    status.clear();
    if (output) parts.push(s);
    else writeOutput(s, undefined);
  };
  emit(renderer.header());
  let k = 0;
  for await (const doc of parseInputs(names, read, jobs)) {
    emit(renderer.document(doc, k === 0));
    status.done(++k, doc.source.name);
  }
  status.clear();
  emit(renderer.footer());
  if (output) writeOutput(parts.join(''), output);
}
