/**
 * What `--help` says after the options: examples a user can copy, and what
 * each exit code means for that command. Kept as data beside main.ts so the
 * command declarations stay readable and every command gets both parts.
 */
import type { Command } from 'commander';

interface CommandHelp {
  examples: string[];
  /** Exit codes besides 2 (usage error, unreadable input, output not written), which every command shares. */
  exits: string[];
}

const SHARED_EXITS = ['2  usage error, unreadable input, or output that cannot be written', '130/143  interrupted (Ctrl-C / SIGTERM)'];

export const COMMAND_HELP: Record<string, CommandHelp> = {
  'plan-parse': {
    examples: [
      'plan-parse plan.txt                         # the section tree, on a terminal',
      "plan-parse plan.txt --json | jq '.sections[].title'",
      'plan-parse plans/ -r -o all.csv             # every plan under plans/, one CSV of targets',
      'plan-parse plan.txt -o plan.md              # the format follows the extension',
      'cat plan.txt | plan-parse - --format ndjson',
      'plan-parse gbk-page.txt --encoding gb18030',
    ],
    exits: ['0  success (every input read)'],
  },
  targets: {
    examples: [
      'plan-parse targets plan.txt                 # an aligned table on a terminal',
      'plan-parse targets plan.txt --year 2025 --kind growth',
      'plan-parse targets plans/ --timeframe target -o targets.csv',
      'plan-parse targets plan.txt --format ndjson --fields indicator,value,unit',
    ],
    exits: ['0  success, with or without targets'],
  },
  quantities: {
    examples: [
      'plan-parse quantities plan.txt              # an aligned table on a terminal',
      'plan-parse quantities plan.txt --format ndjson | jq \'select(.dimension == "currency")\'',
      'plan-parse quantities plans/ -o quantities.csv',
    ],
    exits: ['0  success, with or without quantities'],
  },
  lint: {
    examples: [
      'plan-parse lint plan.txt                    # file:line:column: severity: message [code]',
      'plan-parse lint plans/ --level error        # fail only on errors',
      'plan-parse lint plans/ --format github      # annotations in a GitHub Actions log',
      'plan-parse lint plan.txt --format json | jq ".[].code"',
    ],
    exits: ['0  no problem at or above --level', '1  problems found at or above --level'],
  },
  diff: {
    examples: [
      'plan-parse diff old.txt new.txt             # readable changes on a terminal',
      'plan-parse diff old.txt new.txt -o changes.md',
      'plan-parse diff old.txt new.txt --fail-on targets --format github',
    ],
    exits: ['0  no change that --fail-on counts', '1  the versions differ'],
  },
  stats: {
    examples: ['plan-parse stats plan.txt                   # counts per file', 'plan-parse stats plans/ -r --json | jq ".[].targets.byKind"'],
    exits: ['0  success'],
  },
  text: {
    examples: [
      'plan-parse text plan.pdf                    # the text a PDF is read as, one paragraph a line',
      'plan-parse text page.html -o page.txt       # a web page\'s article, without menus and footer',
    ],
    exits: ['0  success'],
  },
  schema: {
    examples: ['plan-parse schema > plan.schema.json', 'plan-parse schema --diff', 'plan-parse schema --records'],
    exits: ['0  success'],
  },
  completion: {
    examples: [
      'plan-parse completion bash > ~/.local/share/bash-completion/completions/plan-parse',
      'plan-parse completion zsh > "${fpath[1]}/_plan-parse"',
      'source <(plan-parse completion bash)       # this shell only',
    ],
    exits: ['0  success'],
  },
};

/** Adds the examples and exit codes of `name` to the command's --help. */
export function withHelp(command: Command, name: string): Command {
  const help = COMMAND_HELP[name];
  const exits = [...help.exits, ...SHARED_EXITS];
  const indent = (lines: string[]) => lines.map((l) => `  ${l}`).join('\n');
  return command.addHelpText('after', `\nExamples:\n${indent(help.examples)}\n\nExit codes:\n${indent(exits)}\n`);
}
