/**
 * The diff stage: section matching and target changes, on made-up revisions
 * of fixtures/diff/plan.txt (each file there is plan.txt edited by hand):
 *   insert-renumber   a new first item in a list, the three after it renumbered
 *   delete-renumber   the first of two subsections deleted, the second renumbered
 *   rename-edit       an item renamed and its body edited
 *   move              an item moved under another heading
 *   raise-renumbered  insert-renumber plus a target raised in a renumbered item
 *   adopted           a chapter inserted, a target raised, a subsection renamed,
 *                     a paragraph reworded, an item added
 *   rewrapped         CRLF line ends and a paragraph wrapped over two lines
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { diffDocuments, failsOn } from '../src/diff/index.js';
import { parse } from '../src/index.js';
import { DocumentDiffSchema, type Change, type DocumentDiff } from '../src/model/diff-schema.js';
import type { PlanDocument, Target } from '../src/model/schema.js';

const fixture = (name: string) => readFileSync(new URL(`../fixtures/diff/${name}`, import.meta.url), 'utf8');
const PLAN = fixture('plan.txt');

function diffTexts(oldText: string, newText: string): DocumentDiff {
  const diff = diffDocuments(parse(oldText, { name: 'old.txt' }), parse(newText, { name: 'new.txt' }));
  DocumentDiffSchema.parse(diff);
  return diff;
}

const diffWith = (name: string) => diffTexts(PLAN, fixture(name));

/** "renumbered 1.集成电路 → 2.集成电路": a change in one line, for exact comparisons. */
function brief(c: Change): string {
  const side = (r: Change['old']) => (r ? (r.indicator ? `${r.indicator} ${r.value}${r.unit}` : r.marker + r.title) : '∅');
  return `${c.type} ${side(c.old)} → ${side(c.new)}`;
}

describe('no change in substance', () => {
  it('finds nothing between a file and itself', () => {
    const diff = diffTexts(PLAN, PLAN);
    expect(diff.changes).toEqual([]);
    expect(Object.values(diff.summary)).toEqual([0, 0, 0, 0, 0, 0, 0, 0, 0]);
    expect(failsOn(diff, 'any')).toBe(false);
  });

  it('ignores CRLF line ends and re-wrapped lines', () => {
    expect(diffWith('rewrapped.txt').changes).toEqual([]);
  });
});

describe('sections', () => {
  it('reports an item inserted at the top of a list as added, and the ones after it as renumbered only', () => {
    const diff = diffWith('insert-renumber.txt');
    expect(diff.changes.map(brief)).toEqual([
      'added ∅ → 1.新型显示',
      'renumbered 1.集成电路 → 2.集成电路',
      'renumbered 2.软件和信息服务 → 3.软件和信息服务',
      'renumbered 3.人工智能 → 4.人工智能',
    ]);
    // The list's heading gained a child, but its own body is unchanged.
    expect(diff.changes.some((c) => c.type === 'textChanged')).toBe(false);
    expect(diff.changes[1]).toMatchObject({ old: { id: '3.1.1', line: 24 }, new: { id: '3.1.2', line: 26 } });
  });

  it('reports a deleted subsection as removed and the next one as renumbered', () => {
    const diff = diffWith('delete-renumber.txt');
    expect(diff.changes.map(brief)).toEqual(['removed （一）加强组织领导 → ∅', 'renumbered （二）强化要素保障 → （一）强化要素保障']);
    // Where it used to be in the new file: after the heading of 四、保障措施.
    expect(diff.changes[0].newLine).toBe(40);
  });

  it('reports a new title and an edited body in the same place as renamed and textChanged', () => {
    const diff = diffWith('rename-edit.txt');
    expect(diff.changes.map(brief)).toEqual([
      'renamed 2.软件和信息服务 → 2.软件和信息技术服务',
      'textChanged 2.软件和信息服务 → 2.软件和信息技术服务',
    ]);
    expect(diff.changes[1].bodyDiff).toEqual([
      { op: 'equal', text: '培育一批细分领域' },
      { op: 'delete', text: '骨干' },
      { op: 'insert', text: '龙头' },
      { op: 'equal', text: '企业，软件业务收入年均增…' },
    ]);
  });

  it('reports an item under another heading as moved, naming both headings', () => {
    const diff = diffWith('move.txt');
    expect(diff.changes.map(brief)).toEqual(['moved 3.人工智能 → 3.人工智能']);
    expect(diff.changes[0]).toMatchObject({ oldParent: '（一）壮大数字产业', newParent: '（二）推进产业数字化' });
  });

  it('reports a removed chapter once, with its subsections counted, and its targets as removed', () => {
    const chapter = PLAN.slice(PLAN.indexOf('三、主要任务'), PLAN.indexOf('四、保障措施'));
    const diff = diffTexts(PLAN, PLAN.replace(chapter, '').replace('四、保障措施', '三、保障措施'));
    const removed = diff.changes.filter((c) => c.type === 'removed');
    expect(removed).toHaveLength(1);
    expect(removed[0]).toMatchObject({ old: { title: '主要任务' }, subsections: 8 });
    expect(diff.summary.targetRemoved).toBe(diff.changes.filter((c) => c.type === 'targetRemoved').length);
    expect(diff.changes.filter((c) => !c.type.startsWith('target')).map(brief)).toEqual([
      'removed 三、主要任务 → ∅',
      'renumbered 四、保障措施 → 三、保障措施',
    ]);
  });

  it('tells repeated titles apart by their parents', () => {
    const oldText = '一、工业\n\n（一）工作要求\n\n抓好工业。\n\n二、农业\n\n（一）工作要求\n\n抓好农业。\n';
    const newText = '一、服务业\n\n（一）工作要求\n\n抓好服务业。\n\n二、工业\n\n（一）工作要求\n\n抓好工业。\n\n三、农业\n\n（一）工作要求\n\n抓好农业，注重粮食安全。\n';
    const diff = diffTexts(oldText, newText);
    expect(diff.changes.map(brief)).toEqual([
      'added ∅ → 一、服务业',
      'textChanged （一）工作要求 → （一）工作要求',
      'renumbered 一、工业 → 二、工业',
      'renumbered 二、农业 → 三、农业',
    ]);
    expect(diff.changes[0].subsections).toBe(1);
    expect(diff.changes[1]).toMatchObject({ old: { id: '2.1' }, new: { id: '3.1' } });
  });

  it('renames a heading over subsections when its children stayed', () => {
    const diff = diffTexts(PLAN, PLAN.replace('（一）壮大数字产业', '（一）做强数字产业'));
    expect(diff.changes.map(brief)).toEqual(['renamed （一）壮大数字产业 → （一）做强数字产业']);
  });

  it('does not take a different section in the same place for a renamed one', () => {
    const item = '3.人工智能。建设开放创新平台，推动智能产品在制造、交通、医疗等领域应用。';
    const diff = diffTexts(PLAN, PLAN.replace(item, '3.区块链。制定行业应用目录，支持存证溯源平台建设。'));
    expect(diff.changes.map(brief)).toEqual(['added ∅ → 3.区块链', 'removed 3.人工智能 → ∅']);
  });
});

describe('targets', () => {
  it('reports a target raised in a renumbered section, target first, with no textChanged for the figure', () => {
    const diff = diffWith('raise-renumbered.txt');
    expect(diff.changes.map(brief)).toEqual([
      'targetChanged 集成电路产业规模 1000亿元 → 集成电路产业规模 1200亿元',
      'added ∅ → 1.新型显示',
      'renumbered 1.集成电路 → 2.集成电路',
      'renumbered 2.软件和信息服务 → 3.软件和信息服务',
      'renumbered 3.人工智能 → 4.人工智能',
    ]);
    expect(diff.changes[0]).toMatchObject({
      old: { id: '3.1.1', marker: '1.', title: '集成电路', value: 1000, unit: '亿元', comparator: '=' },
      new: { id: '3.1.2', marker: '2.', title: '集成电路', value: 1200, unit: '亿元', comparator: '=' },
      direction: 'raised',
      ambition: 'higher',
    });
  });

  it('reports everything in a revision with several kinds of change, and nothing else', () => {
    const diff = diffWith('adopted.txt');
    expect(diff.changes.map(brief)).toEqual([
      'targetChanged 地区生产总值 8000亿元 → 地区生产总值 9000亿元',
      'added ∅ → 二、发展环境',
      'added ∅ → 3.数字文旅',
      'renamed （一）壮大数字产业 → （一）做强数字产业',
      'textChanged （一）指导思想 → （一）指导思想',
      'renumbered 二、总体要求 → 三、总体要求',
      'renumbered 三、主要任务 → 四、主要任务',
      'renumbered 四、保障措施 → 五、保障措施',
    ]);
    expect(diff.summary).toEqual({
      added: 2,
      removed: 0,
      renamed: 1,
      moved: 0,
      renumbered: 3,
      textChanged: 1,
      targetChanged: 1,
      targetAdded: 0,
      targetRemoved: 0,
    });
  });

  it('reports targets added and removed with their sections', () => {
    const diff = diffTexts(
      PLAN,
      PLAN.replace('，软件业务收入年均增长15%以上', '').replace('提升农业生产效率。', '到2025年农业物联网应用面积达到20万亩。'),
    );
    const targetChanges = diff.changes.filter((c) => c.type.startsWith('target')).map(brief);
    expect(targetChanges).toEqual(['targetAdded ∅ → 农业物联网应用面积 20万亩', 'targetRemoved 软件业务收入 15% → ∅']);
  });
});

describe('what a target change means', () => {
  /** A document with one section holding the given targets, built by hand. */
  function docWith(targets: Partial<Target>[]): PlanDocument {
    const doc = parse('一、目标\n\n正文。\n', { name: 'x.txt' });
    doc.targets = targets.map((t, i) => ({
      id: `t${i + 1}`,
      sectionId: '1',
      text: t.indicator ?? '',
      indicator: '指标',
      value: 1,
      valueMax: null,
      unit: '%',
      normalized: { value: t.value ?? 1, unit: t.unit ?? '%' },
      comparator: '=',
      kind: 'level',
      direction: null,
      timeframe: 'target',
      attribute: null,
      year: 2025,
      origin: 'text',
      position: doc.sections[0].position,
      ...t,
    }));
    return doc;
  }
  const change = (before: Partial<Target>, after: Partial<Target>) => diffDocuments(docWith([before]), docWith([after])).changes;

  it('calls a higher figure more ambitious', () => {
    expect(change({ indicator: '研发经费投入', value: 10, kind: 'growth', direction: 'increase' }, { indicator: '研发经费投入', value: 12, kind: 'growth', direction: 'increase' })).toMatchObject([
      { type: 'targetChanged', direction: 'raised', ambition: 'higher', old: { value: 10 }, new: { value: 12 } },
    ]);
  });

  it('calls a deeper cut more ambitious', () => {
    const cut = { indicator: '单位GDP能耗', kind: 'growth', direction: 'decrease' } as const;
    expect(change({ ...cut, value: 13.5 }, { ...cut, value: 15 })).toMatchObject([{ direction: 'raised', ambition: 'higher' }]);
  });

  it('calls a lower cap stricter', () => {
    const cap = { indicator: 'PM2.5平均浓度', unit: '微克/立方米', comparator: '<=' } as const;
    expect(change({ ...cap, value: 35 }, { ...cap, value: 30 })).toMatchObject([{ direction: 'lowered', ambition: 'higher' }]);
  });

  it('does not judge a revised baseline', () => {
    const base = { indicator: '地区生产总值', unit: '亿元', timeframe: 'baseline' } as const;
    const [c] = change({ ...base, value: 5600, normalized: { value: 5.6e11, unit: '元' } }, { ...base, value: 5700, normalized: { value: 5.7e11, unit: '元' } });
    expect(c).toMatchObject({ type: 'targetChanged', direction: 'raised' });
    expect(c.ambition).toBeUndefined();
  });

  it('sees the same promise in 8000亿元 and 0.8万亿元', () => {
    const gdp = { indicator: '地区生产总值', normalized: { value: 8e11, unit: '元' } };
    expect(change({ ...gdp, value: 8000, unit: '亿元' }, { ...gdp, value: 0.8, unit: '万亿元' })).toEqual([]);
  });

  it('reports a comparator change without a direction', () => {
    const [c] = change({ indicator: '地区生产总值', comparator: '=' }, { indicator: '地区生产总值', comparator: '>' });
    expect(c).toMatchObject({ type: 'targetChanged', old: { comparator: '=' }, new: { comparator: '>' } });
    expect(c.direction).toBeUndefined();
  });

  it('pairs the unchanged namesake before the changed one', () => {
    const a = { indicator: '产值', value: 5, normalized: { value: 5, unit: '%' } };
    const b = { indicator: '产值', value: 7, normalized: { value: 7, unit: '%' } };
    const c = { indicator: '产值', value: 9, normalized: { value: 9, unit: '%' } };
    const changes = diffDocuments(docWith([a, b]), docWith([b, c])).changes;
    expect(changes.map(brief)).toEqual(['targetChanged 产值 5% → 产值 9%']);
  });
});

describe('--fail-on', () => {
  it('narrows what fails the run', () => {
    const renamed = diffWith('rename-edit.txt');
    expect([failsOn(renamed, 'any'), failsOn(renamed, 'targets'), failsOn(renamed, 'structure'), failsOn(renamed, 'none')]).toEqual([true, false, true, false]);
    const reworded = diffTexts(PLAN, PLAN.replace('统筹发展和安全。', '统筹发展和安全，坚持系统观念。'));
    expect([failsOn(reworded, 'any'), failsOn(reworded, 'targets'), failsOn(reworded, 'structure')]).toEqual([true, false, false]);
    const raised = diffTexts(PLAN, PLAN.replace('突破8000亿元', '突破9000亿元'));
    expect([failsOn(raised, 'targets'), failsOn(raised, 'structure')]).toEqual([true, false]);
  });
});
