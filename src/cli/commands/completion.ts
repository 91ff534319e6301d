/**
 * `plan-parse completion bash|zsh`: a completion script written from the
 * command definitions themselves, so a new command, option or choice is
 * completed without anyone editing a script.
 */
import type { Command, Option } from 'commander';
import { ENCODINGS as ENCODING_NAMES } from '../../read/decode.js';
import { writeOutput } from '../io.js';

const ENCODINGS = ENCODING_NAMES.join(' ');

interface Described {
  name: string;
  description: string;
  options: Option[];
  /** The words its arguments take, when they are a fixed list (`completion bash|zsh`, `help <command>`); else files. */
  words?: string[];
}

/** The top level (the parse command, named '') and each subcommand. */
function describe(program: Command): { top: Described; commands: Described[] } {
  const visible = (c: Command) => [...c.options, ...(c.options.some((o) => o.long === '--help') ? [] : [helpOption(c)])];
  return {
    top: { name: '', description: program.description(), options: visible(program) },
    commands: program.commands.map((c) => ({
      name: c.name(),
      description: c.description(),
      options: visible(c),
      words: c.name() === 'help' ? program.commands.map((d) => d.name()) : c.registeredArguments[0]?.argChoices,
    })),
  };
}

/** commander adds -h/--help itself, outside `options`. */
function helpOption(c: Command): Option {
  return c.createHelp().visibleOptions(c).find((o) => o.long === '--help')!;
}

const takesValue = (o: Option) => o.required || o.optional;
const flags = (o: Option) => [o.short, o.long].filter((f): f is string => f !== undefined);

export async function runCompletion(program: Command, shell: string): Promise<void> {
  const spec = describe(program);
  writeOutput(shell === 'zsh' ? zshScript(spec) : bashScript(spec), undefined);
}

/** Words of a value option: its choices, files for -o, encodings for --encoding. */
function bashValues(o: Option): string {
  if (o.argChoices) return `COMPREPLY=($(compgen -W "${o.argChoices.join(' ')}" -- "$cur"))`;
  if (o.long === '--encoding') return `COMPREPLY=($(compgen -W "${ENCODINGS}" -- "$cur"))`;
  if (o.long === '--output') return 'COMPREPLY=($(compgen -f -- "$cur"))';
  return 'COMPREPLY=()';
}

function bashScript({ top, commands }: { top: Described; commands: Described[] }): string {
  const all = [top, ...commands];
  const valueCases = all
    .flatMap((c) => c.options.filter(takesValue).map((o) => `    "${c.name}:${flags(o).join(`" | "${c.name}:`)}") ${bashValues(o)}; return ;;`))
    .join('\n');
  const optionCases = all.map((c) => `    "${c.name}") opts="${c.options.flatMap(flags).join(' ')}" ;;`).join('\n');
  return `# bash completion for plan-parse (plan-parse completion bash)
_plan_parse() {
  local cur prev cmd opts
  cur="\${COMP_WORDS[COMP_CWORD]}"
  prev="\${COMP_WORDS[COMP_CWORD-1]}"
  cmd=""
  case "\${COMP_WORDS[1]}" in
    ${commands.map((c) => c.name).join('|')}) [[ COMP_CWORD -gt 1 ]] && cmd="\${COMP_WORDS[1]}" ;;
  esac
  case "$cmd:$prev" in
${valueCases}
  esac
  if [[ "$cur" == -* ]]; then
    case "$cmd" in
${optionCases}
    esac
    COMPREPLY=($(compgen -W "$opts" -- "$cur"))
    return
  fi
  case "$cmd" in
${commands
  .filter((c) => c.words)
  .map((c) => `    "${c.name}") COMPREPLY=($(compgen -W "${c.words!.join(' ')}" -- "$cur")); return ;;`)
  .join('\n')}
  esac
  COMPREPLY=($(compgen -f -- "$cur"))
  if [[ COMP_CWORD -eq 1 ]]; then
    COMPREPLY+=($(compgen -W "${commands.map((c) => c.name).join(' ')}" -- "$cur"))
  fi
}
complete -o filenames -F _plan_parse plan-parse
`;
}

/** zsh's _arguments spec of one option: description in brackets, then the value's completion. */
function zshOption(o: Option): string {
  const text = o.description.replace(/[[\]:\\']/g, (c) => (c === "'" ? "'\\''" : `\\${c}`));
  const value = !takesValue(o)
    ? ''
    : o.argChoices
      ? `:value:(${o.argChoices.join(' ')})`
      : o.long === '--encoding'
        ? `:encoding:(${ENCODINGS})`
        : o.long === '--output'
          ? ':file:_files'
          : ':value:';
  const names = flags(o);
  return names.length > 1 ? `'(${names.join(' ')})'{${names.join(',')}}'[${text}]${value}'` : `'${names[0]}[${text}]${value}'`;
}

function zshScript({ top, commands }: { top: Described; commands: Described[] }): string {
  const args = (c: Described) => [...c.options.map(zshOption), c.words ? `':word:(${c.words.join(' ')})'` : "'*:file:_files'"].join(' \\\n        ');
  const commandList = commands.map((c) => `'${c.name}:${c.description.replace(/'/g, "'\\''")}'`).join(' ');
  const cases = commands.map((c) => `    ${c.name})\n      _arguments -s \\\n        ${args(c)}\n      ;;`).join('\n');
  return `#compdef plan-parse
# zsh completion for plan-parse (plan-parse completion zsh)
_plan_parse() {
  local -a commands
  commands=(${commandList})
  if (( CURRENT == 2 )) && [[ $words[2] != -* ]]; then
    _describe 'command' commands
    _files
    return
  fi
  case $words[2] in
${cases}
    *)
      _arguments -s \\
        ${args(top)}
      ;;
  esac
}
if [[ "\${zsh_eval_context[-1]}" == loadautofunc ]]; then
  _plan_parse "$@"
else
  compdef _plan_parse plan-parse
fi
`;
}
