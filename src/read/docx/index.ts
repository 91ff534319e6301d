/**
 * A Word file (.docx) → text, read straight from word/document.xml: runs
 * joined, one paragraph a line, Word's automatic numbering written in front
 * of a numbered paragraph, a table one row a line with its cells
 * tab-separated (as the targets stage reads indicator tables), footnotes and
 * endnotes after the body, apart from it. Page headers and footers live in
 * parts of their own: they are not read into the text, only listed as
 * removed.
 */
import { InputError } from '../decode.js';
import type { Extracted, RemovedPart } from '../extracted.js';
import { Numbering } from './numbering.js';
import { attribute, scanXml } from './xml.js';
import { ZipArchive } from './zip.js';

const DOCUMENT = 'word/document.xml';

export function isWordArchive(zip: ZipArchive): boolean {
  return zip.has(DOCUMENT);
}

interface StyleNumbering {
  numId: string | null;
  ilvl: number | null;
  basedOn: string | null;
}

/** Paragraph styles that number their paragraphs (a heading style tied to a list). */
function readStyles(xml: string | null): Map<string, StyleNumbering> {
  const styles = new Map<string, StyleNumbering>();
  if (!xml) return styles;
  let style: StyleNumbering | null = null;
  scanXml(xml, {
    open(name, attrs) {
      if (name === 'w:style') {
        style = { numId: null, ilvl: null, basedOn: null };
        styles.set(attribute(attrs, 'w:styleId') ?? '', style);
      } else if (style && name === 'w:basedOn') style.basedOn = attribute(attrs, 'w:val');
      else if (style && name === 'w:numId') style.numId = attribute(attrs, 'w:val');
      else if (style && name === 'w:ilvl') style.ilvl = Number(attribute(attrs, 'w:val') ?? 0);
    },
    close(name) {
      if (name === 'w:style') style = null;
    },
    text() {},
  });
  return styles;
}

function styleNumbering(styles: Map<string, StyleNumbering>, id: string | null): { numId: string | null; ilvl: number } {
  // basedOn chains are short; the bound guards against a loop in a broken file.
  for (let k = 0; id && k < 10; k++) {
    const style = styles.get(id);
    if (!style) break;
    if (style.numId !== null) return { numId: style.numId, ilvl: style.ilvl ?? 0 };
    id = style.basedOn;
  }
  return { numId: null, ilvl: 0 };
}

interface Table {
  row: string[];
  cell: string[];
}

/**
 * The paragraphs of one part (the body, the footnotes) as lines. A
 * paragraph inside another (a text box) is written before the one holding it.
 */
class PartReader {
  readonly lines: string[] = [];
  /** Open paragraphs, innermost last: each its text so far and its numbering. */
  private paragraphs: { text: string; numId: string | null; ilvl: number; style: string | null }[] = [];
  private tables: Table[] = [];
  private inText = 0;
  /** Inside mc:Fallback (a copy of mc:Choice for older readers) or a tracked move's old place: not read. */
  private skipped = 0;
  /** Inside a footnote or endnote of the notes part, its id; the separators are not notes. */
  noteId: string | null = null;

  constructor(
    private readonly numbering: Numbering,
    private readonly styles: Map<string, StyleNumbering>,
  ) {}

  private get paragraph() {
    return this.paragraphs[this.paragraphs.length - 1];
  }

  private append(s: string): void {
    if (this.paragraph) this.paragraph.text += s;
  }

  open(name: string, attrs: string): void {
    if (this.skipped) {
      if (name === 'mc:Fallback' || name === 'w:moveFrom') this.skipped++;
      return;
    }
    switch (name) {
      case 'mc:Fallback':
      case 'w:moveFrom':
        this.skipped++;
        break;
      case 'w:p':
        this.paragraphs.push({ text: '', numId: null, ilvl: 0, style: null });
        break;
      case 'w:pStyle':
        if (this.paragraph) this.paragraph.style = attribute(attrs, 'w:val');
        break;
      case 'w:numId':
        if (this.paragraph) this.paragraph.numId = attribute(attrs, 'w:val');
        break;
      case 'w:ilvl':
        if (this.paragraph) this.paragraph.ilvl = Number(attribute(attrs, 'w:val') ?? 0);
        break;
      case 'w:t':
        this.inText++;
        break;
      case 'w:tab':
        // w:tab inside w:tabs (pPr) is a tab stop, not a tab character.
        if (this.paragraph && !attrs.includes('w:pos')) this.append('\t');
        break;
      case 'w:br':
      case 'w:cr':
        if (attribute(attrs, 'w:type') !== 'page' && attribute(attrs, 'w:type') !== 'column') this.append('\n');
        break;
      case 'w:noBreakHyphen':
        this.append('-');
        break;
      case 'w:tbl':
        this.tables.push({ row: [], cell: [] });
        break;
    }
  }

  close(name: string): void {
    if (this.skipped) {
      if (name === 'mc:Fallback' || name === 'w:moveFrom') this.skipped--;
      return;
    }
    switch (name) {
      case 'w:t':
        this.inText--;
        break;
      case 'w:p':
        this.endParagraph();
        break;
      case 'w:tc': {
        const table = this.tables[this.tables.length - 1];
        if (table) {
          table.row.push(table.cell.join(' ').replace(/[\t\n]+/g, ' ').trim());
          table.cell = [];
        }
        break;
      }
      case 'w:tr': {
        const table = this.tables[this.tables.length - 1];
        if (table) {
          // The row goes where the table stands: a line, or the cell of a table around it.
          if (table.row.some((c) => c !== '')) this.emit(table.row.join('\t'), this.tables.length - 1);
          table.row = [];
        }
        break;
      }
      case 'w:tbl':
        this.tables.pop();
        break;
    }
  }

  text(s: string): void {
    if (this.inText && !this.skipped) this.append(s);
  }

  private endParagraph(): void {
    const p = this.paragraphs.pop();
    if (!p) return;
    let numId = p.numId;
    let ilvl = p.ilvl;
    if (numId === null) ({ numId, ilvl } = styleNumbering(this.styles, p.style));
    // numId 0 turns a style's numbering off for this paragraph.
    const label = numId && numId !== '0' && p.text.trim() !== '' ? this.numbering.next(numId, ilvl) : '';
    this.emit(label + p.text);
  }

  /** A finished paragraph or table row: into the cell of the table at `depth` (the innermost by default), or a line of its own. */
  private emit(line: string, depth = this.tables.length): void {
    const table = this.tables[depth - 1];
    if (table) {
      table.cell.push(line);
      return;
    }
    for (const piece of line.split('\n')) this.lines.push(piece.replace(/\s+$/, ''));
  }
}

function readPart(xml: string, numbering: Numbering, styles: Map<string, StyleNumbering>, notes = false): string[] {
  const reader = new PartReader(numbering, styles);
  const out: string[] = [];
  let noteStart = 0;
  let noteLabel = '';
  scanXml(xml, {
    open(name, attrs) {
      if (notes && (name === 'w:footnote' || name === 'w:endnote')) {
        const type = attribute(attrs, 'w:type');
        noteLabel = type && type !== 'normal' ? '' : (attribute(attrs, 'w:id') ?? '');
        noteStart = reader.lines.length;
      }
      reader.open(name, attrs);
    },
    close(name) {
      reader.close(name);
      if (notes && (name === 'w:footnote' || name === 'w:endnote')) {
        const lines = reader.lines.splice(noteStart).filter((l) => l.trim() !== '');
        if (noteLabel && lines.length) out.push(`[${noteLabel}] ${lines.join(' ').trim()}`);
      }
    },
    text(s) {
      reader.text(s);
    },
  });
  return notes ? out : reader.lines;
}

/** Blank lines at the ends dropped; inside, each empty paragraph stays a blank line, as the author spaced the text. */
function trimBlank(lines: string[]): string[] {
  let start = 0;
  let end = lines.length;
  while (start < end && lines[start].trim() === '') start++;
  while (end > start && lines[end - 1].trim() === '') end--;
  return lines.slice(start, end);
}

export function readDocx(bytes: Uint8Array): Extracted {
  const zip = new ZipArchive(bytes);
  const xml = zip.text(DOCUMENT);
  if (xml === null) throw new InputError('a zip archive but not a Word document (no word/document.xml)', 'give a .docx file, or the plan as text');
  const numbering = new Numbering(zip.text('word/numbering.xml'));
  const styles = readStyles(zip.text('word/styles.xml'));
  const body = trimBlank(readPart(xml, numbering, styles));
  const notes = ['word/footnotes.xml', 'word/endnotes.xml'].flatMap((part) => {
    const partXml = zip.text(part);
    return partXml ? readPart(partXml, numbering, styles, true) : [];
  });
  const removed: RemovedPart[] = [];
  for (const name of [...zip.entries.keys()].sort()) {
    const kind = /^word\/header\d*\.xml$/.test(name) ? 'page-header' : /^word\/footer\d*\.xml$/.test(name) ? 'page-footer' : null;
    if (!kind) continue;
    const text = trimBlank(readPart(zip.text(name) ?? '', numbering, styles)).join('\n').trim();
    if (text) removed.push({ kind, text, page: null });
  }
  const text = (notes.length ? [...body, '', ...notes] : body).join('\n');
  return { text: text && text + '\n', encoding: 'utf-8', removed };
}
