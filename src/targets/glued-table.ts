/**
 * Indicator tables whose cells a web page copy glued together with no
 * separator at all: `序号指标名称2020年完成值2025年目标值责任单位1某某总量（张）25783000某某局2…`.
 *
 * The header is read as a run of known column names; it says how many value
 * columns each row holds. A row is then 序号 + indicator ending in its unit
 * in brackets + one run of digits + the text columns; the run is cut into as
 * many values as the header has value columns (cell-run.ts). Only a header
 * whose every column is known, and rows whose ends can be told (a 序号 that
 * counts on, or only a 属性 after the values), are read: prose is never cut.
 */
import { type Cell, type IndicatorTable, type Role, headerRoles } from './table.js';
import { MAX_RUN, splitRun } from './cell-run.js';
import { TABLE_HEADERS, VALUE_HEADERS, VALUE_HEADER_WORDS, YEAR_SOURCE } from './lexicon.js';
import { WHITE_SPACE, charSet } from '../text/chars.js';

const byLength = (a: string, b: string) => b.length - a.length;
const FIXED = Object.values(TABLE_HEADERS).flat().sort(byLength);
const UNIT_NOTE = '(?:[（(][^（()）]{1,8}[)）])?';
/** One header cell, glued to the next. */
const HEADER_CELL = new RegExp(
  `(?:${YEAR_SOURCE}年(?:${[...VALUE_HEADER_WORDS].sort(byLength).join('|')})?|${[...VALUE_HEADERS].sort(byLength).join('|')})${UNIT_NOTE}|${FIXED.join('|')}`,
  'y',
);
const SERIALS = new Set(['序号', '编号']);
const ATTRIBUTE_VALUE = /预期性|约束性/y;
/** The indicator's unit in brackets with the value run right after it: （张）2578…, （%）-60. */
const UNIT_THEN_RUN = /[（(]([^（()）\d\s，。；]{1,6})[)）](?=[-－—–\d])/y;
// Character tests by char code: text[k] would make a string of each CJK character read.
const OPEN_BRACKETS = charSet('（(');
const RUN_CHARS = charSet('0123456789.%％-－—–');
/** Longest indicator, and longest text between a row's values and the next 序号 (责任单位, a group label). */
const MAX_INDICATOR = 48;
const MAX_REST = 60;
/** Characters no cell holds (white space as \\s reads it, sentence ends): a table row does not run past them. */
const BREAK = charSet(`${WHITE_SPACE}。；;！？`);

function isAsciiDigit(c: number): boolean {
  return c >= 48 && c <= 57;
}

interface GluedHeader {
  start: number;
  end: number;
  roles: Role[];
  serial: number;
}

/** The glued indicator tables of text[from, to), in order. */
export function findGluedTables(text: string, from: number, to: number): IndicatorTable[] {
  const tables: IndicatorTable[] = [];
  for (let hit = text.indexOf('指标', from); hit >= 0 && hit < to; hit = text.indexOf('指标', hit + 2)) {
    const header = headerAround(text, hit, from, to);
    if (!header) continue;
    const table = readRows(text, header, to);
    if (!table) continue;
    tables.push(table);
    hit = table.end;
  }
  return tables;
}

/** A glued header holding the 指标 at `hit`, started up to two cells before it (类别序号指标…). */
function headerAround(text: string, hit: number, from: number, to: number): GluedHeader | null {
  for (const back of [4, 2, 0]) {
    const start = hit - back;
    if (start < from) continue;
    const cells: Cell[] = [];
    let at = start;
    for (;;) {
      HEADER_CELL.lastIndex = at;
      const m = HEADER_CELL.exec(text);
      if (!m || at + m[0].length > to) break;
      cells.push({ start: at, end: at + m[0].length, text: m[0] });
      at += m[0].length;
    }
    // The 指标 found must be one of the cells, and the header must not be the tail of a longer word run.
    if (!cells.some((c) => c.start <= hit && hit < c.end)) continue;
    const roles = headerRoles(cells);
    if (!roles || !valuesAfterIndicator(roles)) continue;
    return { start, end: at, roles, serial: cells.findIndex((c) => SERIALS.has(c.text)) };
  }
  return null;
}

/** Value columns follow the indicator, with no unit column between: the unit is then in the indicator's brackets. */
function valuesAfterIndicator(roles: readonly Role[]): boolean {
  const indicator = roles.findIndex((r) => r.kind === 'indicator');
  const values = roles.flatMap((r, k) => (r.kind === 'value' ? [k] : []));
  return indicator >= 0 && values.length > 0 && values.every((k, n) => k === indicator + 1 + n);
}

function readRows(text: string, header: GluedHeader, to: number): IndicatorTable | null {
  const { roles } = header;
  const indicatorAt = roles.findIndex((r) => r.kind === 'indicator');
  const valueCount = roles.filter((r) => r.kind === 'value').length;
  const trailing = roles.slice(indicatorAt + 1 + valueCount);
  // Without a 序号 to start the next row, only a 属性 can end this one.
  if (header.serial < 0 && !trailing.every((r) => r.kind === 'attribute')) return null;
  const rows: Cell[][] = [];
  let at = header.end;
  let expected = 1;
  let end = header.end;
  for (;;) {
    let serial: Cell | null = null;
    if (header.serial >= 0) {
      const found = serialAt(text, at, to, expected);
      if (!found) break;
      serial = found;
      expected = Number(found.text) + 1;
      at = found.end;
    }
    const row = rowAt(text, at, to, valueCount, header.serial >= 0);
    if (!row) break;
    const cells: Cell[] = roles.map(() => ({ start: row.end, end: row.end, text: '' }));
    if (serial) cells[header.serial] = serial;
    cells[indicatorAt] = row.indicator;
    row.values.forEach((v, n) => (cells[indicatorAt + 1 + n] = v));
    const attribute = roles.findIndex((r) => r.kind === 'attribute');
    if (attribute >= 0 && row.attribute) cells[attribute] = row.attribute;
    rows.push(cells);
    at = end = row.end;
  }
  return rows.length > 0 ? { start: header.start, end, roles, rows, glued: true } : null;
}

/** The 序号 at `at` after an optional group label (养老方面): the one expected, or 1 where a new group restarts the count. */
function serialAt(text: string, at: number, to: number, expected: number): Cell | null {
  let k = at;
  while (k < to && k - at <= 12 && !isAsciiDigit(text.charCodeAt(k)) && !BREAK[text.charCodeAt(k)]) k++;
  for (const n of [String(expected), '1']) {
    // 10 followed by 65岁…: the 序号 is the number the count expects, not every digit glued to it.
    if (text.startsWith(n, k) && k + n.length < to) return { start: k, end: k + n.length, text: n };
  }
  return null;
}

interface GluedRow {
  indicator: Cell;
  values: Cell[];
  attribute: Cell | null;
  end: number;
}

function rowAt(text: string, at: number, to: number, valueCount: number, serialNext: boolean): GluedRow | null {
  const limit = Math.min(to, at + MAX_INDICATOR);
  // Tried only at brackets up to the longest indicator: the row is never looked for past it.
  for (let b = at; b < limit; b++) {
    if (BREAK[text.charCodeAt(b)]) return null;
    if (!OPEN_BRACKETS[text.charCodeAt(b)]) continue;
    UNIT_THEN_RUN.lastIndex = b;
    const m = UNIT_THEN_RUN.exec(text);
    if (!m) continue;
    const runStart = m.index + m[0].length;
    let runEnd = runStart;
    // One past the longest run splitRun takes: a longer one is no row, however long it goes on.
    while (runEnd < to && runEnd - runStart <= MAX_RUN && RUN_CHARS[text.charCodeAt(runEnd)]) runEnd++;
    const percent = /^[%％]$/.test(m[1]);
    const cut = splitRun(text.slice(runStart, runEnd), valueCount, percent);
    if (!cut) return null;
    const values = cut.map((c) => ({ start: runStart + c.start, end: runStart + c.end, text: text.slice(runStart + c.start, runStart + c.end) }));
    const indicator = { start: at, end: runStart, text: text.slice(at, runStart) };
    ATTRIBUTE_VALUE.lastIndex = runEnd;
    const a = ATTRIBUTE_VALUE.exec(text);
    const attribute = a ? { start: runEnd, end: runEnd + a[0].length, text: a[0] } : null;
    let end = attribute ? attribute.end : runEnd;
    if (serialNext) {
      // The text columns run up to the next 序号, or end the table at a break.
      let k = end;
      while (k < to && k - end < MAX_REST && !isAsciiDigit(text.charCodeAt(k)) && !BREAK[text.charCodeAt(k)]) k++;
      end = k;
    }
    return { indicator, values, attribute, end };
  }
  return null;
}
