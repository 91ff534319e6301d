/**
 * The command line's choices of what to write: which targets (--year,
 * --timeframe, --kind) and which record columns (--fields). Each takes one
 * value or a comma-separated list; a value outside the vocabulary is a usage
 * error that lists the ones there are.
 */
import type { TargetFilter } from '../export/renderer.js';
import { TARGET_KINDS, TIMEFRAMES } from '../model/target-vocab.js';
import { UsageError } from './usage-error.js';

export interface SelectionOptions {
  year?: string;
  timeframe?: string;
  kind?: string;
  fields?: string;
}

const list = (value: string) =>
  value
    .split(',')
    .map((v) => v.trim())
    .filter((v) => v !== '');

function among<T extends string>(option: string, value: string, vocabulary: readonly T[]): T[] {
  const values = list(value);
  const wrong = values.filter((v) => !(vocabulary as readonly string[]).includes(v));
  if (wrong.length > 0 || values.length === 0) throw new UsageError(`${option}: "${wrong[0] ?? value}" is not one of ${vocabulary.join(', ')}`);
  return values as T[];
}

/** The targets to keep, or undefined to keep them all. */
export function targetFilter(opts: SelectionOptions): TargetFilter | undefined {
  const filter: TargetFilter = {};
  if (opts.year !== undefined) {
    filter.years = list(opts.year).map((y) => {
      if (!/^\d{4}$/.test(y)) throw new UsageError(`--year: "${y}" is not a year (four digits, e.g. 2025 or 2025,2035)`);
      return Number(y);
    });
    if (filter.years.length === 0) throw new UsageError('--year: give a year, e.g. 2025');
  }
  if (opts.timeframe !== undefined) filter.timeframes = among('--timeframe', opts.timeframe, TIMEFRAMES);
  if (opts.kind !== undefined) filter.kinds = among('--kind', opts.kind, TARGET_KINDS);
  return Object.keys(filter).length > 0 ? filter : undefined;
}

/** The record columns to write, checked against the records' own `columns`; undefined: all of them. */
export function recordFields(opts: SelectionOptions, columns: readonly string[], format: string, recordFormats: readonly string[]): string[] | undefined {
  if (opts.fields === undefined) return undefined;
  if (!recordFormats.includes(format)) throw new UsageError(`--fields chooses the columns of ${recordFormats.join(' and ')} records, not of ${format} output`);
  return among('--fields', opts.fields, columns);
}
