/**
 * Options that several commands share, declared once: the same flag reads
 * the same and means the same on every command that takes it.
 */
import { Option, type Command } from 'commander';
import { INPUT_FORMATS } from '../model/formats.js';
import { TARGET_KINDS, TIMEFRAMES } from '../model/target-vocab.js';
import { ENCODINGS } from '../read/decode.js';

type Group = (c: Command) => Command;

/** Reading plans: encoding, input form, folders, and --quiet for the notes about them. */
export const reading: Group = (c) =>
  c
    .option('--encoding <name>', `input encoding: ${ENCODINGS.join(', ')} (default: detected)`)
    .addOption(new Option('--from <type>', 'input type (default: known by content: PDF, Word, web page; else .md names Markdown)').choices([...INPUT_FORMATS]))
    .option('-r, --recursive', 'read the folders inside named folders too')
    .option('-q, --quiet', 'no notes or progress on stderr (skipped files, summaries); errors are still shown');

export const output: Group = (c) => c.option('-o, --output <file>', 'write to a file instead of standard output (the format follows its extension)');

export const colour: Group = (c) => c.option('--color', 'force colour').option('--no-color', 'no colour');

export const jobs: Group = (c) => c.option('-j, --jobs <n>', 'parse files on n worker threads (default 1; see the README on when it pays)');

export const bom: Group = (c) => c.option('--bom', 'csv: start with a UTF-8 byte order mark (for Excel)');

/** Which targets (or their quantities) to write, and which record columns. */
export const selection =
  (what: string): Group =>
  (c) =>
    c
      .option('--year <years>', `only ${what} for this year (or years: 2025,2035)`)
      .option('--timeframe <list>', `only ${what} of these timeframes: ${TIMEFRAMES.join(', ')}`)
      .option('--kind <list>', `only ${what} of these kinds: ${TARGET_KINDS.join(', ')}`)
      .option('--fields <list>', 'csv/ndjson/json records: only these columns, in this order (e.g. indicator,value,unit)');

export function withOptions(c: Command, ...groups: Group[]): Command {
  return groups.reduce((command, group) => group(command), c);
}
