import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { INPUT_FORMATS, loadDocument, OUTPUT_FORMATS, parse, parseMarkdown } from '../src/index.js';
import { detectFormat } from '../src/pipeline/inputs.js';
import { runCli } from './helpers/cli.js';

const TXT = 'fixtures/formats/riverside-plan.txt';
const MD = 'fixtures/formats/harbor-handwritten.md';
const bytesOf = (file: string) => new Uint8Array(readFileSync(file));

describe('one pipeline for every input form', () => {
  it('loadDocument gives what parse / parseMarkdown give, with the bytes hashed', async () => {
    const text = readFileSync(TXT, 'utf8');
    const loaded = await loadDocument(bytesOf(TXT), { name: TXT });
    expect(loaded).toEqual(parse(text, { name: TXT, sha256: loaded.source.sha256 }));
    const md = readFileSync(MD, 'utf8');
    const loadedMd = await loadDocument(bytesOf(MD), { name: MD });
    expect(loadedMd).toEqual(await parseMarkdown(md, { name: MD, sha256: loadedMd.source.sha256 }));
  });

  it('records the input form; --from overrides the name', async () => {
    expect((await loadDocument(bytesOf(TXT), { name: TXT })).source.format).toBe('txt');
    expect((await loadDocument(bytesOf(MD), { name: MD })).source.format).toBe('md');
    expect((await loadDocument(bytesOf(MD), { name: 'notes.txt', from: 'md' })).source.format).toBe('md');
    expect((await loadDocument(bytesOf(MD), { name: MD, from: 'txt' })).source.format).toBe('txt');
  });

  it('reads the form from the name, in any case, and plain text otherwise', () => {
    const bytes = new TextEncoder().encode('一、目标\n');
    expect(detectFormat(bytes, 'PLAN.MD')).toBe('md');
    expect(detectFormat(bytes, 'plan.markdown')).toBe('md');
    expect(detectFormat(bytes, 'plan.txt')).toBe('txt');
    expect(detectFormat(bytes, '-')).toBe('txt');
    expect(detectFormat(bytes, undefined)).toBe('txt');
  });

  it('a Markdown plan read through --from md keeps its Markdown bodies in Markdown output, whatever its name', () => {
    const viaName = runCli([MD, '--format', 'md']);
    const viaFrom = runCli(['--from', 'md', '--format', 'md', '-'], { input: readFileSync(MD) });
    expect(viaFrom.stdout).toBe(viaName.stdout);
  });
});

describe('the registries are what the command line offers', () => {
  it('--format and --from list the registered formats', () => {
    const help = runCli(['--help']).stdout.replace(/\s+/g, ' ');
    expect(help).toContain(`(choices: ${OUTPUT_FORMATS.map((f) => `"${f}"`).join(', ')})`);
    expect(help).toContain(`(choices: ${INPUT_FORMATS.map((f) => `"${f}"`).join(', ')})`);
  });
});
