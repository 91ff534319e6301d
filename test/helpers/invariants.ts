/**
 * Checks every parse test makes: positions slice back to the source, nothing
 * is lost (envelope + preamble + headings + bodies rebuild the text), and the
 * document validates against the zod model.
 */
import { expect } from 'vitest';
import { DocumentSchema, type PlanDocument, type Point, type Position, type Section } from '../../src/model/schema.js';

export function flatten(sections: Section[], out: Section[] = []): Section[] {
  for (const s of sections) {
    out.push(s);
    flatten(s.children, out);
  }
  return out;
}

/**
 * unist points of offsets, computed independently of the parser's LineIndex:
 * line starts from a regular expression over the newlines, found by bisection.
 * Linear in the text, so documents of thousands of headings check in time.
 */
function pointFinder(text: string) {
  const lineStarts = [0];
  for (const m of text.matchAll(/\r\n|\r|\n/g)) lineStarts.push(m.index + m[0].length);
  return (offset: number) => {
    let lo = 0;
    for (let hi = lineStarts.length - 1; lo < hi; ) {
      const mid = (lo + hi + 1) >> 1;
      if (lineStarts[mid] <= offset) lo = mid;
      else hi = mid - 1;
    }
    return { line: lo + 1, column: offset - lineStarts[lo] + 1, offset };
  };
}

/**
 * Per-node checks collect what is wrong and make one assertion at the end:
 * an expect() per node would cost more than the parse on a document of
 * thousands of headings.
 */
export function expectSound(doc: PlanDocument, text: string): void {
  const parsed = DocumentSchema.safeParse(doc);
  expect(parsed.success, parsed.success ? '' : JSON.stringify(parsed.error.issues.slice(0, 3))).toBe(true);
  const problems: string[] = [];
  const check = (ok: boolean, what: () => string) => {
    if (!ok) problems.push(what());
  };
  const pointAt = pointFinder(text);
  const samePoint = (p: Point) => {
    const q = pointAt(p.offset);
    return p.line === q.line && p.column === q.column;
  };
  const checkPoints = (p: Position, what: string) =>
    check(samePoint(p.start) && samePoint(p.end) && p.start.offset <= p.end.offset, () => `${what}: ${JSON.stringify(p)} is not where its offsets are`);
  let rebuilt = (doc.envelope.before?.text ?? '') + doc.preamble.text;
  for (const s of flatten(doc.sections)) {
    const heading = text.slice(s.heading.start.offset, s.heading.end.offset);
    check(heading.startsWith(s.marker), () => `section ${s.id}: heading ${JSON.stringify(heading)} does not start with its marker ${s.marker}`);
    // A title wrapped onto the next line (a PDF copy) is read without the line
    // break, so it is found in the heading with its line breaks taken out; the
    // title itself never holds one.
    check(!/[\r\n]/.test(s.title) && heading.replace(/\r\n|\r|\n/g, '').includes(s.title), () => `section ${s.id}: title ${JSON.stringify(s.title)} is not in its heading ${JSON.stringify(heading)}`);
    check(s.position.start.offset === s.heading.start.offset, () => `section ${s.id}: position does not start at its heading`);
    rebuilt += heading + s.body;
    checkPoints(s.heading, `section ${s.id} heading`);
    checkPoints(s.position, `section ${s.id} position`);
  }
  rebuilt += doc.envelope.after?.text ?? '';
  for (const t of doc.targets) {
    const slice = text.slice(t.position.start.offset, t.position.end.offset);
    check(slice === t.text, () => `target ${t.id}: text ${JSON.stringify(t.text)} but its position slices ${JSON.stringify(slice)}`);
    checkPoints(t.position, `target ${t.id}`);
  }
  for (const d of doc.diagnostics) {
    check(d.position.start.offset <= d.position.end.offset && d.position.end.offset <= text.length, () => `diagnostic ${d.code}: position out of the text`);
  }
  expect(problems.slice(0, 5)).toEqual([]);
  expect(rebuilt).toBe(text);
  expect(doc.source.length).toBe(text.length);
}
