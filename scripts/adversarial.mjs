// Inputs that would expose a backtracking regular expression or a quadratic
// loop, and plain plan text of the same size to time them against. Shared by
// the unit tests (small sizes) and scripts/stress.mjs (full sizes).

/** Repeats `unit` until the text is at least `size` UTF-16 units long, then cuts it to `size`. */
export function repeatTo(unit, size) {
  if (unit.length === 0) throw new Error('cannot repeat an empty unit');
  return unit.repeat(Math.ceil(size / unit.length)).slice(0, size);
}

/**
 * The adversarial inputs of issue 6, each as a function of its size in UTF-16
 * units. `fullSize` is the size the stress script runs.
 */
export const ADVERSARIAL = [
  // A dotted number with no end: 1.1.1.… on one line.
  { name: 'dotted numbers on one line', fullSize: 2_000_000, make: (size) => repeatTo('1.', size) },
  // Every line a heading, all numbered alike: duplicate ids, restarts.
  { name: 'lines of （一）标题', fullSize: 1_200_000, make: (size) => repeatTo('（一）标题\n', size) },
  // A target phrase back to back, no sentence to end it.
  { name: '12.5%以上 repeated', fullSize: 1_000_000, make: (size) => repeatTo('12.5%以上', size) },
  // Brackets that never close.
  { name: 'nested （', fullSize: 300_000, make: (size) => repeatTo('（', size) },
  // One enormous line with no punctuation to cut it.
  { name: 'line without punctuation', fullSize: 1_000_000, make: (size) => repeatTo('推进产业转型升级加快创新平台建设', size) },
  // Markers glued together on one line: each position starts a candidate.
  { name: 'markers on one line', fullSize: 1_000_000, make: (size) => repeatTo('一、（一）1.（1）①第一章', size) },
  // Numbers and units without text between them.
  { name: 'numbers and units', fullSize: 1_000_000, make: (size) => repeatTo('3000亿元5万人2个百分点', size) },
];

/** Plain plan text of exactly `size` units: the given plan texts repeated, each on its own lines. */
export function plainPlanText(sources, size) {
  return repeatTo(sources.map((s) => s.replace(/\s*$/, '\n\n')).join(''), size);
}
