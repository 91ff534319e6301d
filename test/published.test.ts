/**
 * Plans as published — PDF, Word, web page — read by content, through the
 * command users run, on the made-up fixtures of fixtures/published/ (made by
 * scripts/make-published-fixtures.mjs): the text each reader extracts, what
 * it leaves out, and that every position counts in that text.
 */
import { existsSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import type { PlanDocument } from '../src/model/schema.js';
import { runCli } from './helpers/cli.js';
import { expectSound, flatten } from './helpers/invariants.js';

const FIXTURES = 'fixtures/published';
/** The plan in each published form (also the build's samples for the forms' code caches). */
const SAMPLE = (form: string) => `../formats/qinghe-digital.${form}`;

function parsed(file: string, ...args: string[]): { doc: PlanDocument; text: string } {
  const run = runCli([`${FIXTURES}/${file}`, '--json', ...args]);
  expect(run.stderr).toBe('');
  expect(run.status).toBe(0);
  const text = runCli(['text', `${FIXTURES}/${file}`, ...args]).stdout;
  return { doc: JSON.parse(run.stdout), text };
}

const outline = (doc: PlanDocument) => flatten(doc.sections).map((s) => `${s.level} ${s.marker}${s.title}`);
const PLAN_OUTLINE = ['1 一、总体要求', '2 （一）发展目标', '2 （二）基本原则', '1 二、重点任务', '2 （一）夯实数字基础设施', '2 （二）培育数字产业集群', '1 三、保障措施'];
/** The goal sentence's quantities, each whole: none may be cut by a line end or split by the gap Word leaves beside digits. */
const GOAL_QUANTITIES = ['450亿元', '12%', '9.5%', '3200个', '68%'];

describe.each([
  [SAMPLE('pdf'), 'pdf', 'binary'],
  [SAMPLE('docx'), 'docx', 'utf-8'],
  [SAMPLE('html'), 'html', 'gb18030'],
])('the plan as %s', (file, format, encoding) => {
  const { doc, text } = parsed(file);

  it('is known by its content and says what it was read as', () => {
    expect(doc.source.format).toBe(format);
    expect(doc.source.encoding).toBe(encoding);
  });

  it('gives the plan outline, with numbering, levels and titles', () => {
    expect(outline(doc)).toEqual(PLAN_OUTLINE);
  });

  it('joins each paragraph onto one line, numbers and units whole', () => {
    const goal = text.split('\n').find((l) => l.startsWith('到2027年'));
    expect(goal).toMatch(/^到2027年，全市.*进入全省前列。$/);
    for (const q of GOAL_QUANTITIES) expect(goal).toContain(q);
    const targets = doc.targets.map((t) => `${t.value}${t.unit}`);
    for (const q of GOAL_QUANTITIES) expect(targets).toContain(q);
  });

  it('positions count in the text `plan-parse text` prints', () => {
    expect(text.length).toBe(doc.source.length);
    expectSound(doc, text);
  });

  it('leaves page furniture out of the text, lists it, and says so in a diagnostic', () => {
    const removed = doc.envelope.removed ?? [];
    expect(removed.length).toBeGreaterThan(0);
    expect(doc.diagnostics[0]).toMatchObject({ severity: 'info', code: 'page-furniture-removed', message: expect.stringMatching(/^left out of the text as page furniture: \d+ page/) });
    for (const part of removed) expect(text).not.toContain(part.text.split('\n')[0]);
  });
});

describe('PDF', () => {
  const { doc, text } = parsed(SAMPLE('pdf'));

  it('drops running page numbers and headers, found by position and repetition', () => {
    const kinds = (kind: string) => (doc.envelope.removed ?? []).filter((p) => p.kind === kind).map((p) => p.page);
    expect(kinds('page-number')).toEqual([1, 2, 3, 4]);
    expect(kinds('page-header')).toEqual([1, 2, 3, 4]);
    expect(text).not.toMatch(/— \d+ —|公报/);
  });

  it('reads the contents page as contents, not as headings', () => {
    expect((doc.envelope.removed ?? []).find((p) => p.kind === 'contents')?.text).toMatch(/^目录\n一、总体要求/);
    expect(text).not.toContain('目录');
  });

  it('joins a paragraph that runs over a page break', () => {
    const lines = text.split('\n');
    expect(lines.filter((l) => l.startsWith('围绕智能终端')).length).toBe(1);
    expect(lines.find((l) => l.startsWith('围绕智能终端'))).toMatch(/产业生态。$/);
  });

  it('a scan (no text layer) and a password-protected PDF: exit 2, one line saying what to do', () => {
    const scan = runCli([`${FIXTURES}/scan.pdf`]);
    expect(scan.status).toBe(2);
    expect(scan.stderr).toMatch(/^plan-parse: .*scan\.pdf: the PDF has no text layer .*OCR it first.*\n$/);
    const locked = runCli([`${FIXTURES}/encrypted.pdf`]);
    expect(locked.status).toBe(2);
    expect(locked.stderr).toMatch(/^plan-parse: .*encrypted\.pdf: the PDF is encrypted with a password .*decrypt it first.*\n$/);
  });
});

describe('Word', () => {
  const { text } = parsed(SAMPLE('docx'));
  const lines = text.split('\n');

  it('writes automatic numbering into the text, from the paragraph or its style', () => {
    expect(lines).toContain('一、总体要求');
    expect(lines).toContain('（二）基本原则');
    // The second list item under 二、 numbers from one again; the one after it takes its number from its style.
    expect(lines).toContain('（一）夯实数字基础设施');
    expect(lines).toContain('（二）培育数字产业集群');
  });

  it('joins runs, reads a table as tab-separated rows, keeps notes apart and deleted text out', () => {
    expect(lines).toContain('数字经济核心产业增加值（亿元）\t300\t450');
    expect(lines[lines.length - 2]).toBe('[1] 核心产业指数字产品制造业、服务业等四类。');
    expect(lines).toContain('这段文字保留修订后的样子。');
    expect(lines.filter((l) => l === '文本框里的说明只读一次。').length).toBe(1);
  });

  it('a damaged file and a zip that is no Word file: exit 2, one line', () => {
    for (const [file, message] of [
      ['damaged.docx', /damaged zip archive .*save it again as \.docx/],
      ['not-word.docx', /a zip archive but not a Word document/],
    ] as const) {
      const run = runCli([`${FIXTURES}/${file}`]);
      expect(run.status).toBe(2);
      expect(run.stderr.trim().split('\n')).toHaveLength(1);
      expect(run.stderr).toMatch(message);
    }
  });
});

describe('web page', () => {
  const { doc, text } = parsed(SAMPLE('html'));

  it('reads the article with its title, not the menus, breadcrumbs, share bar, related links or footer', () => {
    expect(text.split('\n')[0]).toBe('青禾市数字经济发展三年行动方案（2025—2027年）');
    for (const furniture of ['政务公开', '当前位置', '分享到', '相关文件', '网站标识码', '发布时间', 'var nav']) expect(text).not.toContain(furniture);
    const removed = (doc.envelope.removed ?? []).map((p) => `${p.kind}: ${p.text}`).join('\n');
    expect(removed).toMatch(/page-header: [^]*当前位置/);
    expect(removed).toMatch(/page-footer: [^]*相关文件/);
  });

  it('decodes entities, ends lines at <br>, reads tables as rows', () => {
    expect(text).toContain('联系人：李某<办公室>\n联系电话：0000-1234567\n');
    expect(text).toContain('指标\t2024年\t2027年\n');
  });

  it('a page with no article: exit 2, one line', () => {
    const run = runCli([`${FIXTURES}/links-only.html`]);
    expect(run.status).toBe(2);
    expect(run.stderr).toMatch(/^plan-parse: .*: no article text found on the web page \(.*\)\n$/);
  });
});

describe('input form', () => {
  it('is known by content whatever the name, and --from overrides it', () => {
    const pdf = readFileSync(`${FIXTURES}/${SAMPLE('pdf')}`);
    const asText = runCli(['-', '--json'], { input: pdf });
    expect(JSON.parse(asText.stdout).source.format).toBe('pdf');
    const page = runCli([`${FIXTURES}/${SAMPLE('html')}`, '--json', '--from', 'txt']);
    expect(JSON.parse(page.stdout).source.format).toBe('txt');
    expect(runCli(['text', `${FIXTURES}/${SAMPLE('html')}`, '--from', 'txt']).stdout).toMatch(/^<!DOCTYPE html>/);
  });

  it('reads UTF-16 without a byte order mark as the same plan', () => {
    const { doc } = parsed('plan.utf16le');
    expect(doc.source.encoding).toBe('utf-16le');
    expect(outline(doc)).toEqual(PLAN_OUTLINE);
  });

  it('an old binary Word file: exit 2, saying to save it as .docx', () => {
    const doc = Buffer.concat([Buffer.from('d0cf11e0a1b11ae1', 'hex'), Buffer.alloc(512)]);
    const run = runCli(['-'], { input: doc });
    expect(run.status).toBe(2);
    expect(run.stderr).toMatch(/old Word \(\.doc\).*save it as \.docx/);
  });

  it('diff, lint and targets work on published forms alike', () => {
    const diff = runCli(['diff', `${FIXTURES}/${SAMPLE('docx')}`, `${FIXTURES}/${SAMPLE('html')}`, '--format', 'json', '--fail-on', 'structure']);
    expect(diff.status).toBe(0);
    const targets = runCli(['targets', `${FIXTURES}/${SAMPLE('pdf')}`, '--csv']);
    expect(targets.status).toBe(0);
    expect(targets.stdout).toContain('450');
    expect(runCli(['lint', `${FIXTURES}/${SAMPLE('html')}`]).status).not.toBe(2);
  });
});

const SEED_FORMS = '../shared/samples/seed-published';
describe.skipIf(!existsSync(SEED_FORMS))('the seed as published (../shared; skipped when absent)', () => {
  const seedText = runCli(['seeds/wuhan-east-lake-14th-fyp.txt', '--json']);
  const reference = outline(JSON.parse(seedText.stdout));
  it.each(['seed.pdf', 'seed.docx', 'seed.html'])('%s gives the outline of the seed text', (file) => {
    const run = runCli([`${SEED_FORMS}/${file}`, '--json']);
    expect(run.status).toBe(0);
    expect(outline(JSON.parse(run.stdout))).toEqual(reference);
  });
});
