/** `plan-parse schema`: the JSON Schema of the JSON output, from the zod model. */
import { writeOutput } from '../io.js';

export async function runSchema(opts: { diff?: boolean }): Promise<void> {
  const schema = opts.diff
    ? (await import('../../model/diff-json-schema.js')).diffJsonSchema()
    : (await import('../../model/json-schema.js')).documentJsonSchema();
  writeOutput(JSON.stringify(schema, null, 2) + '\n', undefined);
}
