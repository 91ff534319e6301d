// npm run bench: throughput, start-up, memory and --jobs, side by side with
// remark-parse as the peer. Prints a report; not part of the tests.
// Run after `npm run build` (npm ci does it). Takes a few minutes.
import { execFileSync, spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { cpus, tmpdir } from 'node:os';
import { join } from 'node:path';
import { parse } from '../dist/lib/index.js';

const root = new URL('..', import.meta.url).pathname;
const bin = join(root, 'bin/plan-parse.js');
const work = mkdtempSync(join(tmpdir(), 'plan-parse-bench-'));
const MB = 1e6;
const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
const fmt = (x, d = 1) => x.toFixed(d);

/** The seed and every UTF-8 fixture plan, joined: one "unit" of realistic plan text. */
function planUnit() {
  const parts = [readFileSync(join(root, 'seeds/wuhan-east-lake-14th-fyp.txt'), 'utf8')];
  const walk = (dir) => {
    for (const e of readdirSync(dir, { withFileTypes: true }).sort((a, b) => (a.name < b.name ? -1 : 1))) {
      const p = join(dir, e.name);
      if (e.isDirectory()) {
        if (e.name !== 'encodings') walk(p); // the same plan in other encodings: not UTF-8 text
      }
      else if (e.name.endsWith('.txt')) parts.push(readFileSync(p, 'utf8'));
    }
  };
  walk(join(root, 'fixtures'));
  return parts.join('\n\n');
}

function corpusOf(bytes, unit) {
  const copies = Math.ceil(bytes / Buffer.byteLength(unit));
  return Array.from({ length: copies }, () => unit).join('\n\n');
}

function timeIt(fn, runs = 3) {
  const times = [];
  for (let i = 0; i < runs; i++) {
    const t = performance.now();
    fn();
    times.push(performance.now() - t);
  }
  return Math.min(...times);
}

function processTime(args, runs = 3) {
  return timeIt(() => {
    const r = spawnSync(process.execPath, args, { stdio: ['ignore', 'ignore', 'pipe'], maxBuffer: 1 << 30 });
    if (r.status !== 0) throw new Error(`${args.join(' ')} failed: ${r.stderr}`);
  }, runs);
}

function peakRss(args) {
  const r = spawnSync(process.execPath, ['--require', join(root, 'scripts/report-rss.cjs'), ...args], { stdio: ['ignore', 'ignore', 'pipe'] });
  return Number(/maxRSS=(\d+)/.exec(r.stderr.toString())[1]);
}

const unit = planUnit();
const corpus = corpusOf(20 * MB, unit);
const corpusBytes = Buffer.byteLength(corpus);
const corpusFile = join(work, 'corpus.txt');
writeFileSync(corpusFile, corpus);
const mdFile = join(work, 'corpus.md');
execFileSync(process.execPath, [bin, corpusFile, '--format', 'md', '-o', mdFile]);
const markdown = readFileSync(mdFile, 'utf8');

console.log(`plan-parse bench — Node ${process.version}, ${cpus().length} cores, corpus ${fmt(corpusBytes / MB)} MB (${fmt(Buffer.byteLength(markdown) / MB)} MB as Markdown)\n`);

// 1. Throughput, in-process and whole process.
parse(unit); // warm up
const ours = timeIt(() => parse(corpus));
const { unified } = await import('unified');
const { default: remarkParse } = await import('remark-parse');
const remark = unified().use(remarkParse);
const peer = timeIt(() => remark.parse(markdown), 2);
const oursProc = processTime([bin, corpusFile, '--json', '-o', join(work, 'out.json')]);
const remarkScript = join(work, 'remark.mjs');
writeFileSync(remarkScript, `import { readFileSync } from 'node:fs';\nimport { unified } from '${import.meta.resolve('unified')}';\nimport remarkParse from '${import.meta.resolve('remark-parse')}';\nconst tree = unified().use(remarkParse).parse(readFileSync(process.argv[2], 'utf8'));\nprocess.stdout.write(JSON.stringify(tree));\n`);
const peerProc = processTime([remarkScript, mdFile], 2);
const goals = [];
/** One line of the closing table: what issue 7 asks for, what this run measured. */
const goal = (name, result, met) => goals.push({ name, result, met });
goal('in-process parse >= 100 MB/s', `${fmt(corpusBytes / MB / (ours / 1000))} MB/s`, corpusBytes / MB / (ours / 1000) >= 100);
goal('whole process >= 20x remark-parse', `${fmt(peerProc / oursProc)}x`, peerProc / oursProc >= 20);
console.log('throughput                 plan-parse      remark-parse    ratio');
console.log(`  in-process               ${fmt(corpusBytes / MB / (ours / 1000)).padStart(7)} MB/s    ${fmt(corpusBytes / MB / (peer / 1000)).padStart(7)} MB/s    ${fmt(peer / ours)}×`);
console.log(`  whole process (--json)   ${fmt(corpusBytes / MB / (oursProc / 1000)).padStart(7)} MB/s    ${fmt(corpusBytes / MB / (peerProc / 1000)).padStart(7)} MB/s    ${fmt(peerProc / oursProc)}×`);

// 2. Start-up: median of alternating runs.
const seed = join(root, 'seeds/wuhan-east-lake-14th-fyp.txt');
const startRuns = { ours: [], node: [] };
for (let i = 0; i < 21; i++) {
  startRuns.ours.push(processTime([bin, seed, '--json'], 1));
  startRuns.node.push(processTime(['-e', ''], 1));
}
const [so, sn] = [median(startRuns.ours), median(startRuns.node)];
console.log(`\nstart-up (median of 21)    plan-parse seed --json ${fmt(so, 0)} ms, node -e '' ${fmt(sn, 0)} ms, ratio ${fmt(so / sn, 2)}`);
goal('start-up <= 1.5x node -e \'\'', `${fmt(so / sn, 2)}x`, so / sn <= 1.5);

// 3. Peak memory on the corpus.
const rss = peakRss([bin, corpusFile, '--json', '-o', join(work, 'out.json')]);
console.log(`peak RSS on the corpus     ${fmt(rss / MB, 0)} MB = ${fmt(rss / corpusBytes)}× the input`);
goal('peak RSS <= 10x the input', `${fmt(rss / corpusBytes)}x`, rss / corpusBytes <= 10);

// 4. A folder of 1,000 plan files, one worker against two.
const folder = join(work, 'plans');
mkdirSync(folder);
const plans = unit.split(/\n\n(?=[^\n]*(?:规划|方案|报告|办法)\n)/);
for (let i = 0; i < 1000; i++) writeFileSync(join(folder, `plan-${String(i).padStart(4, '0')}.txt`), plans[i % plans.length]);
const one = processTime([bin, folder, '--json', '--jobs', '1', '-o', join(work, 'one.json')]);
const two = processTime([bin, folder, '--json', '--jobs', '2', '-o', join(work, 'two.json')]);
const same = readFileSync(join(work, 'one.json'), 'utf8') === readFileSync(join(work, 'two.json'), 'utf8');
console.log(`1,000 files                --jobs 1 ${fmt(one, 0)} ms, --jobs 2 ${fmt(two, 0)} ms, speed-up ${fmt(one / two, 2)}× (same output: ${same})`);
goal('--jobs 2 >= 1.7x --jobs 1 (same output)', `${fmt(one / two, 2)}x`, one / two >= 1.7 && same);

// 5. Linearity: time per MB at growing sizes.
console.log('\nin-process cost by size');
const perMB = [];
for (const size of [2, 20, 200]) {
  const text = size === 20 ? corpus : corpusOf(size * MB, unit);
  // Small sizes take more runs: a 2 MB parse is short enough for one collection of earlier garbage to skew it.
  const t = timeIt(() => parse(text), size === 200 ? 1 : size === 2 ? 9 : 3);
  perMB.push(t / (Buffer.byteLength(text) / MB));
  console.log(`  ${String(size).padStart(4)} MB   ${fmt(perMB.at(-1), 2)} ms/MB`);
}
// Linear: every size's time per MB within 1.5 times the best (run-to-run noise is about 20%).
goal('cost linear in size', perMB.map((x) => fmt(x, 0)).join(' / ') + ' ms/MB', Math.max(...perMB) <= 1.5 * Math.min(...perMB));

// The result column is as wide as its longest entry (the linearity one lists three sizes).
const width = Math.max(...goals.map((g) => g.result.length)) + 2;
console.log(`\n${'goal'.padEnd(44)}${'result'.padEnd(width)}met`);
for (const g of goals) console.log(`${g.name.padEnd(44)}${g.result.padEnd(width)}${g.met ? 'yes' : 'NO'}`);

rmSync(work, { recursive: true, force: true });
