/** `plan-parse targets` (placeholder until the targets table lands): the targets as JSON. */
import { parseInputs } from '../documents.js';
import { expandInputs, writeOutput } from '../io.js';

export async function runTargets(files: string[], opts: { encoding?: string; from?: 'txt' | 'md' }): Promise<void> {
  const { names } = expandInputs(files);
  for await (const doc of parseInputs(names, opts)) writeOutput(JSON.stringify(doc.targets, null, 2) + '\n', undefined);
}
