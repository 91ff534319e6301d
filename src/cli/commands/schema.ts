/** `plan-parse schema`: JSON Schemas generated from the zod model. */
import { writeOutput } from '../io.js';

export async function runSchema(opts: { diff?: boolean; records?: boolean }): Promise<void> {
  const schema = opts.diff
    ? (await import('../../model/diff-json-schema.js')).diffJsonSchema()
    : opts.records
      ? (await import('../../model/records.js')).recordsJsonSchema()
      : (await import('../../model/json-schema.js')).documentJsonSchema();
  writeOutput(JSON.stringify(schema, null, 2) + '\n', undefined);
}
