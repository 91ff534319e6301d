/**
 * SectionBuilder against a plain model of the tree: any sequence of headings,
 * each opened under some open section (or at the top), gives the same
 * nesting, ids, levels and section ends as children pushed onto arrays of
 * their own. The builder reuses one list of siblings per depth, so this is
 * what catches a list that keeps a previous parent's children.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { Section } from '../src/model/schema.js';
import { SectionBuilder } from '../src/structure/sections.js';
import { LineIndex } from '../src/text/positions.js';

const settings = { seed: Number(process.env.PROPERTY_SEED ?? 20261129), numRuns: Number(process.env.PROPERTY_RUNS ?? 300) };

/** A heading to open: under the open section at depth `depth` (0: at the top), numbered `number`. */
interface Step {
  depth: number;
  number: number;
}

interface Model {
  id: string;
  level: number;
  number: number;
  /** Index of its heading in the sequence: heading k is line k of the text. */
  index: number;
  children: Model[];
}

/** The tree the steps describe, built the obvious way: ids count repeats of a number among siblings (~2, ~3…). */
function modelTree(steps: Step[]): Model[] {
  const top: Model[] = [];
  const open: Model[] = [];
  steps.forEach(({ depth, number }, index) => {
    open.length = depth;
    const parent = open.at(-1);
    const siblings = parent ? parent.children : top;
    const uses = siblings.filter((s) => s.number === number).length + 1;
    const base = parent ? `${parent.id}.${number}` : String(number);
    const node: Model = { id: uses === 1 ? base : `${base}~${uses}`, level: depth + 1, number, index, children: [] };
    siblings.push(node);
    open.push(node);
  });
  return top;
}

/** Steps whose depths never skip a level: each opens at most one deeper than the open path. */
const steps = fc.array(fc.record({ up: fc.nat(4), deeper: fc.boolean(), number: fc.integer({ min: 1, max: 4 }) }), { maxLength: 60 }).map((raw) => {
  let openDepth = 0;
  return raw.map(({ up, deeper, number }): Step => {
    const depth = deeper ? openDepth : Math.max(0, openDepth - 1 - up);
    openDepth = depth + 1;
    return { depth, number };
  });
});

const shape = (s: Section): unknown => ({ id: s.id, level: s.level, number: s.number, children: s.children.map(shape) });
const modelShape = (m: Model): unknown => ({ id: m.id, level: m.level, number: m.number, children: m.children.map(modelShape) });

describe('SectionBuilder', () => {
  it('builds the tree the headings describe, whatever the order of depths', () => {
    fc.assert(
      fc.property(steps, (sequence) => {
        // One line per heading, "H\n": heading k's marker is at offset 2k.
        const text = 'H\n'.repeat(sequence.length);
        const builder = new SectionBuilder(text, new LineIndex(text));
        const open: Section[] = [];
        sequence.forEach(({ depth, number }, k) => {
          open.length = depth;
          const section = builder.add(depth, { style: 'num-dot', number, marker: `${number}.`, title: 'H', boundary: 2 * k, markerStart: 2 * k, headingEnd: 2 * k + 1, bodyStart: 2 * k + 1 });
          // The latest sibling of its style the builder reports while the parent is open is the section just opened.
          expect(builder.latestOfStyle(depth ? open[depth - 1] : null, 'num-dot')).toBe(section);
          open.push(section);
        });
        const sections = builder.finish(text.length);
        expect(sections.map(shape)).toEqual(modelTree(sequence).map(modelShape));

        // Each section ends where the next heading at its level or above starts, or at the text's end.
        const flat: { section: Section; level: number }[] = [];
        const walk = (list: Section[]) => list.forEach((s) => (flat.push({ section: s, level: s.level }), walk(s.children)));
        walk(sections);
        flat.forEach(({ section, level }, k) => {
          const next = flat.slice(k + 1).find((later) => later.level <= level);
          expect(section.position.end.offset).toBe(next ? next.section.position.start.offset : text.length);
          expect(section.body).toBe(text.slice(section.heading.end.offset, flat[k + 1]?.section.position.start.offset ?? text.length));
        });
      }),
      settings,
    );
  });

  it('gives a closed section its own children array, not one shared with a later parent', () => {
    const text = 'H\n'.repeat(5);
    const builder = new SectionBuilder(text, new LineIndex(text));
    const heading = (k: number, number: number) => ({ style: 'num-dot' as const, number, marker: `${number}.`, title: 'H', boundary: 2 * k, markerStart: 2 * k, headingEnd: 2 * k + 1, bodyStart: 2 * k + 1 });
    const first = builder.add(0, heading(0, 1));
    builder.add(1, heading(1, 1));
    builder.add(1, heading(2, 2));
    const second = builder.add(0, heading(3, 2));
    builder.add(1, heading(4, 1));
    builder.finish(text.length);
    expect(first.children.map((s) => s.id)).toEqual(['1.1', '1.2']);
    expect(second.children.map((s) => s.id)).toEqual(['2.1']);
    expect(first.children).not.toBe(second.children);
  });
});
