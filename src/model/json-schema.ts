/** JSON Schemas generated from the zod model: what `plan-parse schema` prints. */
import { z } from 'zod';
import { DocumentSchema } from './schema.js';

export function documentJsonSchema(): unknown {
  return { ...z.toJSONSchema(DocumentSchema, { target: 'draft-2020-12' }), title: 'plan-parse document (schemaVersion 1)' };
}
