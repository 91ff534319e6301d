/**
 * The few parts of a zip archive a Word file needs, read from its central
 * directory (the authoritative list: local headers may carry zero sizes when
 * the writer streamed them). Stored and deflated entries only, which is all
 * Word, WPS and LibreOffice write. A damaged archive is an InputError, so the
 * command says so in one line.
 */
import { inflateRawSync } from 'node:zlib';
import { InputError } from '../decode.js';

const END_OF_DIRECTORY = 0x06054b50;
const DIRECTORY_ENTRY = 0x02014b50;
const LOCAL_HEADER = 0x04034b50;
/** The end record is 22 bytes, plus a comment of up to 65535. */
const END_SEARCH = 22 + 0xffff;
/** A part larger than this unpacked is not a text document's: refuse rather than fill memory (a zip bomb). */
const MAX_PART_BYTES = 512 * 1024 * 1024;

const damaged = (what: string) => new InputError(`damaged zip archive (${what})`, 'open it in Word or WPS and save it again as .docx');

export interface ZipEntry {
  name: string;
  method: number;
  compressedSize: number;
  size: number;
  localOffset: number;
}

export class ZipArchive {
  readonly entries = new Map<string, ZipEntry>();
  private readonly view: DataView;

  constructor(private readonly bytes: Uint8Array) {
    this.view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
    const end = this.findEnd();
    const count = this.view.getUint16(end + 10, true);
    let at = this.view.getUint32(end + 16, true);
    for (let i = 0; i < count; i++) {
      if (at + 46 > bytes.length || this.view.getUint32(at, true) !== DIRECTORY_ENTRY) throw damaged('bad central directory');
      const nameLength = this.view.getUint16(at + 28, true);
      const extraLength = this.view.getUint16(at + 30, true);
      const commentLength = this.view.getUint16(at + 32, true);
      const name = new TextDecoder().decode(bytes.subarray(at + 46, at + 46 + nameLength));
      this.entries.set(name, {
        name,
        method: this.view.getUint16(at + 10, true),
        compressedSize: this.view.getUint32(at + 20, true),
        size: this.view.getUint32(at + 24, true),
        localOffset: this.view.getUint32(at + 42, true),
      });
      at += 46 + nameLength + extraLength + commentLength;
    }
  }

  private findEnd(): number {
    const stop = Math.max(0, this.bytes.length - END_SEARCH);
    for (let at = this.bytes.length - 22; at >= stop; at--) {
      if (this.view.getUint32(at, true) === END_OF_DIRECTORY) return at;
    }
    throw damaged('no central directory: the file is cut short');
  }

  has(name: string): boolean {
    return this.entries.has(name);
  }

  /** The part's bytes, or null when the archive has no such part. */
  read(name: string): Uint8Array | null {
    const entry = this.entries.get(name);
    if (!entry) return null;
    const at = entry.localOffset;
    if (at + 30 > this.bytes.length || this.view.getUint32(at, true) !== LOCAL_HEADER) throw damaged(`bad header of ${name}`);
    const start = at + 30 + this.view.getUint16(at + 26, true) + this.view.getUint16(at + 28, true);
    const data = this.bytes.subarray(start, start + entry.compressedSize);
    if (data.length < entry.compressedSize) throw damaged(`${name} is cut short`);
    if (entry.method === 0) return data;
    if (entry.method !== 8) throw damaged(`${name} uses compression method ${entry.method}`);
    try {
      return inflateRawSync(data, { maxOutputLength: MAX_PART_BYTES });
    } catch {
      throw damaged(`${name} cannot be unpacked`);
    }
  }

  text(name: string): string | null {
    const data = this.read(name);
    return data && new TextDecoder().decode(data);
  }
}
