/**
 * The input forms a document can be read from, recorded as `source.format`,
 * and the kinds of page furniture a published form's reader leaves out of
 * the text (`envelope.removed`). Zod-free lists, so runtime code can use them
 * without loading zod; the schema's enums and the reader registry
 * (src/pipeline/inputs.ts) derive from them, and TypeScript asks for a
 * reader for every name here.
 */
export const INPUT_FORMATS = ['txt', 'md', 'html', 'docx', 'pdf'] as const;
export type InputFormat = (typeof INPUT_FORMATS)[number];

export const REMOVED_KINDS = ['page-number', 'page-header', 'page-footer', 'contents', 'page-furniture'] as const;
export type RemovedKind = (typeof REMOVED_KINDS)[number];
