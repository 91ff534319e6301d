/**
 * `plan-parse diff <old> <new>`: what changed between two versions of a plan.
 * Exit code 0 when nothing (that --fail-on counts) changed, 1 when something
 * did, 2 when an input cannot be read.
 */
import { diffDocuments, failsOn, type FailOn } from '../../diff/index.js';
import type { PlanDocument } from '../../model/schema.js';
import type { BodyText } from '../../diff/match.js';
import { loadDocument } from '../../pipeline/parse.js';
import { wantsColor } from '../../present/color.js';
import { formatOfOutput } from '../output-name.js';
import { describeError, readInput, stdoutIsTerminal, UsageError, writeOutput } from '../io.js';

export type DiffFormat = 'text' | 'json' | 'md' | 'github';

export interface DiffCommandOptions {
  format?: DiffFormat;
  json?: boolean;
  failOn: FailOn;
  output?: string;
  encoding?: string;
  color?: boolean;
}

export async function runDiff(oldFile: string, newFile: string, opts: DiffCommandOptions): Promise<void> {
  if (oldFile === '-' && newFile === '-') throw new UsageError('only one of the two versions can come from standard input');
  const oldDoc = await load(oldFile, opts);
  const newDoc = await load(newFile, opts);
  if (!oldDoc || !newDoc) return;
  const diff = diffDocuments(oldDoc, newDoc, {
    oldBodyText: await bodyTextOf(oldDoc),
    newBodyText: await bodyTextOf(newDoc),
  });
  // Like the main command: readable text for a person at a terminal, JSON
  // for a pipe or a file, where a script is the likelier reader.
  const toTerminal = !opts.output && stdoutIsTerminal();
  const format: DiffFormat = opts.json ? 'json' : (opts.format ?? formatOfOutput(opts.output, ['json', 'md'] as const, 'diff') ?? (toTerminal ? 'text' : 'json'));
  writeOutput(await render(format, diff, !opts.output && wantsColor(opts.color, toTerminal)), opts.output);
  process.exitCode = failsOn(diff, opts.failOn) ? 1 : 0;
}

/** Reads and parses one version; an unreadable one is reported on stderr with exit code 2. */
async function load(name: string, opts: DiffCommandOptions): Promise<PlanDocument | undefined> {
  try {
    return await loadDocument(readInput(name).bytes, { name, encoding: opts.encoding });
  } catch (e) {
    process.stderr.write(describeError(name, e) + '\n');
    process.exitCode = 2;
    return undefined;
  }
}

/** A Markdown version's bodies are compared as text, so a plan and its Markdown export are the same. */
async function bodyTextOf(doc: PlanDocument): Promise<BodyText | undefined> {
  return doc.source.format === 'md' ? (await import('../../markdown/body-text.js')).markdownBodyText : undefined;
}

async function render(format: DiffFormat, diff: ReturnType<typeof diffDocuments>, color: boolean): Promise<string> {
  switch (format) {
    case 'json':
      return JSON.stringify(diff, null, 2) + '\n';
    case 'text':
      return (await import('../../diff/render-text.js')).renderText(diff, color);
    case 'md':
      return (await import('../../diff/render-md.js')).renderMarkdown(diff);
    case 'github':
      return (await import('../../diff/render-github.js')).renderGithub(diff);
  }
}
