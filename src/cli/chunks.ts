/**
 * Rendered pieces encoded as UTF-8 straight into one reused buffer, handed
 * on a buffer at a time: one write (or, from a worker thread, one part of a
 * message) per megabyte, not per piece, and never the whole output joined
 * into one string.
 */

const CHUNK_BYTES = 1 << 20;
/** The most UTF-8 bytes one UTF-16 unit takes (a surrogate pair: 4 bytes for 2 units). */
const MAX_UTF8_PER_UNIT = 3;

export interface ChunkWriter {
  write(piece: string | Uint8Array): void;
  /** Hands on what is gathered (at the end of a document). */
  flush(): void;
}

/**
 * `emit` gets each full buffer and, at flush, the rest. The bytes are the
 * writer's own buffer, valid only during the call: write them out, or copy them.
 * Bytes written in (a worker's output) and pieces larger than the buffer go on as they are.
 */
export function chunkWriter(emit: (bytes: Uint8Array) => void): ChunkWriter {
  const chunk = Buffer.allocUnsafe(CHUNK_BYTES);
  let used = 0;
  const flush = () => {
    if (used === 0) return;
    const full = used;
    used = 0;
    emit(chunk.subarray(0, full));
  };
  return {
    write(piece) {
      if (typeof piece === 'string' && piece.length * MAX_UTF8_PER_UNIT <= CHUNK_BYTES) {
        if (piece.length * MAX_UTF8_PER_UNIT > CHUNK_BYTES - used) flush();
        used += chunk.write(piece, used);
        return;
      }
      flush();
      if (piece.length > 0) emit(typeof piece === 'string' ? Buffer.from(piece) : piece);
    },
    flush,
  };
}
