/**
 * Checks every parse test makes: positions slice back to the source, nothing
 * is lost (envelope + preamble + headings + bodies rebuild the text), and the
 * document validates against the zod model.
 */
import { expect } from 'vitest';
import { DocumentSchema, type PlanDocument, type Section } from '../../src/model/schema.js';

export function flatten(sections: Section[], out: Section[] = []): Section[] {
  for (const s of sections) {
    out.push(s);
    flatten(s.children, out);
  }
  return out;
}

/** The unist point of an offset, computed independently of the parser's LineIndex. */
function pointAt(text: string, offset: number) {
  const before = text.slice(0, offset);
  const breaks = before.match(/\r\n|\r|\n/g) ?? [];
  const lastBreak = Math.max(before.lastIndexOf('\n'), before.lastIndexOf('\r'));
  return { line: breaks.length + 1, column: offset - (lastBreak + 1) + 1, offset };
}

function expectPoints(text: string, p: { start: { offset: number }; end: { offset: number } }): void {
  expect(p.start).toEqual(pointAt(text, p.start.offset));
  expect(p.end).toEqual(pointAt(text, p.end.offset));
}

export function expectSound(doc: PlanDocument, text: string): void {
  const parsed = DocumentSchema.safeParse(doc);
  expect(parsed.success, parsed.success ? '' : JSON.stringify(parsed.error.issues.slice(0, 3))).toBe(true);
  const all = flatten(doc.sections);
  let rebuilt = (doc.envelope.before?.text ?? '') + doc.preamble.text;
  for (const s of all) {
    const heading = text.slice(s.heading.start.offset, s.heading.end.offset);
    expect(heading.startsWith(s.marker)).toBe(true);
    expect(heading.includes(s.title)).toBe(true);
    expect(s.position.start.offset).toBe(s.heading.start.offset);
    rebuilt += heading + s.body;
    expectPoints(text, s.heading);
    expectPoints(text, s.position);
  }
  rebuilt += doc.envelope.after?.text ?? '';
  expect(rebuilt).toBe(text);
  for (const t of doc.targets) {
    expect(text.slice(t.position.start.offset, t.position.end.offset)).toBe(t.text);
    expectPoints(text, t.position);
  }
  for (const d of doc.diagnostics) {
    expect(d.position.start.offset).toBeLessThanOrEqual(d.position.end.offset);
    expect(d.position.end.offset).toBeLessThanOrEqual(text.length);
  }
  expect(doc.source.length).toBe(text.length);
}
