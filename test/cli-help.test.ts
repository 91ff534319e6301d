/**
 * Help and completion as a new user meets them: `plan-parse help [command]`,
 * `--help` with examples and exit codes for every command, and completion
 * scripts that a real bash (and zsh, when installed) runs.
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runCli } from './helpers/cli.js';

const COMMANDS = ['targets', 'lint', 'diff', 'schema', 'completion'];

describe('help', () => {
  it('plan-parse help: the overview, listing every command and the help command, exit 0', () => {
    const r = runCli(['help']);
    expect(r.status).toBe(0);
    expect(r.stderr).toBe('');
    for (const c of [...COMMANDS, 'help']) expect(r.stdout).toMatch(new RegExp(`^  ${c} `, 'm'));
  });

  for (const c of COMMANDS) {
    it(`plan-parse help ${c} is plan-parse ${c} --help, with examples and exit codes`, () => {
      const viaHelp = runCli(['help', c]);
      const viaFlag = runCli([c, '--help']);
      expect(viaHelp.status).toBe(0);
      expect(viaHelp.stdout).toBe(viaFlag.stdout);
      expect(viaHelp.stdout).toContain(`Usage: plan-parse ${c}`);
      expect(viaHelp.stdout).toMatch(new RegExp(`Examples:\\n  plan-parse ${c} `));
      expect(viaHelp.stdout).toMatch(/Exit codes:\n  0 {2}.*\n[\s\S]*  2 {2}usage error/);
    });
  }

  it('the main command --help has examples and exit codes too', () => {
    const r = runCli(['--help']);
    expect(r.stdout).toMatch(/Examples:\n {2}plan-parse plan\.txt/);
    expect(r.stdout).toContain('Exit codes:');
  });

  it('diff and lint say what exit code 1 means for them', () => {
    expect(runCli(['help', 'diff']).stdout).toMatch(/^ {2}1 {2}the versions differ$/m);
    expect(runCli(['help', 'lint']).stdout).toMatch(/^ {2}1 {2}problems found at or above --level$/m);
  });

  it('--help into a pipe closed early (| head -1) ends quietly', () => {
    const r = spawnSync('bash', ['-c', `${JSON.stringify(process.execPath)} bin/plan-parse.js targets --help | head -1; echo "exit=\${PIPESTATUS[0]}"`], { encoding: 'utf8' });
    expect(r.stderr).toBe('');
    expect(r.stdout).toBe('Usage: plan-parse targets [options] [files...]\nexit=0\n');
  });

  it('help for a command that does not exist: one line, exit 2', () => {
    const r = runCli(['help', 'frobnicate']);
    expect(r.status).toBe(2);
    expect(r.stderr).toMatch(/^plan-parse: help: there is no command "frobnicate"; the commands are targets, .*lint, diff.*\n$/);
  });
});

describe('completion', () => {
  it('completion with no shell, or an unknown one: a usage error naming the choices', () => {
    const r = runCli(['completion', 'fish']);
    expect(r.status).toBe(2);
    expect(r.stderr).toContain('bash, zsh');
  });

  /** What bash offers for the words typed so far (the last one being completed). */
  function bashComplete(script: string, words: string[]): string[] {
    const file = join(mkdtempSync(join(tmpdir(), 'plan-parse-completion-')), 'plan-parse.bash');
    writeFileSync(file, script);
    const program = `source ${JSON.stringify(file)}; COMP_WORDS=(${words.map((w) => JSON.stringify(w)).join(' ')}); COMP_CWORD=${words.length - 1}; _plan_parse; printf '%s\\n' "\${COMPREPLY[@]}"`;
    const r = spawnSync('bash', ['--norc', '-c', program], { encoding: 'utf8', cwd: 'fixtures/formats' });
    expect(r.stderr).toBe('');
    return r.stdout.split('\n').filter((l) => l !== '');
  }

  it('bash: commands, options, option values and files', () => {
    const r = runCli(['completion', 'bash']);
    expect(r.status).toBe(0);
    const script = r.stdout;
    expect(bashComplete(script, ['plan-parse', 'di'])).toContain('diff');
    expect(bashComplete(script, ['plan-parse', 'diff', 'a', 'b', '--fail-on', 't'])).toEqual(['targets']);
    expect(bashComplete(script, ['plan-parse', 'targets', '--format', ''])).toEqual(['table', 'csv', 'ndjson', 'json']);
    expect(bashComplete(script, ['plan-parse', '--format', 'n'])).toEqual(['ndjson']);
    expect(bashComplete(script, ['plan-parse', 'lint', '--le'])).toEqual(['--level']);
    expect(bashComplete(script, ['plan-parse', '--encoding', 'gb'])).toEqual(['gb18030']);
    expect(bashComplete(script, ['plan-parse', 'completion', ''])).toEqual(['bash', 'zsh']);
    expect(bashComplete(script, ['plan-parse', 'help', 'ta'])).toEqual(['targets']);
    expect(bashComplete(script, ['plan-parse', 'river'])).toEqual(['riverside-plan.txt']);
  });

  const zsh = spawnSync('zsh', ['--version']).status === 0;
  it.skipIf(!zsh)('zsh: the script loads from fpath and completes option values (skipped when zsh is not installed)', () => {
    const dir = mkdtempSync(join(tmpdir(), 'plan-parse-zsh-'));
    writeFileSync(join(dir, '_plan-parse'), runCli(['completion', 'zsh']).stdout);
    // An interactive zsh on a pseudo-terminal, as a user types: the words, then Tab.
    const driver = `
      zmodload zsh/zpty
      zpty z 'zsh -f -i'
      zpty -w z "fpath=(${dir} \\$fpath); autoload -U compinit; compinit -u -D; PS1='> '"
      zpty -w -n z 'plan-parse diff a b --fail-on '$'\\t'
      out=""
      for i in {1..50}; do
        while zpty -r -t z chunk; do out+=$chunk; done
        [[ $out == *structure* ]] && break
        sleep 0.1
      done
      print -r -- "$out"
      zpty -d z`;
    const r = spawnSync('zsh', ['-f', '-c', driver], { encoding: 'utf8', timeout: 20_000 });
    expect(r.stdout).toMatch(/any +none +structure +targets/);
  }, 30_000);
});
