/**
 * The flat records of `--format csv` and `--format ndjson`: one per target
 * (the default) or one per section. CSV columns and NDJSON keys are the same,
 * in this order. Runtime code imports only the types; the schemas serve the
 * JSON Schema and the tests, so zod stays out of a CSV or NDJSON run.
 */
import { z } from 'zod';
import { DIMENSIONS } from './dimensions.js';
import { ComparatorSchema, MarkerStyleSchema, TargetKindSchema, TargetSchema, TimeframeSchema } from './schema.js';

const source = {
  source: z.string().describe('the input as named on the command line (source.name)'),
  sha256: z.string().describe('sha256 of the input bytes (source.sha256)'),
};

export const TargetRecordSchema = z.strictObject({
  ...source,
  id: z.string(),
  sectionId: z.string().nullable(),
  sectionTitle: z.string().nullable(),
  indicator: z.string(),
  comparator: ComparatorSchema,
  value: z.number(),
  valueMax: z.number().nullable(),
  unit: z.string(),
  normalizedValue: z.number(),
  normalizedUnit: z.string(),
  kind: TargetKindSchema,
  direction: TargetSchema.shape.direction,
  timeframe: TimeframeSchema,
  year: TargetSchema.shape.year,
  attribute: TargetSchema.shape.attribute,
  origin: TargetSchema.shape.origin,
  line: z.number().int().min(1),
  column: z.number().int().min(1),
  text: z.string(),
});

export const SectionRecordSchema = z.strictObject({
  ...source,
  id: z.string(),
  parentId: z.string().nullable(),
  level: z.number().int().min(1),
  marker: z.string(),
  style: MarkerStyleSchema,
  number: z.number().int().min(0),
  title: z.string(),
  line: z.number().int().min(1),
  targets: z.number().int().min(0).describe("the section's own targets, not its subsections'"),
});

/** `plan-parse quantities`: one record per quantity written in the text. */
export const QuantityRecordSchema = z.strictObject({
  source: source.source,
  line: z.number().int().min(1),
  column: z.number().int().min(1).describe('1-based, in UTF-16 code units, like a target position'),
  text: z.string().describe('the quantity as written: sign, number(s), magnitude, unit, 以上/左右'),
  value: z.number().describe('as written, Chinese numerals read: 四亿五千万吨 is 45000 (万吨)'),
  valueMax: z.number().nullable().describe('the higher end of a range (5-20%), else null'),
  unit: z.string().describe("magnitude and unit as written (万吨, 亿元, 个百分点); '' for a fraction such as 三分之一"),
  normalizedValue: z.number().describe("the value in the dimension's base unit"),
  normalizedUnit: z.string().describe('吨, 元, 米, 平方米, 千瓦时, 千瓦, 秒, %, 百分点, 倍 …; a count keeps its classifier'),
  dimension: z.enum(DIMENSIONS),
  approx: z.boolean().describe('约, 近, 左右, 余, 多'),
  targetId: z.string().nullable().describe('the target this quantity is the value of, if any'),
});

export type TargetRecord = z.infer<typeof TargetRecordSchema>;
export type QuantityRecord = z.infer<typeof QuantityRecordSchema>;
export type SectionRecord = z.infer<typeof SectionRecordSchema>;

/** JSON Schema of the records: one definition per table. */
export function recordsJsonSchema() {
  const definition = (schema: z.ZodType) => {
    const { $schema: _drop, ...rest } = z.toJSONSchema(schema, { target: 'draft-2020-12' });
    return rest;
  };
  return {
    $schema: 'https://json-schema.org/draft/2020-12/schema',
    title: 'plan-parse records (--format csv / ndjson)',
    $defs: {
      targetRecord: definition(TargetRecordSchema),
      sectionRecord: definition(SectionRecordSchema),
      quantityRecord: definition(QuantityRecordSchema),
    },
    anyOf: [{ $ref: '#/$defs/targetRecord' }, { $ref: '#/$defs/sectionRecord' }, { $ref: '#/$defs/quantityRecord' }],
  };
}
