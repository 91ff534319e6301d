/**
 * Runs a renderer over the named inputs: the shared output loop of the
 * parse and targets commands. Standard output streams document by document
 * (a closed pipe ends the run quietly, see io.ts); -o FILE is written once,
 * at the end, so a failed run does not leave half a file.
 */
import { createRenderer, renderStream, type RendererKind, type RenderOptions } from '../export/index.js';
import type { ReadOptions } from '../read/index.js';
import { parseInputs, workerCount } from './documents.js';
import { writeOutput } from './io.js';
import { progress } from './progress.js';

/** What to render and how: plain data, so worker threads can build the same renderer. */
export interface RenderSpec {
  kind: RendererKind;
  options: RenderOptions;
}

export async function renderInputs(spec: RenderSpec, names: string[], read: ReadOptions, output: string | undefined, jobs: number): Promise<void> {
  const parts: string[] = [];
  const status = progress(names.length);
  const stream = renderStream(await createRenderer(spec.kind, spec.options), (s) => {
    if (!s) return;
    status.clear();
    if (output) parts.push(s);
    else writeOutput(s, undefined);
  });
  let k = 0;
  for await (const { name, text } of renderedInputs(spec, names, read, jobs)) {
    stream.add(text);
    status.done(++k, name);
  }
  status.clear();
  stream.end();
  if (output) writeOutput(parts.join(''), output);
}

/** Each readable input's rendered text, in input order: on worker threads when there are many files. */
async function* renderedInputs(spec: RenderSpec, names: string[], read: ReadOptions, jobs: number): AsyncGenerator<{ name: string; text: string }> {
  const workers = workerCount(names, jobs);
  if (workers > 1) {
    const { renderOnWorkers } = await import('./pool.js');
    yield* renderOnWorkers(names, read, spec, workers);
    return;
  }
  const renderer = await createRenderer(spec.kind, spec.options);
  for await (const doc of parseInputs(names, read)) yield { name: doc.source.name, text: renderer.document(doc) };
}
