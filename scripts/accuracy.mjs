// npm run accuracy: scores the built command line against the hand-checked
// readings in ../shared/ (the development corpus, its pdftotext copies and the
// seed's PDF copy), with the project's Python scorers, and prints the figures
// per document and overall. `--json` prints the overall figures alone, as one
// JSON object (what test/accuracy.test.ts compares with accuracy-floors.json).
// Exit 0 with a note when ../shared/ or python3 is not there.
import { execFile } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';

const run = promisify(execFile);
const ROOT = new URL('..', import.meta.url).pathname;
const SHARED = join(ROOT, '../shared');
const CLI = join(ROOT, 'bin/plan-parse.js');
const EVAL = join(SHARED, 'eval');
/** The sets scored: a folder of docs/ and gold/ for score_corpus.py, or one document with its gold. */
const SETS = [
  { name: 'corpus', dir: join(SHARED, 'corpus') },
  { name: 'published', dir: join(SHARED, 'corpus-published') },
  {
    name: 'seed-pdf',
    doc: join(SHARED, 'samples/seed-published/seed.pdftotext.txt'),
    gold: join(SHARED, 'samples/seed-published/seed.pdftotext.gold.json'),
  },
];

const json = process.argv.includes('--json');

/** Why the scores cannot be taken here, or null when they can. */
async function missing() {
  if (!existsSync(EVAL) || !SETS.every((s) => existsSync(s.dir ?? s.doc))) return `${SHARED} (the corpus and its scorers) is not there`;
  if (!existsSync(join(ROOT, 'dist'))) return 'dist/ is missing: run npm run build first';
  try {
    await run('python3', ['--version']);
  } catch {
    return 'python3 (which runs the scorers) is not on PATH';
  }
  return null;
}

/** score_corpus.py on a folder: its per-document lines, and the overall figures. */
async function scoreFolder(dir) {
  const { stdout } = await run('python3', [join(EVAL, 'score_corpus.py'), CLI, dir, '--json'], { maxBuffer: 1 << 24 });
  const lines = stdout.trimEnd().split('\n');
  const figures = JSON.parse(lines.pop());
  return { lines, figures: pick(figures) };
}

/** score.py on one document. */
async function scoreOne(doc, gold) {
  const tmp = mkdtempSync(join(tmpdir(), 'plan-parse-accuracy-'));
  try {
    const out = join(tmp, 'out.json');
    const { stdout } = await run(process.execPath, [CLI, doc, '--json'], { maxBuffer: 1 << 26 });
    writeFileSync(out, stdout);
    const scored = JSON.parse((await run('python3', [join(EVAL, 'score.py'), gold, out, doc])).stdout);
    const h = scored.headings;
    const t = scored.targets;
    const line = `seed.pdftotext headings F1 ${h.f1.toFixed(3)} (${h.gold} gold, ${h.out} out)  targets p ${t.p.toFixed(3)} r ${t.r.toFixed(3)} timeframe ${t.timeframe_acc.toFixed(2)}`;
    return { lines: [line], figures: { heading_f1: h.f1, target_precision: t.p, target_recall: t.r, timeframe: t.timeframe_acc } };
  } finally {
    rmSync(tmp, { recursive: true, force: true });
  }
}

/** The figures the floors are kept for. */
function pick(f) {
  return { heading_f1: f.heading_f1, target_precision: f.target_precision, target_recall: f.target_recall, timeframe: f.timeframe };
}

const why = await missing();
if (why) {
  console.log(json ? JSON.stringify({ skipped: why }) : `accuracy: skipped: ${why}`);
  process.exit(0);
}
const results = await Promise.all(SETS.map((s) => (s.dir ? scoreFolder(s.dir) : scoreOne(s.doc, s.gold))));
const overall = Object.fromEntries(SETS.map((s, k) => [s.name, results[k].figures]));
if (json) console.log(JSON.stringify(overall));
else {
  SETS.forEach((s, k) => {
    console.log(`== ${s.name}`);
    for (const line of results[k].lines) console.log(line);
  });
  console.log('== overall');
  for (const [name, f] of Object.entries(overall)) {
    console.log(`${name.padEnd(10)} heading F1 ${f.heading_f1}  targets precision ${f.target_precision} recall ${f.target_recall}  timeframe ${f.timeframe}`);
  }
}
