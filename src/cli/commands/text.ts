/**
 * `plan-parse text FILE…`: the text a file is read as — for a PDF, Word
 * file or web page, the extracted text every position of the parsed
 * document counts in, so `text.slice(start.offset, end.offset)` can be
 * checked against it.
 */
import type { InputFormat } from '../../model/formats.js';
import { loadText } from '../../pipeline/parse.js';
import { describeError, expandInputs, readInput, reportUnreadable, writeOutput } from '../io.js';

export interface TextCommandOptions {
  recursive?: boolean;
  output?: string;
  encoding?: string;
  from?: InputFormat;
}

export async function runText(files: string[], opts: TextCommandOptions): Promise<void> {
  const { names } = expandInputs(files, opts.recursive);
  const texts: string[] = [];
  for (const name of names) {
    try {
      texts.push((await loadText(readInput(name).bytes, { name, encoding: opts.encoding, from: opts.from })).text);
    } catch (e) {
      reportUnreadable(describeError(name, e));
    }
  }
  writeOutput(texts.join(''), opts.output);
}
