/**
 * The import graph of src/, read from the source files: imports follow the
 * flow (FLOW below), no folder imports another that imports it back
 * (directly or round a longer circle), and no file is part of an import
 * loop. Type-only imports count too: a loop of types is still two modules
 * that cannot be read one without the other.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { dirname, join, normalize, relative } from 'node:path';
import { describe, expect, it } from 'vitest';

const SRC = 'src';

/**
 * Which folders each folder of src/ may import: the stages (read → structure
 * → targets, put together by pipeline) build on the shared vocabularies
 * (model, text, quantities, markdown, present); the writers (export, diff)
 * see only the document and those vocabularies, never a stage; only the
 * command line sees everything. A new folder, or a new kind of import,
 * is decided here.
 */
const FLOW: Record<string, string[]> = {
  model: [],
  text: ['model'],
  quantities: ['model', 'text'],
  present: ['model'],
  markdown: ['model', 'present'],
  structure: ['model', 'text'],
  targets: ['model', 'text', 'quantities'],
  read: ['model', 'text', 'markdown', 'structure'],
  pipeline: ['model', 'text', 'read', 'structure', 'targets'],
  export: ['model', 'text', 'quantities', 'markdown', 'present'],
  diff: ['model', 'text', 'markdown', 'present'],
  cli: ['model', 'text', 'quantities', 'markdown', 'present', 'read', 'pipeline', 'export', 'diff'],
  '(src)': ['model', 'quantities', 'read', 'pipeline', 'export'],
};

function sourceFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) => {
    const path = join(dir, e.name);
    if (e.isDirectory()) return sourceFiles(path);
    return e.name.endsWith('.ts') ? [path] : [];
  });
}

/** Relative imports, static and dynamic, `import type` and `export … from` included. */
const IMPORT = /(?:\bfrom\s*|\bimport\s*\(\s*|\bimport\s+)'(\.{1,2}\/[^']+)'/g;

function importGraph(): Map<string, Set<string>> {
  const graph = new Map<string, Set<string>>();
  for (const file of sourceFiles(SRC)) {
    const targets = new Set<string>();
    for (const m of readFileSync(file, 'utf8').matchAll(IMPORT)) targets.add(normalize(join(dirname(file), m[1])).replace(/\.js$/, '.ts'));
    graph.set(normalize(file), targets);
  }
  return graph;
}

const folderOf = (file: string) => {
  const parts = relative(SRC, file).split('/');
  return parts.length > 1 ? parts[0] : '(src)';
};

/** Every cycle found by a depth-first walk, each as the path that closes it. */
function cycles(graph: Map<string, Set<string>>): string[][] {
  const found: string[][] = [];
  const state = new Map<string, 'open' | 'done'>();
  const path: string[] = [];
  const visit = (node: string) => {
    state.set(node, 'open');
    path.push(node);
    for (const next of graph.get(node) ?? []) {
      if (state.get(next) === 'open') found.push([...path.slice(path.indexOf(next)), next]);
      else if (!state.has(next)) visit(next);
    }
    path.pop();
    state.set(node, 'done');
  };
  for (const node of [...graph.keys()].sort()) if (!state.has(node)) visit(node);
  return found;
}

describe('the import graph of src/', () => {
  const files = importGraph();

  it('reads the imports it checks', () => {
    // A pattern that matched nothing would pass every check below.
    expect(files.get(normalize('src/cli/main.ts'))!.size).toBeGreaterThan(3);
    for (const targets of files.values()) for (const t of targets) expect(files.has(t), t).toBe(true);
  });

  const folders = new Map<string, Set<string>>();
  for (const [file, targets] of files) {
    const from = folderOf(file);
    if (!folders.has(from)) folders.set(from, new Set());
    for (const t of targets) if (folderOf(t) !== from) folders.get(from)!.add(folderOf(t));
  }

  it('imports only along the flow', () => {
    const against: string[] = [];
    for (const [from, to] of folders) {
      expect(FLOW[from], `src/${from} is not in FLOW: decide what it may import`).toBeDefined();
      for (const t of to) if (!FLOW[from].includes(t)) against.push(`${from} → ${t}`);
    }
    expect(against).toEqual([]);
  });

  it('has no folder that imports another which imports it back', () => {
    expect(cycles(folders).map((c) => c.join(' → '))).toEqual([]);
  });

  it('has no import loop between files', () => {
    expect(cycles(files).map((c) => c.join(' → '))).toEqual([]);
  });

  it('finds a loop when there is one', () => {
    const looped = new Map([
      ['a', new Set(['b'])],
      ['b', new Set(['c'])],
      ['c', new Set(['a'])],
    ]);
    expect(cycles(looped)).toEqual([['a', 'b', 'c', 'a']]);
  });
});
