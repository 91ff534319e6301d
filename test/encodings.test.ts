/**
 * The same reading whatever the encoding and newlines: UTF-8 with or without
 * BOM, UTF-16 LE/BE, GB18030 (a committed fixture, encoded once with python),
 * CRLF, CR, and standard input.
 */
import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parse, parseBytes } from '../src/index.js';
import type { PlanDocument, Position } from '../src/model/schema.js';
import { expectSound, flatten } from './helpers/invariants.js';
import { releaseBytes } from '../src/read/decode.js';

const UTF8 = 'fixtures/encodings/plan.utf8.txt';
const GB18030 = 'fixtures/encodings/plan.gb18030.txt';
const text = readFileSync(UTF8, 'utf8');
const reference = parse(text);

const BYTE_FORMS: [string, Buffer][] = [
  ['utf-8', Buffer.from(text, 'utf8')],
  ['utf-8', Buffer.from('\ufeff' + text, 'utf8')],
  ['utf-16le', Buffer.from('\ufeff' + text, 'utf16le')],
  ['utf-16be', Buffer.from('\ufeff' + text, 'utf16le').swap16()],
  ['gb18030', readFileSync(GB18030)],
];

/** Line and column only: a CRLF file's offsets run ahead of an LF file's by one a line. */
const lineColumn = (p: Position) => `${p.start.line}:${p.start.column}-${p.end.line}:${p.end.column}`;
/** What a reader compares across newline conventions: everything but offsets, bodies with LF newlines. */
function reading(doc: PlanDocument) {
  return {
    sections: flatten(doc.sections).map((s) => ({ id: s.id, level: s.level, marker: s.marker, title: s.title, heading: lineColumn(s.heading), body: s.body.replace(/\r\n?/g, '\n') })),
    targets: doc.targets.map(({ position, ...rest }) => ({ ...rest, position: lineColumn(position) })),
    diagnostics: doc.diagnostics.map((d) => `${d.code} ${lineColumn(d.position)}`),
  };
}

describe('encodings', () => {
  it('the fixture has headings, targets and a character outside the BMP to read', () => {
    expect(flatten(reference.sections).length).toBeGreaterThan(5);
    expect(reference.targets.length).toBeGreaterThan(5);
    expect(text).toContain('𠀀');
    expect(readFileSync(GB18030).equals(Buffer.from(text, 'utf8'))).toBe(false);
  });

  for (const [encoding, bytes] of BYTE_FORMS) {
    it(`reads ${encoding}${bytes[0] === 0xef ? ' with BOM' : ''} as the same sections and targets`, () => {
      const doc = parseBytes(bytes);
      expect(doc.source.encoding).toBe(encoding);
      expectSound(doc, text);
      expect(doc.sections).toEqual(reference.sections);
      expect(doc.targets).toEqual(reference.targets);
      expect(doc.diagnostics).toEqual(reference.diagnostics);
    });
  }

  it('reads GB18030 the same when the encoding is named as when it is detected', () => {
    expect(parseBytes(readFileSync(GB18030), { encoding: 'gb18030' }).sections).toEqual(reference.sections);
  });
});

describe('newlines', () => {
  for (const [name, newline] of [['CRLF', '\r\n'], ['CR', '\r']]) {
    it(`reads ${name} newlines as the same sections and targets, at the same lines and columns`, () => {
      const converted = text.replace(/\n/g, newline);
      const doc = parse(converted);
      expectSound(doc, converted);
      expect(reading(doc)).toEqual(reading(reference));
    });
  }
});

describe('standard input', () => {
  const cli = (args: string[], input?: Buffer) => execFileSync(process.execPath, ['bin/plan-parse.js', ...args, '--json'], { input }).toString('utf8');

  it('reads a GB18030 file from standard input as from its name, and the same plan as its UTF-8 copy', () => {
    const fromFile = JSON.parse(cli([GB18030]));
    const fromStdin = JSON.parse(cli(['-'], readFileSync(GB18030)));
    expect({ ...fromStdin, source: { ...fromStdin.source, name: GB18030 } }).toEqual(fromFile);
    expect(fromFile.source.encoding).toBe('gb18030');
    const utf8 = JSON.parse(cli([UTF8]));
    expect(fromFile.sections).toEqual(utf8.sections);
    expect(fromFile.targets).toEqual(utf8.targets);
  });

  it('reads --encoding gbk from standard input', () => {
    const doc = JSON.parse(cli(['--encoding', 'gbk'], readFileSync(GB18030)));
    expect(doc.sections).toEqual(JSON.parse(JSON.stringify(reference.sections)));
  });
});

describe('releaseBytes', () => {
  it('hands back a large buffer that owns its memory, and leaves small buffers and slices of shared memory alone', () => {
    const large = Buffer.alloc(2 << 20, 1);
    releaseBytes(large);
    expect(large.byteLength).toBe(0);

    const small = Buffer.from('一、总体要求');
    releaseBytes(small);
    expect(small.toString()).toBe('一、总体要求');

    const shared = Buffer.alloc(4 << 20, 2);
    const slice = shared.subarray(1 << 20);
    releaseBytes(slice);
    expect(slice.byteLength).toBe(3 << 20);
    expect(shared[0]).toBe(2);
  });
});
