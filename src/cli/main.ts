/**
 * The plan-parse command line. It only wires options to the stages. The
 * main command is loaded with it (it is what pipelines run); the others load
 * when they run.
 */
import { Argument, Command, CommanderError, Option } from 'commander';
import { FORMATS } from '../export/index.js';
import { runParse } from './commands/parse.js';
import { withHelp } from './help.js';
import { LINT_FORMATS } from './lint-report.js';
import { beQuiet } from './notes.js';
import { bom, colour, jobs, output, reading, selection, withOptions } from './options.js';
import { describeError, UsageError, writeOutput } from './io.js';

const program = new Command();

// Subcommands own their options: without this, the top-level -f/-o/--bom
// would swallow `targets -f table` and `diff -f md`.
program.enablePositionalOptions();
// --quiet, wherever a command has it, is settled once before the command runs.
program.hook('preAction', (_program, action) => {
  if (action.opts().quiet) beQuiet();
});
// Usage errors exit 2, not commander's 1: 1 means "differs" / "problems found".
// Set before the subcommands are declared, so that they inherit it.
program.exitOverride();
// One line per usage error, in the form of every other message.
program.configureOutput({
  // Help through the same writer as results: `plan-parse --help | head` ends quietly, not with an EPIPE trace.
  writeOut: (text) => writeOutput(text, undefined),
  outputError: (message, write) => write(`plan-parse: ${message.trim().replace(/^error: /, '')} (run plan-parse --help for usage)\n`),
});

withOptions(
  withHelp(program, 'plan-parse')
    .name('plan-parse')
    .description('Read Chinese government plan documents into data: sections, targets, diagnostics.')
    .version('0.1.0')
    .argument('[files...]', 'plan files (text, Markdown, web page, Word .docx or PDF) or folders; - or nothing reads standard input')
    .addOption(new Option('-f, --format <format>', 'output format (default: tree on a terminal, else json)').choices([...FORMATS]))
    .option('--json', 'short for --format json')
    .addOption(new Option('--table <rows>', 'csv/ndjson records: one per target or per section').choices(['targets', 'sections']).default('targets'))
    .option('--fields <list>', 'csv/ndjson records: only these columns, in this order (e.g. source,id,title)')
    .option('--pretty', 'json: indent (the default on a terminal; compact otherwise)')
    .option('--no-pretty', 'json: compact, one line per document'),
  output,
  bom,
  reading,
  colour,
  jobs,
).action((files: string[], opts) => runParse(files, opts));

withOptions(
  withHelp(program.command('targets'), 'targets')
    .description('the targets alone: a table on a terminal, CSV with --csv')
    .argument('[files...]', 'plan files or folders')
    .addOption(new Option('-f, --format <format>', 'output format (default: table on a terminal, else json)').choices(['table', 'csv', 'ndjson', 'json']))
    .option('--csv', 'short for --format csv')
    .option('--json', 'short for --format json (an array of target records)'),
  selection('targets'),
  output,
  bom,
  reading,
  colour,
  jobs,
).action(async (files: string[], opts) => (await import('./commands/targets.js')).runTargets(files, opts));

withOptions(
  withHelp(program.command('quantities'), 'quantities')
    .description('every quantity in the text (number, unit, base unit, dimension, its target): a table on a terminal')
    .argument('[files...]', 'plan files or folders')
    .addOption(new Option('-f, --format <format>', 'output format (default: table on a terminal, else json)').choices(['table', 'csv', 'ndjson', 'json']))
    .option('--json', 'short for --format json (an array of quantity records)'),
  selection('the quantities of targets'),
  output,
  bom,
  reading,
  colour,
).action(async (files: string[], opts) => (await import('./commands/quantities.js')).runQuantities(files, opts));

withOptions(
  withHelp(program.command('stats'), 'stats')
    .description('counts per file: sections by level; targets by kind, timeframe and year; diagnostics by code')
    .argument('[files...]', 'plan files or folders')
    .addOption(new Option('-f, --format <format>', 'output format (default: text on a terminal, else json)').choices(['text', 'json']))
    .option('--json', 'short for --format json'),
  output,
  reading,
  colour,
  jobs,
).action(async (files: string[], opts) => (await import('./commands/stats.js')).runStats(files, opts));

withOptions(
  withHelp(program.command('lint'), 'lint')
    .description('numbering and structure problems only, as file:line:column: severity: message [code]')
    .argument('[files...]', 'plan files or folders')
    .addOption(new Option('--level <severity>', 'report, and exit 1 on, problems at or above this severity').choices(['error', 'warning', 'info']).default('warning'))
    .addOption(new Option('-f, --format <format>', 'text (file:line:column: severity: message [code]), json (one array), github (Actions annotations)').choices([...LINT_FORMATS]).default('text')),
  reading,
  colour,
).action(async (files: string[], opts) => (await import('./commands/lint.js')).runLint(files, opts));

withOptions(
  withHelp(program.command('diff'), 'diff')
    .description('compare two versions of a plan; exit 0 when the same, 1 when they differ, 2 on error')
    .argument('<old>', 'the earlier version')
    .argument('<new>', 'the later version')
    .addOption(new Option('-f, --format <format>', 'output format (default: text on a terminal, else json)').choices(['text', 'json', 'md', 'github']))
    .option('--json', 'short for --format json')
    .addOption(
      new Option('--fail-on <what>', 'which changes make the exit code 1 (structure: sections added, removed, renamed, moved, renumbered)')
        .choices(['any', 'targets', 'structure', 'none'])
        .default('any'),
    )
    .option('--encoding <name>', 'input encoding (default: detected)')
    .option('-q, --quiet', 'no notes on stderr; errors are still shown'),
  output,
  colour,
).action(async (oldFile: string, newFile: string, opts) => (await import('./commands/diff.js')).runDiff(oldFile, newFile, opts));

withOptions(
  withHelp(program.command('text'), 'text')
    .description('print the text plan-parse reads from a file (a PDF, Word file or web page as extracted): every position counts in it')
    .argument('[files...]', 'plan files or folders'),
  output,
  reading,
).action(async (files: string[], opts) => (await import('./commands/text.js')).runText(files, opts));

withHelp(program.command('schema'), 'schema')
  .description('print the JSON Schema of the JSON output')
  .option('--diff', 'the schema of `plan-parse diff --format json` instead')
  .option('--records', 'the schema of the CSV/NDJSON records (targetRecord, sectionRecord, quantityRecord) instead')
  .action(async (opts) => (await import('./commands/schema.js')).runSchema(opts));

withHelp(program.command('completion'), 'completion')
  .description('print a completion script for bash or zsh')
  .addArgument(new Argument('<shell>', 'the shell').choices(['bash', 'zsh']))
  .action(async (shell: string) => (await import('./commands/completion.js')).runCompletion(program, shell));

// `plan-parse help diff` as git and npm answer it (without this, "help" is read as a file name).
program
  .command('help')
  .description('show the help of a command, with examples and exit codes')
  .argument('[command]', 'the command')
  .action((name: string | undefined) => {
    const command = name === undefined ? program : program.commands.find((c) => c.name() === name);
    if (!command) throw new UsageError(`help: there is no command "${name}"; the commands are ${program.commands.map((c) => c.name()).join(', ')}`);
    command.outputHelp();
  });

/**
 * No top-level await: the bundle is CommonJS (see scripts/build.mjs), so
 * the run's end is handled on the promise instead.
 */
program.parseAsync(process.argv).catch(reportFailure);

function reportFailure(e: unknown): void {
  if (e instanceof CommanderError) {
    process.exitCode = e.exitCode === 0 ? 0 : 2;
  } else if (e instanceof UsageError) {
    process.stderr.write(`plan-parse: ${e.message}\n`);
    process.exitCode = 2;
  } else {
    // A bug: one line, not a stack trace, unless PLAN_PARSE_DEBUG asks for it.
    process.stderr.write(`${describeError('internal error', e)} (please report it; set PLAN_PARSE_DEBUG=1 for details)\n`);
    if (process.env.PLAN_PARSE_DEBUG) process.stderr.write(`${(e as Error).stack}\n`);
    process.exitCode = 2;
  }
}
