/**
 * Indicator tables (主要指标) that text extraction flattened into lines: a
 * header row (指标 / 单位 / 2020年 / 2025年 / 年均增长 / 属性) tells what each
 * column holds; every row below gives baselines and targets of one indicator.
 *
 * Cells are separated by tabs or runs of spaces on one line, or stand one to
 * a line. Rows are matched to the header from the right, because a merged
 * 类别 cell on the left appears only in the first row of its group.
 */
import { finding, type Finding } from '../model/diagnostics.js';
import type { Comparator, TargetKind, Timeframe } from '../model/schema.js';
import type { LineIndex } from '../text/positions.js';
import { isShareIndicator } from './cues.js';
import type { PlacedTargets } from './placed.js';
import { isRatio, unitScale } from '../quantities/units.js';
import { isRange, readWholeNumber } from '../quantities/reader.js';
import { BOUND_WORDS, CHANGE_INDICATOR, DECREASE_INDICATOR, TABLE_HEADERS, TOTAL_PATTERN, YEAR_SOURCE, yearValue } from './lexicon.js';

export interface Cell {
  start: number;
  end: number;
  text: string;
}

export type Role =
  | { kind: 'indicator' | 'unit' | 'attribute' | 'other' }
  | { kind: 'value'; timeframe: Timeframe; year: number | null; growth: boolean; unit: string };

export interface IndicatorTable {
  /** The span the table covers: running text is not read there. */
  start: number;
  end: number;
  roles: Role[];
  rows: Cell[][];
  /**
   * Cells glued with no separator: a value is written from its indicator on
   * (某某比例（%）070 for the 70), since the digits alone do not say which row
   * and column they are.
   */
  glued?: boolean;
}

/** Longest line that may be one cell of a table written a cell to a line. */
const MAX_CELL_LINE = 40;
const UNIT_IN_PARENS = /[（(]([^（()）]{1,8})[)）]\s*$/;
const YEAR = new RegExp(`(${YEAR_SOURCE})`);
const BOUND_SIGN = /^[<>＜＞≥≤]=?/;
const OPEN_BRACKETS = '[〔［【';
const CLOSE_BRACKETS = ']〕］】';

/** What a value cell holds: the quantity reader's number, a bound sign before it, brackets (five-year totals) around it. */
interface CellValue {
  value: number;
  valueMax: number | null;
  /** As written in the cell (%, 万人); '' when the column or row gives it. */
  unit: string;
  comparator: Comparator;
  bracketed: boolean;
}

/** The value of a cell (≥95, [125], -3.5, 3-5, 6%左右, 1,200), or null for —, 完成上级下达任务 and other words. */
function readCell(text: string): CellValue | null {
  let s = text.trim();
  const sign = BOUND_SIGN.exec(s)?.[0];
  if (sign) s = s.slice(sign.length).trimStart();
  let after = '';
  const bracketed = OPEN_BRACKETS.includes(s[0] ?? ' ');
  if (bracketed) {
    const close = Math.max(...[...CLOSE_BRACKETS].map((b) => s.lastIndexOf(b)));
    if (close < 0) return null;
    after = s.slice(close + 1).trim();
    if (after !== '' && !(after in BOUND_WORDS)) return null;
    s = s.slice(1, close).trim();
  }
  const q = readWholeNumber(s, 0, s.length);
  if (!q) return null;
  const valueMax = isRange(q) ? q.valueMax : null;
  const bound = sign ? BOUND_WORDS[sign] : after ? BOUND_WORDS[after] : q.suffix;
  return { value: q.value, valueMax, unit: q.unit, comparator: valueMax !== null ? 'range' : bound ?? '=', bracketed };
}

/**
 * The lines of text[from, to), sliced only when asked for: tables are looked
 * for only around the word 指标, so most lines are never touched.
 */
class LineView {
  private readonly first: number;
  readonly length: number;

  constructor(
    private readonly text: string,
    private readonly index: LineIndex,
    private readonly from: number,
    private readonly to: number,
  ) {
    this.first = index.lineOf(from) - 1;
    this.length = index.lineOf(Math.max(from, to - 1)) - this.first;
  }

  /** Line number (0-based, within the view) of an offset. */
  lineAt(offset: number): number {
    return this.index.lineOf(offset) - 1 - this.first;
  }

  get(k: number): Cell {
    const starts = this.index.lineStarts;
    const start = Math.max(this.from, starts[this.first + k]);
    let end = this.first + k + 1 < starts.length ? starts[this.first + k + 1] : this.text.length;
    end = Math.min(end, this.to);
    while (end > start && (this.text[end - 1] === '\n' || this.text[end - 1] === '\r')) end--;
    return { start, end, text: this.text.slice(start, end) };
  }
}

/** Cells of one line, split at tabs and runs of two or more spaces. */
function cellsOf(line: Cell): Cell[] {
  const cells: Cell[] = [];
  const t = line.text;
  let i = 0;
  while (i < t.length) {
    while (i < t.length && isGap(t, i)) i++;
    if (i >= t.length) break;
    const s = i;
    while (i < t.length && !isGap(t, i)) i++;
    cells.push({ start: line.start + s, end: line.start + i, text: t.slice(s, i) });
  }
  return cells;
}

/** By char code: t[i] would make a string of each CJK character of every line read. */
function isGap(t: string, i: number): boolean {
  const c = t.charCodeAt(i);
  if (c === TAB || c === IDEOGRAPHIC_SPACE) return true;
  if (c !== SPACE) return false;
  const next = i + 1 < t.length ? t.charCodeAt(i + 1) : -1;
  return next === SPACE || next === TAB || (i > 0 && t.charCodeAt(i - 1) === SPACE);
}

const TAB = 9;
const SPACE = 32;
const IDEOGRAPHIC_SPACE = 0x3000;

const HEADER_KINDS = Object.keys(TABLE_HEADERS) as (keyof typeof TABLE_HEADERS)[];

/** What column a header cell names, or null when it names none a table of indicators has. */
function roleOf(header: string): Role | null {
  const h = header.replace(/\s/g, '');
  for (const kind of HEADER_KINDS) if ((TABLE_HEADERS[kind] as readonly string[]).includes(h)) return { kind };
  const unit = UNIT_IN_PARENS.exec(h)?.[1] ?? '';
  if (/年均|增速|增长/.test(h)) return { kind: 'value', timeframe: 'target', year: null, growth: true, unit };
  const year = YEAR.exec(h);
  if (year || /基期|目标/.test(h)) {
    const timeframe: Timeframe = /目标|预期/.test(h) ? 'target' : 'baseline';
    return { kind: 'value', timeframe, year: year ? yearValue(year[1]) : null, growth: false, unit };
  }
  return null;
}

/** Header roles, or null when these cells are not a table header. */
export function headerRoles(cells: readonly Cell[]): Role[] | null {
  if (cells.length < 3) return null;
  const roles: Role[] = [];
  for (const c of cells) {
    const r = roleOf(c.text);
    if (!r) return null;
    roles.push(r);
  }
  if (!roles.some((r) => r.kind === 'indicator')) return null;
  const values = roles.filter((r): r is Extract<Role, { kind: 'value' }> => r.kind === 'value');
  if (values.length === 0) return null;
  // The latest year is the plan's aim; earlier ones are its starting point.
  const years = values.filter((v) => !v.growth && v.year !== null).map((v) => v.year as number);
  const latest = Math.max(...years);
  for (const v of values) if (!v.growth && v.year !== null && years.length > 1) v.timeframe = v.year === latest ? 'target' : 'baseline';
  for (const v of values) if (v.growth) v.year = years.length ? latest : null;
  return roles;
}

const ATTRIBUTES = new Set(['预期性', '约束性']);

/** Header lines before the one naming 指标 (类别, 序号) that a stacked header may start with. */
const MAX_LEAD_CELLS = 3;

/** All indicator tables of text[from, to), in order. */
export function findIndicatorTables(text: string, from: number, to: number, index: LineIndex): IndicatorTable[] {
  const tables: IndicatorTable[] = [];
  if (from >= to) return tables;
  const all = new LineView(text, index, from, to);
  // Every header names its 指标 column: look only there, once per line (a long line may say 指标 many times).
  let tried = -1;
  for (let hit = text.indexOf('指标', from); hit >= 0 && hit < to; hit = text.indexOf('指标', hit + 2)) {
    const line = all.lineAt(hit);
    if (line === tried) continue;
    tried = line;
    const found = headerAt(all, line);
    if (!found || found.rows.length === 0) continue;
    tables.push({ start: all.get(found.first).start, end: all.get(found.next - 1).end, roles: found.roles, rows: found.rows });
    hit = all.get(found.next - 1).end;
  }
  return tables;
}

/** The targets of a table's rows; a row too short to name its indicator is a diagnostic. */
export function readTableTargets(table: IndicatorTable, into: PlacedTargets, diagnostics: Finding[]): void {
  for (const row of table.rows) readRow(row, table.roles, table.glued === true, into, diagnostics);
}

/** A header on the line `line` (cells on one line), or ending a stack of one-cell lines there. */
function headerAt(all: LineView, line: number): { first: number; roles: Role[]; rows: Cell[][]; next: number } | null {
  const header = all.get(line);
  const roles = headerRoles(cellsOf(header));
  if (roles) return { first: line, roles, ...rowsOnLines(all, line + 1, roles.length) };
  if (!isHeaderCellLine(header)) return null;
  let first = line;
  while (first > 0 && line - first < MAX_LEAD_CELLS && isHeaderCellLine(all.get(first - 1))) first--;
  const stacked: Cell[] = [];
  let k = first;
  while (k < all.length && stacked.length < 12 && isHeaderCellLine(all.get(k))) stacked.push(trimmed(all.get(k++)));
  const stackedRoles = headerRoles(stacked);
  return stackedRoles ? { first, roles: stackedRoles, ...rowsStacked(all, k, stackedRoles) } : null;
}

function isHeaderCellLine(line: Cell): boolean {
  const t = line.text.trim();
  return t !== '' && line.text.length <= MAX_CELL_LINE && roleOf(t) !== null;
}

function trimmed(line: Cell): Cell {
  const lead = line.text.length - line.text.trimStart().length;
  const t = line.text.trim();
  return { start: line.start + lead, end: line.start + lead + t.length, text: t };
}

/** Rows written a line each, until a line that is not one. */
function rowsOnLines(all: LineView, at: number, width: number): { rows: Cell[][]; next: number } {
  const rows: Cell[][] = [];
  let k = at;
  for (; k < all.length; k++) {
    const line = all.get(k);
    if (line.text.trim() === '') continue;
    const cells = cellsOf(line);
    if (cells.length < 3 || cells.length > width + 2) break;
    rows.push(cells);
  }
  while (k > at && all.get(k - 1).text.trim() === '') k--;
  return { rows, next: k };
}

/** Rows written a cell to a line: each row ends at its 属性 cell, or after a header's width. */
function rowsStacked(all: LineView, at: number, roles: readonly Role[]): { rows: Cell[][]; next: number } {
  const endsWithAttribute = roles[roles.length - 1].kind === 'attribute';
  const rows: Cell[][] = [];
  let row: Cell[] = [];
  let k = at;
  let next = at;
  for (; k < all.length; k++) {
    const line = all.get(k);
    const t = line.text.trim();
    if (t === '') continue;
    if (line.text.length > MAX_CELL_LINE || row.length > roles.length + 1) break;
    row.push(trimmed(line));
    if (endsWithAttribute ? ATTRIBUTES.has(t) : row.length === roles.length) {
      rows.push(row);
      row = [];
      next = k + 1;
    }
  }
  return { rows, next };
}

function readRow(row: readonly Cell[], roles: readonly Role[], glued: boolean, into: PlacedTargets, diagnostics: Finding[]): void {
  // Align from the right: a merged 类别 cell shows only in the first row of its group.
  const offset = roles.length - row.length;
  const at = (kind: Role['kind']) => {
    const j = roles.findIndex((r) => r.kind === kind) - offset;
    return j >= 0 && j < row.length ? row[j] : undefined;
  };
  const indicatorCell = at('indicator');
  if (!indicatorCell) {
    diagnostics.push(finding('table-row-unread', {}, row[0].start, row[row.length - 1].end));
    return;
  }
  const parenUnit = UNIT_IN_PARENS.exec(indicatorCell.text);
  const indicator = parenUnit ? indicatorCell.text.slice(0, parenUnit.index).trim() : indicatorCell.text;
  const unitCell = at('unit')?.text.replace(/[（()）]/g, '').trim() ?? '';
  const attributeText = at('attribute')?.text;
  const attribute = attributeText === '预期性' || attributeText === '约束性' ? attributeText : null;
  roles.forEach((role, r) => {
    if (role.kind !== 'value') return;
    const cell = row[r - offset];
    if (!cell) return;
    const v = readCell(cell.text);
    if (!v) return; // —, 完成上级下达任务: no number to report
    const columnUnit = role.unit || unitCell || parenUnit?.[1] || '';
    // A cell may write its own unit (%), or only a magnitude of the column's (1.2万 under 人).
    const unit = v.unit === '' ? columnUnit : unitScale(v.unit).base === '' ? v.unit + columnUnit : v.unit;
    const { value, valueMax, comparator } = v;
    const kind = tableKind(role.growth, v.bracketed, unit, indicator);
    const decreasing = value < 0 || DECREASE_INDICATOR.test(indicator);
    const direction = kind === 'growth' ? (decreasing ? 'decrease' : 'increase') : null;
    into.add({
      start: glued ? indicatorCell.start : cell.start, end: cell.end, indicator, value: kind === 'growth' ? Math.abs(value) : value, valueMax, unit, comparator, kind,
      direction, timeframe: role.timeframe, time: null, attribute, year: role.year, origin: 'table',
    });
  });
}

/** [125] in a plan table is a five-year total; a growth column is a rate of change. */
function tableKind(growthColumn: boolean, bracketed: boolean, unit: string, indicator: string): TargetKind {
  if (growthColumn) return 'growth';
  if (bracketed || TOTAL_PATTERN.test(indicator)) return 'cumulative';
  if (unit === '倍') return 'multiple';
  if (CHANGE_INDICATOR.test(indicator)) return 'growth';
  if (isRatio(unit) && isShareIndicator(indicator)) return 'share';
  return 'level';
}
