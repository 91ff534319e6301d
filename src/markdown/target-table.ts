/**
 * The table of a section's targets in plan-parse's Markdown. The Markdown
 * reader recognises it by its header row and leaves it out of target
 * extraction: its rows repeat targets already read from the text.
 */
import type { Table, TableRow } from 'mdast';
import type { Target } from '../model/schema.js';
import { targetValue } from '../present/labels.js';
import { plainText } from './plain-text.js';

export const TARGET_TABLE_HEADER = ['指标', '目标', '类型', '时间', '原文'] as const;

/** The table is in Chinese, headers and values alike, as the plan it sits in. */
const KIND: Record<Target['kind'], string> = { level: '总量', growth: '增速', share: '比重', multiple: '倍数', cumulative: '累计', other: '其他' };
const DIRECTION = { increase: '↑', decrease: '↓' } as const;
const TIMEFRAME: Record<Target['timeframe'], string> = { target: '目标', baseline: '基期', unknown: '' };

function kind(t: Target): string {
  return KIND[t.kind] + (t.direction === null ? '' : ' ' + DIRECTION[t.direction]);
}

/** 2025年 for a target, 2020年（基期） for a baseline; without a year, the timeframe alone. */
function when(t: Target): string {
  if (t.year === null) return TIMEFRAME[t.timeframe];
  return t.timeframe === 'baseline' ? `${t.year}年（基期）` : `${t.year}年`;
}

function row(cells: readonly string[]): TableRow {
  return { type: 'tableRow', children: cells.map((value) => ({ type: 'tableCell', children: value ? [{ type: 'text', value }] : [] })) };
}

export function targetTable(targets: Target[]): Table {
  return {
    type: 'table',
    align: TARGET_TABLE_HEADER.map(() => null),
    children: [row(TARGET_TABLE_HEADER), ...targets.map((t) => row([t.indicator, targetValue(t), kind(t), when(t), t.text]))],
  };
}

/** A table plan-parse wrote: its header row is exactly TARGET_TABLE_HEADER. */
export function isTargetTable(node: Table): boolean {
  const header = node.children[0]?.children.map((c) => plainText(c).trim()) ?? [];
  return header.length === TARGET_TABLE_HEADER.length && header.every((h, k) => h === TARGET_TABLE_HEADER[k]);
}
