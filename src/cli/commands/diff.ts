/** `plan-parse diff` (placeholder until diff lands). */
import { UsageError } from '../io.js';

export async function runDiff(_old: string, _new: string, _opts: unknown): Promise<void> {
  throw new UsageError('diff is not available yet');
}
