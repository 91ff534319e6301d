/** A parsed document's `source` record, the same whichever input form made the document. */
import type { InputFormat } from '../model/formats.js';
import type { PlanDocument } from '../model/schema.js';
import { sha256 } from '../text/hash.js';

export interface SourceOptions {
  /** Shown as `source.name`; defaults to "-". */
  name?: string;
  /** Recorded as `source.encoding`; defaults to utf-8. */
  encoding?: string;
  /** sha256 of the original bytes; defaults to that of the text as UTF-8. */
  sha256?: string;
}

export function documentSource(text: string, format: InputFormat, options: SourceOptions): PlanDocument['source'] {
  return {
    name: options.name ?? '-',
    encoding: options.encoding ?? 'utf-8',
    sha256: options.sha256 ?? sha256(text),
    length: text.length,
    format,
  };
}
