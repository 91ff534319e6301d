/**
 * Runs a renderer over the named inputs: the shared output loop of the
 * parse and targets commands. Standard output streams document by document
 * (a closed pipe ends the run quietly, see io.ts); -o FILE streams into a
 * temporary file renamed into place at the end, so a failed run leaves no
 * half a file.
 */
import { createRenderer, renderStream, type RendererKind, type RenderOptions } from '../export/index.js';
import type { ReadOptions } from '../read/index.js';
import { parseInputs, workerCount } from './documents.js';
import { openOutputFile, writeOutput } from './io.js';
import { progress } from './progress.js';

/** What to render and how: plain data, so worker threads can build the same renderer. */
export interface RenderSpec {
  kind: RendererKind;
  options: RenderOptions;
}

export async function renderInputs(spec: RenderSpec, names: string[], read: ReadOptions, output: string | undefined, jobs: number): Promise<void> {
  const file = output ? openOutputFile(output) : null;
  const status = progress(names.length);
  try {
    const stream = renderStream(await createRenderer(spec.kind, spec.options), (s) => {
      if (!s) return;
      status.clear();
      if (file) file.write(s);
      else writeOutput(s, undefined);
    });
    let k = 0;
    for await (const { name, text } of renderedInputs(spec, names, read, jobs)) {
      stream.add(text);
      status.done(++k, name);
    }
    status.clear();
    stream.end();
  } catch (e) {
    file?.abandon();
    throw e;
  }
  file?.commit();
}

/** Each readable input's rendered text, in input order: on worker threads when there are many files. */
async function* renderedInputs(spec: RenderSpec, names: string[], read: ReadOptions, jobs: number): AsyncGenerator<{ name: string; text: string | Iterable<string> }> {
  const workers = workerCount(names, jobs);
  if (workers > 1) {
    const { renderOnWorkers } = await import('./pool.js');
    yield* renderOnWorkers(names, read, spec, workers);
    return;
  }
  const renderer = await createRenderer(spec.kind, spec.options);
  for await (const doc of parseInputs(names, read)) yield { name: doc.source.name, text: renderer.pieces ? renderer.pieces(doc) : renderer.document(doc) };
}
