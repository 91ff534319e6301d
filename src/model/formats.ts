/**
 * The input forms a document can be read from, recorded as `source.format`.
 * A zod-free list, so runtime code can use it without loading zod; the
 * schema's enum and the reader registry (src/pipeline/inputs.ts) derive
 * from it, and TypeScript asks for a reader for every name here.
 */
export const INPUT_FORMATS = ['txt', 'md'] as const;
export type InputFormat = (typeof INPUT_FORMATS)[number];
