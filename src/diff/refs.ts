/** The Ref objects of the diff JSON: where a section or a target is in its version. */
import type { DiffRef } from '../model/diff-schema.js';
import type { Section, Target } from '../model/schema.js';

export function sectionRef(s: Section): DiffRef {
  return { id: s.id, marker: s.marker, title: s.title, line: s.heading.start.line };
}

/** A target is placed by its section (id, marker, title) and its own line. */
export function targetRef(t: Target, section: Section | undefined): DiffRef {
  return {
    id: section?.id ?? '',
    marker: section?.marker ?? '',
    title: section?.title ?? '',
    line: t.position.start.line,
    indicator: t.indicator,
    text: t.text,
    value: t.value,
    unit: t.unit,
    comparator: t.comparator,
    ...(t.valueMax === null ? {} : { valueMax: t.valueMax }),
    ...(t.direction === null ? {} : { direction: t.direction }),
    targetId: t.id,
  };
}
