/**
 * The table of a section's targets in plan-parse's Markdown. The Markdown
 * reader recognises it by its header row and leaves it out of target
 * extraction: its rows repeat targets already read from the text.
 */
import type { Table, TableRow } from 'mdast';
import type { Target } from '../model/schema.js';
import { targetKind, targetValue, targetWhen } from '../present/labels.js';
import { plainText } from './plain-text.js';

export const TARGET_TABLE_HEADER = ['指标', '目标', '类型', '时间', '原文'] as const;

function row(cells: readonly string[]): TableRow {
  return { type: 'tableRow', children: cells.map((value) => ({ type: 'tableCell', children: value ? [{ type: 'text', value }] : [] })) };
}

export function targetTable(targets: Target[]): Table {
  return {
    type: 'table',
    align: TARGET_TABLE_HEADER.map(() => null),
    children: [row(TARGET_TABLE_HEADER), ...targets.map((t) => row([t.indicator, targetValue(t), targetKind(t), targetWhen(t), t.text]))],
  };
}

/** A table plan-parse wrote: its header row is exactly TARGET_TABLE_HEADER. */
export function isTargetTable(node: Table): boolean {
  const header = node.children[0]?.children.map((c) => plainText(c).trim()) ?? [];
  return header.length === TARGET_TABLE_HEADER.length && header.every((h, k) => h === TARGET_TABLE_HEADER[k]);
}
