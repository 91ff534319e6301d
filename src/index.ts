/**
 * plan-parse as a library: `parse(text)` for decoded text, `parseBytes(bytes)`
 * for a plain-text file's raw bytes (encoding detection included),
 * `parseMarkdown(text)` for Markdown, and `loadDocument(bytes, { name })` for
 * a file in any input form. All return the document object that
 * `plan-parse --json` prints. This file only re-exports: the pipeline is in
 * src/pipeline/.
 */
export type * from './model/schema.js';
export { INPUT_FORMATS, type InputFormat } from './model/formats.js';
export { FORMATS as OUTPUT_FORMATS, type Format as OutputFormat } from './export/index.js';
export { InputError, type Encoding } from './read/decode.js';
export { loadDocument, parseBytes, parseMarkdown, parseText, parseText as parse, type LoadOptions, type ParseOptions } from './pipeline/parse.js';
export { DIMENSIONS, isRange, readQuantities, toBaseUnit, UNIT_RECORDS, type Dimension, type Quantity, type UnitRecord } from './quantities/index.js';
