/**
 * The output model: the one source of the TypeScript types and of the JSON Schema.
 *
 * Runtime code imports only *types* from here (`import type`), so zod is loaded
 * only by `plan-parse schema` and by the tests; that keeps start-up fast.
 */
import { z } from 'zod';
import { DIAGNOSTIC_CODES, SEVERITIES } from './diagnostics.js';
import { INPUT_FORMATS, REMOVED_KINDS } from './formats.js';
import { STYLE_NAMES } from './numbering.js';
import { TARGET_KINDS, TIMEFRAMES } from './target-vocab.js';

export const PointSchema = z.object({
  line: z.number().int().min(1).describe('1-based line'),
  column: z.number().int().min(1).describe('1-based column, in UTF-16 code units'),
  offset: z.number().int().min(0).describe('0-based offset into the decoded text, in UTF-16 code units'),
});

export const PositionSchema = z.object({ start: PointSchema, end: PointSchema });

export const SeveritySchema = z.enum(SEVERITIES);

export const DiagnosticSchema = z.object({
  severity: SeveritySchema,
  code: z.enum(DIAGNOSTIC_CODES).describe('stable machine-readable code: see the diagnostics table in the README'),
  message: z.string(),
  position: PositionSchema,
});

/** Numbering styles, from the outermost by convention to the innermost: the records of numbering.ts. */
export const MarkerStyleSchema = z.enum(STYLE_NAMES);

export const SectionSchema = z.object({
  type: z.literal('section'),
  id: z.string().describe('dotted numbering path, unique; duplicates get a suffix such as 4.3~2'),
  level: z.number().int().min(1).describe('nesting depth in this document, 1 = top'),
  marker: z.string().describe('the numbering as written, e.g. （一） or 1.'),
  number: z.number().int().min(0),
  style: MarkerStyleSchema,
  title: z.string(),
  heading: PositionSchema.describe('the marker and the title (with a closing 。 of a run-in heading)'),
  body: z.string().describe('source text after the heading up to the next heading, exactly as written'),
  position: PositionSchema.describe('from the marker to the end of the last descendant'),
  // A getter makes the schema recursive (zod 4); the annotation lets TypeScript infer it.
  get children(): z.ZodArray<typeof SectionSchema> {
    return z.array(SectionSchema);
  },
});

export const ComparatorSchema = z.enum(['=', '>=', '>', '<=', '<', 'range', '~']);
export const TargetKindSchema = z.enum(TARGET_KINDS);
export const TimeframeSchema = z.enum(TIMEFRAMES);

export const TargetSchema = z.object({
  id: z.string(),
  sectionId: z.string().nullable(),
  text: z.string().describe('source span from the indicator to the end of the number phrase'),
  indicator: z.string(),
  value: z.number(),
  valueMax: z.number().nullable(),
  unit: z.string(),
  normalized: z.object({ value: z.number(), unit: z.string() }),
  comparator: ComparatorSchema,
  kind: TargetKindSchema,
  direction: z.enum(['increase', 'decrease']).nullable().describe('for growth: which way'),
  timeframe: TimeframeSchema,
  attribute: z.enum(['预期性', '约束性']).nullable().describe('indicator-table attribute, when given'),
  year: z.number().int().nullable().describe('the year the value refers to, when the text says'),
  origin: z.enum(['text', 'table']),
  position: PositionSchema,
});

export const SpanSchema = z.object({ text: z.string(), position: PositionSchema });

export const RemovedPartSchema = z.object({
  kind: z.enum(REMOVED_KINDS),
  text: z.string(),
  page: z.number().int().nullable().describe('the PDF page it was on; null for forms without pages'),
});

export const DocumentSchema = z.object({
  schemaVersion: z.literal(1),
  source: z.object({
    name: z.string(),
    encoding: z.string(),
    sha256: z.string(),
    length: z.number().int().describe('length of the decoded text in UTF-16 code units'),
    format: z
      .enum(INPUT_FORMATS)
      .optional()
      .describe('the input form the text was read from (txt: plain text, md: Markdown, html: web page, docx: Word, pdf); for html, docx and pdf, positions count in the extracted text (plan-parse text FILE); absent in documents written before it was recorded, which were read as txt unless named .md'),
  }),
  meta: z.object({
    title: z.string().nullable(),
    docNumber: z.string().nullable(),
    issuer: z.string().nullable(),
    date: z.string().nullable().describe('ISO date, YYYY-MM-DD'),
  }),
  plan: z.object({ position: PositionSchema }).describe('where the plan proper starts and ends'),
  envelope: z
    .object({
      before: SpanSchema.nullable(),
      after: SpanSchema.nullable(),
      removed: z
        .array(RemovedPartSchema)
        .optional()
        .describe('page furniture a PDF, Word or web-page reader left out of the text: page numbers, running headers and footers, contents pages, menus and footers; absent for text and Markdown'),
    })
    .describe('text around the plan proper (web page, notice, footer), kept verbatim'),
  preamble: SpanSchema.describe('plan text before its first heading: title, introduction'),
  sections: z.array(SectionSchema),
  targets: z.array(TargetSchema),
  diagnostics: z.array(DiagnosticSchema),
});

export type Point = z.infer<typeof PointSchema>;
export type Position = z.infer<typeof PositionSchema>;
export type Severity = z.infer<typeof SeveritySchema>;
export type Diagnostic = z.infer<typeof DiagnosticSchema>;
export type MarkerStyle = z.infer<typeof MarkerStyleSchema>;
export type Comparator = z.infer<typeof ComparatorSchema>;
export type TargetKind = z.infer<typeof TargetKindSchema>;
export type Timeframe = z.infer<typeof TimeframeSchema>;
export type Target = z.infer<typeof TargetSchema>;
export type Section = z.infer<typeof SectionSchema>;
export type Span = z.infer<typeof SpanSchema>;
export type PlanDocument = z.infer<typeof DocumentSchema>;
