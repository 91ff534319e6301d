/** JSON Schema of `plan-parse diff --format json` (placeholder until diff lands). */
export function diffJsonSchema(): unknown {
  throw new Error('the diff schema is not available yet');
}
