/**
 * The numbering styles of Chinese official documents (GB/T 9704 and the
 * conventions of plans, reports and regulations), one record each, outermost
 * first by convention. Everything else derives from this table: the style
 * enum of the output schema, the conventional ranks the tree builder falls
 * back on, the first-character table and the matchers of the heading
 * tokenizer (src/text/markers.ts), and which markers are printed with a
 * space before their title. A new style is one record here plus a fixture.
 *
 * Plain data, importing nothing: the model and every stage read it.
 */

/** How the number inside a marker is written. */
export type Numeral =
  /** A Chinese numeral: 一 … 十一 … 一百九十九. */
  | 'cn'
  /** Arabic digits, ASCII or full-width: 1, 12, １２. */
  | 'digits'
  /** Either of the two (第3章 as well as 第三章). */
  | 'cn-or-digits'
  /** One enclosed character of a code-point range, whose position in it is the number: ① is 1. */
  | { first: number; last: number };

/** What may not follow a marker directly, because then the "marker" is a piece of running text. */
export type NotBefore =
  /** A digit: 1.5倍, 3.2%, 1、2号线 are numbers, not item 1. */
  | 'digit'
  /** A second numeral and a class word: 一、二级… 一、二、三产业 enumerate. */
  | 'enumeration'
  /** A cross reference's words: 第五十五条规定的, 第三章中, 第八条第二款. */
  | 'cross-reference';

/** One way of writing a style's marker: [open] numeral [close]. */
export interface MarkerForm {
  /** Strings one of which opens the marker ([] for none): 第, 附件, （ or (. */
  open: readonly string[];
  numeral: Numeral;
  /** Strings one of which closes the marker ([] for none): 章, 、, ）. */
  close: readonly string[];
  notBefore?: NotBefore;
}

export interface NumberingStyle {
  /** The style's name in the output (`style` of a section). */
  name: string;
  /** The forms its markers take, as written in real documents. */
  forms: readonly MarkerForm[];
  /** A division of the document (part, chapter, 节): it never nests under an enumerated item. */
  division: boolean;
  /** Its marker ends in a word (第一章), so a heading line prints a space before the title. */
  spaced: boolean;
}

const ORDINAL = (close: readonly string[]): MarkerForm => ({ open: ['第'], numeral: 'cn-or-digits', close, notBefore: 'cross-reference' });
const BRACKETS = { open: ['(', '（'], close: [')', '）'] };
const DUN = ['、', '.', '．'];

export const NUMBERING_STYLES = [
  /** 附件1 附件 2 附件一: an attachment after the document proper, a top-level division whose own numbering starts afresh */
  { name: 'attachment', forms: [{ open: ['附件'], numeral: 'cn-or-digits', close: [], notBefore: 'cross-reference' }], division: true, spaced: true },
  /** 第一部分 第一篇 第一编 */
  { name: 'part', forms: [ORDINAL(['部分', '篇', '编'])], division: true, spaced: true },
  /** 第一章 */
  { name: 'chapter', forms: [ORDINAL(['章'])], division: true, spaced: true },
  /** 第一节 */
  { name: 'section', forms: [ORDINAL(['节'])], division: true, spaced: true },
  /** 第一条 */
  { name: 'article', forms: [ORDINAL(['条'])], division: false, spaced: true },
  /** 一、 and 一. 一． (some issuers) */
  { name: 'cn-dun', forms: [{ open: [], numeral: 'cn', close: DUN, notBefore: 'enumeration' }], division: false, spaced: false },
  /** （一） (一) */
  { name: 'cn-paren', forms: [{ ...BRACKETS, numeral: 'cn' }], division: false, spaced: false },
  /** 1. 1、 1． １． */
  { name: 'num-dot', forms: [{ open: [], numeral: 'digits', close: DUN, notBefore: 'digit' }], division: false, spaced: false },
  /** （1） (1), ⑴ … ⒇, and the half-bracketed 1） 1) some issuers use for their lowest level */
  {
    name: 'num-paren',
    forms: [
      { ...BRACKETS, numeral: 'digits' },
      { open: [], numeral: { first: 0x2474, last: 0x2487 }, close: [] },
      { open: [], numeral: 'digits', close: [')', '）'] },
    ],
    division: false,
    spaced: false,
  },
  /** ① … ⑳ */
  { name: 'circled', forms: [{ open: [], numeral: { first: 0x2460, last: 0x2473 }, close: [] }], division: false, spaced: false },
] as const satisfies readonly NumberingStyle[];

export type StyleName = (typeof NUMBERING_STYLES)[number]['name'];

/** The style names, outermost first: the schema's enum. */
export const STYLE_NAMES = NUMBERING_STYLES.map((s) => s.name) as [StyleName, ...StyleName[]];

/** Conventional order of a style, outermost first (0 = part). */
export const CONVENTIONAL_RANK = Object.fromEntries(NUMBERING_STYLES.map((s, rank) => [s.name, rank])) as Record<StyleName, number>;

/** Styles that open a division of the document. */
export const DIVISIONS: ReadonlySet<StyleName> = new Set(NUMBERING_STYLES.filter((s) => s.division).map((s) => s.name));

/** Styles printed with a space between marker and title. */
export const SPACED_STYLES: ReadonlySet<StyleName> = new Set(NUMBERING_STYLES.filter((s) => s.spaced).map((s) => s.name));
