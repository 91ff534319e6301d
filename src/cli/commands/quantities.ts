/**
 * `plan-parse quantities`: every quantity the text writes, one record each,
 * with the target it is the value of: an aligned table on a terminal, else
 * JSON; NDJSON or CSV with --format.
 */
import { quantityRecords, quantityWriter, type QuantityFormat } from '../../export/quantity-records.js';
import type { InputFormat } from '../../model/formats.js';
import { assemble } from '../../pipeline/assemble.js';
import { loadText } from '../../pipeline/parse.js';
import { readQuantities } from '../../quantities/index.js';
import { wantsColor } from '../../present/color.js';
import { describeError, expandInputs, openOutput, readInput, reportUnreadable, stdoutIsTerminal } from '../io.js';
import { formatOfOutput } from '../output-name.js';

export interface QuantitiesOptions {
  format?: QuantityFormat;
  output?: string;
  encoding?: string;
  from?: InputFormat;
  bom?: boolean;
  color?: boolean;
}

export async function runQuantities(files: string[], opts: QuantitiesOptions): Promise<void> {
  const { names } = expandInputs(files);
  const toTerminal = !opts.output && stdoutIsTerminal();
  const format = opts.format ?? formatOfOutput(opts.output, ['json', 'ndjson', 'csv'] as const, 'quantities') ?? (toTerminal ? 'table' : 'json');
  const writer = quantityWriter(format, { color: format === 'table' && !opts.output && wantsColor(opts.color, toTerminal), bom: opts.bom === true });
  const out = openOutput(opts.output);
  try {
    out.write(writer.header);
    let empty = true;
    for (const name of names) {
      let piece: string;
      try {
        const loaded = await loadText(readInput(name).bytes, { encoding: opts.encoding, from: opts.from, name });
        const doc = assemble(loaded.text, loaded.index, loaded.reading, loaded.format, loaded.source);
        // The Markdown reader blanks markup in the text it hands the targets stage: quantities are read there too.
        const text = loaded.reading.targetText ?? loaded.text;
        const quantities = readQuantities(text, 0, text.length, loaded.reading.softBreaks);
        piece = writer.document(doc.source.name, quantityRecords(doc.source.name, loaded.text, loaded.index, quantities, doc.targets));
      } catch (e) {
        reportUnreadable(describeError(name, e));
        continue;
      }
      if (piece === '') continue;
      if (!empty) out.write(writer.separator);
      out.write(piece);
      out.flush();
      empty = false;
    }
    out.write(writer.footer(empty));
  } catch (e) {
    out.abandon();
    throw e;
  }
  out.commit();
}
