/**
 * Folders as users name them: the plan files in them (symlinks followed),
 * folders inside with -r (a link back up the tree read once), a line on
 * stderr for each entry skipped and why, and an error when nothing is left.
 */
import { copyFileSync, mkdirSync, mkdtempSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { runCli } from './helpers/cli.js';

let root: string;
const at = (...p: string[]) => join(root, ...p);

beforeAll(() => {
  root = mkdtempSync(join(tmpdir(), 'plan-parse-folders-'));
  mkdirSync(at('plans', 'older'), { recursive: true });
  copyFileSync('fixtures/formats/riverside-plan.txt', at('plans', 'riverside.txt'));
  copyFileSync('fixtures/formats/harbor-handwritten.md', at('plans', 'older', 'harbor.md'));
  symlinkSync(resolve('fixtures/formats/deep-outline.txt'), at('plans', 'linked.txt'));
  symlinkSync('missing.txt', at('plans', 'dead.txt'));
  symlinkSync('..', at('plans', 'older', 'up'));
  writeFileSync(at('plans', 'notes.docx.bak'), 'x');
  writeFileSync(at('plans', '.hidden.txt'), '一、隐藏\n');
  mkdirSync(at('nothing', 'inside'), { recursive: true });
  writeFileSync(at('nothing', 'readme.pdf.txt.old'), 'x');
});

/** The sources of the section records, in output order. */
function sources(stdout: string): string[] {
  return [...new Set(stdout.trim().split('\n').map((l) => JSON.parse(l).source as string))];
}

describe('folders', () => {
  it('a folder: its plan files and symlinked plan files; each other entry skipped with a reason', () => {
    const r = runCli([at('plans'), '--format', 'ndjson', '--table', 'sections']);
    expect(r.status).toBe(0);
    expect(sources(r.stdout)).toEqual([at('plans', 'linked.txt'), at('plans', 'riverside.txt')]);
    expect(r.stderr.split('\n').filter(Boolean)).toEqual([
      `plan-parse: ${at('plans', 'dead.txt')}: skipped: a symlink to nothing`,
      `plan-parse: ${at('plans', 'notes.docx.bak')}: skipped: not a plan file (.txt, .md, .markdown, .html, .htm, .docx, .pdf; name it to read it anyway)`,
      `plan-parse: ${at('plans', 'older')}: skipped: a folder (-r reads folders inside folders)`,
    ]);
  });

  it('-r: folders inside too, and a link back up the tree is not read twice', () => {
    const r = runCli([at('plans'), '-r', '--format', 'ndjson', '--table', 'sections']);
    expect(r.status).toBe(0);
    expect(sources(r.stdout)).toEqual([at('plans', 'linked.txt'), at('plans', 'older', 'harbor.md'), at('plans', 'riverside.txt')]);
    expect(r.stderr).toContain(`${at('plans', 'older', 'up')}: skipped: a link to a folder already read`);
  });

  it('--quiet: the same output, no notes', () => {
    const r = runCli([at('plans'), '-r', '-q', '--format', 'ndjson', '--table', 'sections']);
    expect(r.status).toBe(0);
    expect(r.stderr).toBe('');
    expect(sources(r.stdout)).toHaveLength(3);
  });

  it('targets and lint take -r as well', () => {
    expect(sources(runCli(['targets', at('plans'), '-r', '-q', '--format', 'ndjson']).stdout)).toContain(at('plans', 'riverside.txt'));
    expect(runCli(['lint', at('plans'), '-r', '-q']).status).not.toBe(2);
  });

  it('a folder with nothing to read: exit 2, a message that says so and suggests -r, no output written', () => {
    const out = at('out.json');
    const r = runCli([at('nothing'), '-o', out]);
    expect(r.status).toBe(2);
    expect(r.stderr).toMatch(/nothing: no plan files in this folder \(\.txt, \.md, \.markdown, \.html, \.htm, \.docx, \.pdf; -r reads the folders inside it\)\n$/);
    expect(r.stdout).toBe('');
    expect(runCli([at('nothing'), '-r']).status).toBe(2);
  });
});
