/** The sha256 a document's `source` carries: of the file's bytes, or of the text as UTF-8. */
import { createHash } from 'node:crypto';

export function sha256(data: string | Uint8Array): string {
  return createHash('sha256').update(data).digest('hex');
}
