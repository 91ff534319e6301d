/**
 * `plan-parse quantities`: every quantity the text writes, one record each,
 * with the target it is the value of: an aligned table on a terminal, else
 * JSON; NDJSON or CSV with --format.
 */
import { QUANTITY_COLUMNS, quantityRecords, quantityWriter, type QuantityFormat } from '../../export/quantity-records.js';
import type { TargetFilter } from '../../export/renderer.js';
import { keepsTarget } from '../../export/target-filter.js';
import type { QuantityRecord } from '../../model/records.js';
import type { Target } from '../../model/schema.js';
import type { InputFormat } from '../../model/formats.js';
import { assemble } from '../../pipeline/assemble.js';
import { loadText } from '../../pipeline/parse.js';
import { readQuantities } from '../../quantities/index.js';
import { wantsColor } from '../../present/color.js';
import { describeError, expandInputs, openOutput, readInput, reportUnreadable, stdoutIsTerminal } from '../io.js';
import { formatOfOutput } from '../output-name.js';
import { nextTurn } from '../render.js';
import { recordFields, targetFilter, type SelectionOptions } from '../selection.js';

export interface QuantitiesOptions extends SelectionOptions {
  format?: QuantityFormat;
  json?: boolean;
  recursive?: boolean;
  output?: string;
  encoding?: string;
  from?: InputFormat;
  bom?: boolean;
  color?: boolean;
}

export async function runQuantities(files: string[], opts: QuantitiesOptions): Promise<void> {
  const { names } = expandInputs(files, opts.recursive);
  const toTerminal = !opts.output && stdoutIsTerminal();
  const format = opts.json ? 'json' : opts.format ?? formatOfOutput(opts.output, ['json', 'ndjson', 'csv'] as const, 'quantities') ?? (toTerminal ? 'table' : 'json');
  const fields = recordFields(opts, QUANTITY_COLUMNS, format, ['csv', 'ndjson', 'json']);
  const filter = targetFilter(opts);
  const writer = quantityWriter(format, { color: format === 'table' && !opts.output && wantsColor(opts.color, toTerminal), bom: opts.bom === true, fields });
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
        const records = quantityRecords(doc.source.name, loaded.text, loaded.index, quantities, doc.targets);
        piece = writer.document(doc.source.name, filter ? ofKeptTargets(records, doc.targets, filter) : records);
      } catch (e) {
        reportUnreadable(describeError(name, e));
        continue;
      }
      if (piece === '') continue;
      if (!empty) out.write(writer.separator);
      out.write(piece);
      out.flush();
      empty = false;
      await nextTurn();
    }
    out.write(writer.footer(empty));
  } catch (e) {
    out.abandon();
    throw e;
  }
  out.commit();
}

/** With --year/--timeframe/--kind: the quantities that are the values of the targets kept (a quantity of no target has no year, timeframe or kind). */
function ofKeptTargets(records: QuantityRecord[], targets: readonly Target[], filter: TargetFilter): QuantityRecord[] {
  const kept = new Set(targets.filter((t) => keepsTarget(filter, t)).map((t) => t.id));
  return records.filter((r) => r.targetId !== null && kept.has(r.targetId));
}
