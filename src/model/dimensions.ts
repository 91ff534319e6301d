/** The dimensions of the unit lexicon (src/quantities/lexicon.ts), as the records schema names them. */

/**
 * What a quantity measures. `number` is a bare magnitude (14亿), `rate` a
 * unit per another (元/人), both without a record of their own.
 */
export const DIMENSIONS = [
  'currency', 'mass', 'length', 'area', 'volume', 'energy', 'power', 'data', 'data-rate', 'computing', 'transport-work', 'frequency', 'time', 'count',
  'ratio', 'percentage-point', 'multiple', 'concentration', 'sound', 'speed', 'temperature', 'number', 'rate',
] as const;
export type Dimension = (typeof DIMENSIONS)[number];
