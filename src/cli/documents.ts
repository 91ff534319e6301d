/**
 * Parses the named inputs one after another, in order. A file that cannot be
 * read is reported on stderr (exit code 2 at the end) and the others go on.
 */
import type { PlanDocument } from '../model/schema.js';
import { readDocument, type ReadOptions } from '../read/index.js';
import { describeError, readInput } from './io.js';

export async function* parseInputs(names: string[], options: ReadOptions): AsyncGenerator<PlanDocument> {
  for (const name of names) {
    let doc: PlanDocument;
    try {
      const input = readInput(name);
      doc = await readDocument(name, input.bytes, options);
    } catch (e) {
      process.stderr.write(describeError(name, e) + '\n');
      process.exitCode = 2;
      continue;
    }
    yield doc;
  }
}
