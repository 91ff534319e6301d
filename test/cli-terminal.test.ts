/**
 * What a terminal gets: colour on a real terminal, none when TERM=dumb (a
 * terminal that prints escape codes as text), run on a pseudo-terminal
 * through util-linux `script` as a user's shell would; and UTF-16 without a
 * byte order mark read as text, not refused as binary.
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runCli } from './helpers/cli.js';

const dir = mkdtempSync(join(tmpdir(), 'plan-parse-terminal-'));
const GAP = join(dir, 'gap.txt');
writeFileSync(GAP, '一、总体要求\n内容。\n三、主要任务\n内容。\n');

const hasScript = spawnSync('script', ['--version']).status === 0;

/** Runs the command on a pseudo-terminal with the given TERM; returns what the terminal showed. */
function onTerminal(term: string, args: string): string {
  const env = { ...process.env, TERM: term, NO_COLOR: undefined, FORCE_COLOR: undefined };
  return spawnSync('script', ['-qc', `${JSON.stringify(process.execPath)} bin/plan-parse.js ${args}`, '/dev/null'], { encoding: 'utf8', env }).stdout;
}

describe('colour on a terminal', () => {
  it.skipIf(!hasScript)('TERM=xterm: coloured; TERM=dumb: plain text (skipped without util-linux script)', () => {
    expect(onTerminal('xterm', `lint ${GAP}`)).toContain('\x1b[33mwarning\x1b[39m');
    const dumb = onTerminal('dumb', `lint ${GAP}`);
    expect(dumb).toContain('warning: 三、 follows 一、');
    expect(dumb).not.toContain('\x1b[');
  });

  it.skipIf(!hasScript)('--color still forces colour on a dumb terminal', () => {
    expect(onTerminal('dumb', `lint --color ${GAP}`)).toContain('\x1b[33mwarning');
  });
});

describe('UTF-16 without a byte order mark', () => {
  const text = '一、总体要求\n到2025年，地区生产总值达到1000亿元。\n';
  for (const [encoding, bytes] of [
    ['utf-16le', Buffer.from(text, 'utf16le')],
    ['utf-16be', Buffer.from(text, 'utf16le').swap16()],
  ] as const) {
    it(`${encoding}: read as text, its encoding recorded`, () => {
      const file = join(dir, `${encoding}.txt`);
      writeFileSync(file, bytes);
      const r = runCli([file, '--json']);
      expect(r.stderr).toBe('');
      const doc = JSON.parse(r.stdout);
      expect(doc.source.encoding).toBe(encoding);
      expect(doc.targets.map((t: { indicator: string }) => t.indicator)).toEqual(['地区生产总值']);
    });
  }
});
