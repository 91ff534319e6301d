/**
 * The library's published types: a program outside the project that imports
 * 'plan-parse' type-checks against dist/lib/index.d.ts (built by
 * `npm run build`, found through package.json's `types` and `exports`).
 */
import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, symlinkSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';

const TSC = join(dirname(createRequire(import.meta.url).resolve('typescript/package.json')), 'bin', 'tsc');

const CONSUMER = `
import { INPUT_FORMATS, loadDocument, OUTPUT_FORMATS, parse, parseMarkdown, type Diagnostic, type InputFormat, type PlanDocument, type Section, type Target } from 'plan-parse';

const doc: PlanDocument = parse('一、目标\\n地区生产总值达到500亿元。\\n', { name: 'plan.txt' });
const first: Section | undefined = doc.sections[0];
const values: number[] = doc.targets.map((t: Target) => t.value);
const format: InputFormat | undefined = doc.source.format;
const code: Diagnostic['code'] = 'numbering-gap';
export const loaded: Promise<PlanDocument> = loadDocument(new Uint8Array(), { name: 'plan.md', from: 'md' });
export const markdown: Promise<PlanDocument> = parseMarkdown('## 一、目标\\n');
export const forms: readonly string[] = [...INPUT_FORMATS, ...OUTPUT_FORMATS];
export { code, first, format, values };

// @ts-expect-error: no such diagnostic code (and the types are not \`any\`)
export const wrong: Diagnostic['code'] = 'no-such-code';
// @ts-expect-error: parse takes text, not a number
parse(42);
`;

describe('the published type declarations', () => {
  it('type-check a program that imports plan-parse as a package', () => {
    const dir = mkdtempSync(join(tmpdir(), 'plan-parse-types-'));
    mkdirSync(join(dir, 'node_modules'));
    symlinkSync(resolve('.'), join(dir, 'node_modules', 'plan-parse'), 'dir');
    writeFileSync(join(dir, 'consumer.ts'), CONSUMER);
    writeFileSync(
      join(dir, 'tsconfig.json'),
      JSON.stringify({ compilerOptions: { strict: true, module: 'NodeNext', moduleResolution: 'NodeNext', target: 'ES2022', noEmit: true, types: [] }, files: ['consumer.ts'] }),
    );
    writeFileSync(join(dir, 'package.json'), JSON.stringify({ type: 'module', private: true }));
    const run = spawnSync(process.execPath, [TSC, '-p', dir], { encoding: 'utf8' });
    expect(run.stdout + run.stderr).toBe('');
    expect(run.status).toBe(0);
  });
});
