/** JSON Schema of `plan-parse diff --format json`, generated from the zod diff model. */
import { z } from 'zod';
import { DocumentDiffSchema } from './diff-schema.js';

export function diffJsonSchema(): unknown {
  return { ...z.toJSONSchema(DocumentDiffSchema, { target: 'draft-2020-12' }), title: 'plan-parse diff (schemaVersion 1)' };
}
