/**
 * Runs a renderer over the named inputs: the shared output loop of the
 * parse and targets commands. Output streams document by document, in
 * chunks (see openOutput): a closed pipe ends the run quietly; -o FILE is
 * renamed into place at the end, so a failed run leaves no half a file.
 */
import { createRenderer, renderDocument, renderStream, type Rendered } from '../export/index.js';
import { parseInputs, workerCount, type ReadOptions } from './documents.js';
import { openOutput } from './io.js';
import type { RenderSpec } from './jobs.js';
import { progress } from './progress.js';

export async function renderInputs(spec: RenderSpec, names: string[], read: ReadOptions, output: string | undefined, jobs: number): Promise<void> {
  const out = openOutput(output);
  const status = progress(names.length);
  try {
    const stream = renderStream(await createRenderer(spec.kind, spec.options), (piece) => {
      status.clear();
      out.write(piece);
    });
    let k = 0;
    for await (const { name, text } of renderedInputs(spec, names, read, jobs)) {
      stream.add(text);
      out.flush();
      status.done(++k, name);
      await nextTurn();
    }
    status.clear();
    stream.end();
  } catch (e) {
    out.abandon();
    throw e;
  }
  out.commit();
}

/**
 * One turn of the event loop. Parsing and rendering are synchronous and the
 * documents come through promises that are already settled, so without this
 * the loop would never reach its signal handlers: Ctrl-C would wait for the
 * whole run and then be lost, and -o's temporary file not cleaned up.
 */
export const nextTurn = () => new Promise<void>((resolve) => setImmediate(resolve));

/** Each readable input's rendered text, in input order: on worker threads when there are many files. */
async function* renderedInputs(spec: RenderSpec, names: string[], read: ReadOptions, jobs: number): AsyncGenerator<{ name: string; text: Rendered }> {
  const workers = workerCount(names, jobs);
  if (workers > 1) {
    const { renderOnWorkers } = await import('./pool.js');
    yield* renderOnWorkers(names, read, spec, workers);
    return;
  }
  const renderer = await createRenderer(spec.kind, spec.options);
  for await (const doc of parseInputs(names, read)) yield { name: doc.source.name, text: renderDocument(renderer, doc) };
}
