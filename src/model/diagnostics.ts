/**
 * The diagnostics catalogue: every code plan-parse reports, with its
 * severity, what it means (the README's table is checked against
 * `summary`), and its message. The schema's enum of codes derives from it,
 * and `finding` is the one way to make a diagnostic, so a code cannot be
 * reported without an entry here. A new diagnostic is one entry plus an
 * example in test/diagnostics.test.ts.
 *
 * Plain data and functions, importing no zod: the stages use it at run time.
 */
export const SEVERITIES = ['error', 'warning', 'info'] as const;
export type Severity = (typeof SEVERITIES)[number];

interface Entry<P> {
  severity: Severity;
  summary: string;
  message: (params: P) => string;
}

const entry = <P = Record<string, never>>(severity: Severity, summary: string, message: (params: P) => string): Entry<P> => ({ severity, summary, message });

/** How a message names a place in the outline: a heading's marker, or "the top level". */
interface Place {
  marker: string;
  parent: string;
}

export const DIAGNOSTICS = {
  'numbering-gap': entry<Place & { previous: string | null; skipped: number }>(
    'warning',
    'a number skipped, or a first item not numbered 1 (numbering that runs on across parents is fine)',
    (p) =>
      p.previous === null
        ? `${p.marker} is the first ${p.marker}-style item under ${p.parent}: numbering should start at 1`
        : `${p.marker} follows ${p.previous} under ${p.parent}: ${p.skipped} number(s) skipped`,
  ),
  'numbering-duplicate': entry<Place & { previous: string }>(
    'warning',
    'the same number twice in a row; both are kept, the second id gets `~2`',
    (p) => `${p.marker} repeats the number of the previous heading ${p.previous} under ${p.parent}`,
  ),
  'numbering-restart': entry<Place & { previous: string; nested: boolean }>(
    'warning',
    'numbering starts again at 1: after an item numbered 2 or more, read as a series nested in it (一、 inside 一、); else a restart under the same parent',
    (p) =>
      p.nested
        ? `numbering restarts at ${p.marker} inside ${p.previous}: read as a series nested in it`
        : `numbering restarts at ${p.marker} under ${p.parent} after ${p.previous}`,
  ),
  'heading-missing': entry<Place & { next: string; missing: number }>(
    'warning',
    "a restart at 1 where the parent's own numbering then jumps by two: a parent heading was lost",
    (p) =>
      `numbering restarts at ${p.marker} under ${p.parent}, and ${p.parent} is followed by ${p.next}: the heading numbered ${p.missing} in that series seems to be missing before this line`,
  ),
  'list-in-body': entry<{ first: string; last: string; parent: string }>(
    'warning',
    "items that do not continue the section's numbering (a flattened box, a 专栏, a list): kept in the body, not made siblings",
    (p) => `items ${p.first}–${p.last} under ${p.parent} do not continue its numbering: read as a list (a flattened box?) in its body, not as headings`,
  ),
  'heading-mid-line': entry<{ marker: string; line: number }>(
    'warning',
    'a heading that starts mid-line after a sentence ends, numbered exactly as expected next',
    (p) => `heading ${p.marker} starts in the middle of line ${p.line}, after a sentence ends: read as a heading`,
  ),
  'title-at-comma': entry<{ marker: string }>(
    'info',
    'a run-in heading with no early 。: its title was cut at the first comma',
    (p) => `run-in heading ${p.marker} has no full stop near its start: its title is cut at the first comma`,
  ),
  'table-of-contents': entry(
    'info',
    "table-of-contents lines (also entries wrapped over two lines) and a notice's list of attachments (附件：1.… 2.…) were read as text",
    () => 'table-of-contents lines (a title, then a page number) and lists of attachments are read as text, not headings',
  ),
  'wrapper-before': entry<{ lastLine: number }>(
    'info',
    'text before the plan proper (web page, issuing notice) kept in the envelope',
    (p) => `lines 1–${p.lastLine} wrap the plan (web page, issuing notice): kept in the envelope, not in the section tree`,
  ),
  'wrapper-after': entry<{ firstLine: number }>(
    'info',
    'text after the plan proper (page footer, links) kept in the envelope',
    (p) => `text from line ${p.firstLine} on follows the plan (page footer, links): kept in the envelope, not in the section tree`,
  ),
  'hard-wrapped': entry<{ width: number; joined: number }>(
    'info',
    'lines are cut at one width (a PDF copy): heading titles, numbers, units and indicators are read across the wraps',
    (p) => `lines are cut at ${p.width} columns (a PDF copy?): heading titles are read across the breaks; ${p.joined} ran on to the next line`,
  ),
  'undecodable-text': entry<{ count: number }>(
    'warning',
    'characters that could not be decoded (U+FFFD): a damaged or cut-off file, or the wrong encoding',
    (p) => `${p.count} character(s) could not be decoded and read as U+FFFD (�): the file is damaged or cut off, or not in the encoding it was read as`,
  ),
  'lone-surrogate': entry<{ count: number }>(
    'warning',
    'half characters from a bad converter, kept as they are',
    (p) => `${p.count} half character(s) (a lone UTF-16 surrogate, from a bad converter) kept as they are`,
  ),
  'control-characters': entry<{ count: number }>(
    'info',
    'NUL and other control characters (a binary file or a PDF conversion), kept in the text',
    (p) => `${p.count} control character(s) such as NUL (from a binary file or a PDF conversion) kept in the text`,
  ),
  'table-row-unread': entry(
    'info',
    'a row of an indicator table whose cells could not be lined up with the header',
    () => 'indicator table row has too few cells to find its indicator',
  ),
  'page-furniture-removed': entry<{ counts: string }>(
    'info',
    "a PDF's, Word file's or web page's furniture (page numbers, running headers and footers, contents pages, menus) was left out of the text; listed in `envelope.removed`",
    (p) => `left out of the text as page furniture: ${p.counts} (listed in envelope.removed)`,
  ),
};

export type DiagnosticCode = keyof typeof DIAGNOSTICS;
export const DIAGNOSTIC_CODES = Object.keys(DIAGNOSTICS) as [DiagnosticCode, ...DiagnosticCode[]];

type ParamsOf<C extends DiagnosticCode> = Parameters<(typeof DIAGNOSTICS)[C]['message']>[0];

/**
 * A diagnostic as a stage finds it: by offsets into the text. The assembler
 * (src/pipeline/assemble.ts) turns the offsets into line/column positions.
 */
export interface Finding {
  severity: Severity;
  code: DiagnosticCode;
  message: string;
  start: number;
  end: number;
}

/** The one way to make a diagnostic: its code, the facts its message names, and where it is. */
export function finding<C extends DiagnosticCode>(code: C, params: ParamsOf<C>, start: number, end: number): Finding {
  const { severity, message } = DIAGNOSTICS[code] as Entry<ParamsOf<C>>;
  return { severity, code, message: message(params), start, end };
}
