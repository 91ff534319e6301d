/** The diff's readable, Markdown and GitHub formats. */
import { readFileSync } from 'node:fs';
import remarkGfm from 'remark-gfm';
import remarkParse from 'remark-parse';
import { unified } from 'unified';
import { describe, expect, it } from 'vitest';
import { diffDocuments, summarize } from '../src/diff/index.js';
import { escapeData, escapeProperty, renderGithub } from '../src/diff/render-github.js';
import { MAX_COMMENT_LENGTH, renderMarkdown } from '../src/diff/render-md.js';
import { renderText } from '../src/diff/render-text.js';
import { parse } from '../src/index.js';
import type { Change, DocumentDiff } from '../src/model/diff-schema.js';

const fixture = (name: string) => parse(readFileSync(new URL(`../fixtures/diff/${name}`, import.meta.url), 'utf8'), { name });
const ADOPTED = diffDocuments(fixture('plan.txt'), fixture('adopted.txt'));

/** A diff of many renumbered sections, to try the limits. */
function manyChanges(n: number): DocumentDiff {
  const changes: Change[] = Array.from({ length: n }, (_, i) => ({
    type: 'renumbered',
    old: { id: `${i + 1}`, marker: `${i + 1}.`, title: `第${i + 1}项重点工作任务安排`, line: i + 10 },
    new: { id: `${i + 2}`, marker: `${i + 2}.`, title: `第${i + 1}项重点工作任务安排`, line: i + 11 },
  }));
  return { ...ADOPTED, summary: summarize(changes), changes };
}

describe('text', () => {
  it('says what changed, targets first, body edits inline', () => {
    expect(renderText(ADOPTED, false)).toBe(
      [
        'plan.txt → adopted.txt: 1 target changed, 2 sections added, 1 renamed, 1 text changed, 3 renumbered',
        '',
        'Targets',
        '  ~ 地区生产总值: >8000亿元 → >9000亿元 (raised: more ambitious) in （二）发展目标  line 22',
        '',
        'Sections',
        '  + added          二、发展环境  line 10',
        '  + added          3.数字文旅  line 40',
        '  ~ renamed        （一）壮大数字产业 → 做强数字产业  line 26',
        '  ~ text changed   （一）指导思想  line 16',
        '                   …化为主线，统筹发展和安全{+，坚持系统观念+}。',
        '  # renumbered     二、总体要求 → 三、  line 14',
        '  # renumbered     三、主要任务 → 四、  line 24',
        '  # renumbered     四、保障措施 → 五、  line 46',
        '',
      ].join('\n'),
    );
  });

  it('colours only when asked', () => {
    expect(renderText(ADOPTED, false)).not.toMatch(/\x1b\[/);
    const coloured = renderText(ADOPTED, true);
    expect(coloured).toMatch(/\x1b\[/);
    expect(coloured).not.toContain('{+');
  });

  it('says when nothing changed', () => {
    const same = diffDocuments(fixture('plan.txt'), fixture('plan.txt'));
    expect(renderText(same, false)).toBe('plan.txt → plan.txt: no changes\n');
  });
});

describe('markdown', () => {
  const parseMd = (md: string) => unified().use(remarkParse).use(remarkGfm).parse(md);
  type Node = { type: string; value?: string; children?: Node[] };
  const textOf = (n: Node): string => n.value ?? (n.children ?? []).map(textOf).join('');
  const all = (n: Node, type: string): Node[] => [...(n.type === type ? [n] : []), ...(n.children ?? []).flatMap((c) => all(c, type))];

  it('puts the summary first, then the target table, then the sections', async () => {
    const md = await renderMarkdown(ADOPTED);
    expect(md.split('\n')[0]).toBe('**plan-parse diff** `plan.txt` → `adopted.txt`: 1 target changed, 2 sections added, 1 renamed, 1 text changed, 3 renumbered');
    const tree = parseMd(md) as Node;
    expect(tree.children!.map((n) => n.type)).toEqual(['paragraph', 'heading', 'table', 'heading', 'list']);
    const rows = all(tree, 'tableRow').map((r) => r.children!.map(textOf));
    expect(rows).toEqual([
      ['Change', 'Indicator', 'Old', 'New', 'Section', 'Line'],
      ['raised: more ambitious', '地区生产总值', '>8000亿元', '>9000亿元', '（二）发展目标', '22'],
    ]);
    expect(all(tree, 'listItem').map(textOf)).toContain('Renamed （一）壮大数字产业 → 做强数字产业 (line 26)');
  });

  it('marks insertions and deletions so GitHub renders them next to Chinese punctuation', async () => {
    const diff = diffDocuments(fixture('plan.txt'), fixture('rename-edit.txt'));
    diff.changes[1].bodyDiff = [
      { op: 'equal', text: '统筹发展和安全' },
      { op: 'delete', text: '。' },
      { op: 'insert', text: '，坚持系统观念。' },
      { op: 'equal', text: '坚持…' },
    ];
    const md = await renderMarkdown(diff);
    // HTML tags, not ~~ or **: GitHub would not close those after 。
    expect(md).toContain('统筹发展和安全<del>。</del><ins>，坚持系统观念。</ins>坚持…');
    const tree = parseMd(md) as Node;
    expect(all(tree, 'html').map((n) => (n as unknown as { value: string }).value)).toEqual(['<del>', '</del>', '<ins>', '</ins>']);
    expect(all(tree, 'strong').map(textOf)).toEqual(['plan-parse diff', 'Renamed', 'Text changed']);
  });

  it('escapes what a title may hold', async () => {
    const diff = diffDocuments(fixture('plan.txt'), fixture('plan.txt'));
    diff.changes = [{ type: 'added', old: null, new: { id: '9', marker: '九、', title: '*重点* | 任务_一', line: 3 } }];
    const tree = parseMd(await renderMarkdown(diff)) as Node;
    expect(all(tree, 'listItem').map(textOf)).toEqual(['Added 九、*重点* | 任务_一 (line 3)']);
  });

  it('stays under GitHub’s comment limit and says how much it left out', async () => {
    const md = await renderMarkdown(manyChanges(5000));
    expect(md.length).toBeLessThanOrEqual(MAX_COMMENT_LENGTH);
    const tail = md.trimEnd().split('\n').at(-1)!;
    const shown = md.split('\n').filter((l) => l.startsWith('- **Renumbered**')).length;
    expect(tail).toBe(`${5000 - shown} more changes not shown (${5000 - shown} renumbered); \`plan-parse diff --format json\` lists them all.`);
    expect(shown).toBeGreaterThan(1000);
  });
});

describe('github', () => {
  it('annotates the new file, most important first', () => {
    const lines = renderGithub(ADOPTED).trimEnd().split('\n');
    expect(lines[0]).toBe(
      '::warning file=adopted.txt,line=22,title=plan-parse%3A target changed::地区生产总值: >8000亿元 → >9000亿元 (raised: more ambitious) in （二）发展目标',
    );
    expect(lines).toHaveLength(8);
  });

  it('annotates a removed section where it used to be', () => {
    const diff = diffDocuments(fixture('plan.txt'), fixture('delete-renumber.txt'));
    expect(renderGithub(diff).split('\n')[0]).toBe('::warning file=delete-renumber.txt,line=40,title=plan-parse%3A removed::（一）加强组织领导');
  });

  it('stops at ten and counts the rest', () => {
    const lines = renderGithub(manyChanges(25)).trimEnd().split('\n');
    expect(lines).toHaveLength(11);
    expect(lines[10]).toBe('::notice::15 more changes in adopted.txt not annotated; plan-parse diff --format md lists them all');
  });

  it('escapes as GitHub asks', () => {
    expect(escapeData('50%\r\n: ,')).toBe('50%25%0D%0A: ,');
    expect(escapeProperty('a:b,c%\n')).toBe('a%3Ab%2Cc%25%0A');
  });

  it('prints nothing when nothing changed', () => {
    expect(renderGithub(diffDocuments(fixture('plan.txt'), fixture('plan.txt')))).toBe('');
  });
});
