/**
 * The diff model: what `plan-parse diff --format json` prints. The one source
 * of its TypeScript types and of its JSON Schema (`plan-parse schema --diff`).
 *
 * The contract fields (type, old, new; Ref's id, marker, title, line and the
 * target fields) are exact; the fields marked "extra" are ours and optional.
 * Runtime code imports only *types* from here, so zod loads only in `schema`
 * and the tests.
 */
import { z } from 'zod';
import { CHANGE_TYPES, type ChangeType } from './change-types.js';
import { ComparatorSchema } from './schema.js';

export const ChangeTypeSchema = z.enum(CHANGE_TYPES);

export const DiffRefSchema = z.object({
  id: z.string().describe("the section's id in its version; for a target, the id of the section holding it ('' outside any section)"),
  marker: z.string().describe("the section's numbering as written ('' for a target outside any section)"),
  title: z.string(),
  line: z.number().int().min(1).describe('1-based line of the section heading, or of the target'),
  indicator: z.string().optional(),
  text: z.string().optional().describe('the target as written'),
  value: z.number().optional(),
  unit: z.string().optional(),
  comparator: ComparatorSchema.optional(),
  valueMax: z.number().optional().describe('extra: the upper end of a range target'),
  direction: z.enum(['increase', 'decrease']).optional().describe("extra: the target's direction, as in the parse output (下降13.5% is a decrease)"),
  targetId: z.string().optional().describe("extra: the target's own id in its version"),
});

export const BodyDiffSegmentSchema = z.object({
  op: z.enum(['equal', 'delete', 'insert']),
  text: z.string().describe('whitespace-normalised; long unchanged stretches are shortened with …'),
});

export const ChangeSchema = z.object({
  type: ChangeTypeSchema,
  old: DiffRefSchema.nullable(),
  new: DiffRefSchema.nullable(),
  direction: z
    .enum(['raised', 'lowered'])
    .optional()
    .describe('extra, targetChanged: which way the normalised value moved, when the units compare'),
  ambition: z
    .enum(['higher', 'lower'])
    .optional()
    .describe('extra, targetChanged: whether the new target asks more (a higher goal, a deeper cut, a tighter cap) or less; absent for baseline figures'),
  subsections: z
    .number()
    .int()
    .min(1)
    .optional()
    .describe('extra, added/removed: how many sections under it came or went with it (they are not listed separately)'),
  oldParent: z.string().nullable().optional().describe('extra, moved: the heading it was under (null: top level)'),
  newParent: z.string().nullable().optional().describe('extra, moved: the heading it is under now (null: top level)'),
  newLine: z
    .number()
    .int()
    .min(1)
    .optional()
    .describe('extra, removed/targetRemoved: the line of the new version where it used to be'),
  bodyDiff: z.array(BodyDiffSegmentSchema).optional().describe('extra, textChanged: a compact diff of the body'),
});

export const DiffSummarySchema = z.object(
  Object.fromEntries(CHANGE_TYPES.map((t) => [t, z.number().int().min(0)])) as Record<ChangeType, z.ZodNumber>,
);

const VersionSchema = z.object({ name: z.string(), sha256: z.string() });

export const DocumentDiffSchema = z.object({
  schemaVersion: z.literal(1),
  old: VersionSchema,
  new: VersionSchema,
  summary: DiffSummarySchema,
  changes: z.array(ChangeSchema).describe('target changes first, then sections; each group in a fixed order of types, then document order'),
});

export type { ChangeType };
export type DiffRef = z.infer<typeof DiffRefSchema>;
export type BodyDiffSegment = z.infer<typeof BodyDiffSegmentSchema>;
export type Change = z.infer<typeof ChangeSchema>;
export type DiffSummary = z.infer<typeof DiffSummarySchema>;
export type DocumentDiff = z.infer<typeof DocumentDiffSchema>;
