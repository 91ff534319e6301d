/**
 * Bytes → text. UTF-8 (with or without BOM) and UTF-16 with a BOM are
 * recognised; otherwise UTF-8 is tried and, when it fails (beyond a damaged
 * character or two), GB18030 (a superset of GBK and GB2312), the usual
 * encoding of Chinese files that are not UTF-8. Node's own TextDecoder does
 * the decoding, but for valid UTF-8, the common case, which ICU's transcoder
 * turns into a string several times faster (see decodeValidUtf8).
 */
import { isUtf8, transcode } from 'node:buffer';

export const ENCODINGS = ['utf-8', 'utf-16le', 'utf-16be', 'gb18030'] as const;
export type Encoding = (typeof ENCODINGS)[number];

/** An input that cannot be read as text: the CLI prints it as one line and exits 2. */
export class InputError extends Error {
  constructor(message: string, readonly hint: string) {
    super(message);
    this.name = 'InputError';
  }
}

export interface Decoded {
  text: string;
  encoding: Encoding;
}

/** Accepts common spellings: utf8, UTF-8, gbk, gb2312, utf16le… */
export function normalizeEncodingName(name: string): Encoding {
  const n = name.toLowerCase().replace(/[^a-z0-9]/g, '');
  if (n === 'utf8') return 'utf-8';
  if (n === 'utf16le' || n === 'utf16') return 'utf-16le';
  if (n === 'utf16be') return 'utf-16be';
  if (n === 'gb18030' || n === 'gbk' || n === 'gb2312' || n === 'cp936') return 'gb18030';
  throw new InputError(`unknown encoding "${name}"`, `use one of ${ENCODINGS.join(', ')}`);
}

function bomEncoding(bytes: Uint8Array): Encoding | null {
  if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) return 'utf-8';
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return 'utf-16le';
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return 'utf-16be';
  return null;
}

/** NUL bytes are rare in text and common in binaries; UTF-16 is recognised by its BOM first. */
function looksBinary(bytes: Uint8Array): boolean {
  const n = Math.min(bytes.length, 8192);
  let nul = 0;
  for (let i = 0; i < n; i++) if (bytes[i] === 0) nul++;
  return nul > 0 && nul * 100 >= n; // at least 1% NULs in the head
}

/**
 * Shares of undecodable characters among the non-ASCII ones. A file in a
 * recognised encoding (a BOM, or UTF-8 whose multi-byte sequences are mostly
 * valid: GBK text forms a valid one only now and then) is that encoding,
 * damaged, up to MAX_DAMAGE; a GB18030 guess must decode almost cleanly.
 */
const MAX_DAMAGE = 0.2;
const MAX_GB18030_DAMAGE = 0.01;

/**
 * Valid UTF-8 (checked first with isUtf8, which is vectorised) → text,
 * without a BOM as TextDecoder would drop it. Transcoded to UTF-16 first:
 * V8 builds a two-byte string from UTF-8 several times more slowly.
 */
function decodeValidUtf8(bytes: Uint8Array): string {
  const start = bomEncoding(bytes) === 'utf-8' ? 3 : 0;
  const body = Buffer.from(bytes.buffer, bytes.byteOffset + start, bytes.byteLength - start);
  const utf16 = transcode(body, 'utf8', 'utf16le');
  const text = utf16.toString('utf16le');
  releaseBytes(utf16);
  return text;
}

/** Below this, a buffer's memory is not worth handing back early. */
const RELEASE_AT = 1 << 20;

/**
 * Hands a large buffer's memory back at the next minor garbage collection
 * rather than the next full one, which a run may never reach: a file's bytes
 * (or their UTF-16 copy) are not needed once decoded, and keeping them would
 * add up to twice the input to the peak memory of the run. Detaching the
 * buffer does it; only a buffer that owns all of its memory (not a slice of
 * Node's shared pool) is detached. The bytes read as empty afterwards.
 */
export function releaseBytes(bytes: Uint8Array): void {
  const whole = bytes.byteOffset === 0 && bytes.byteLength === bytes.buffer.byteLength;
  if (whole && bytes.byteLength >= RELEASE_AT && bytes.buffer instanceof ArrayBuffer) structuredClone(bytes.buffer, { transfer: [bytes.buffer] });
}

export function decode(bytes: Uint8Array, forced?: Encoding): Decoded {
  if (forced) {
    if (forced === 'utf-8' && isUtf8(bytes)) return { text: decodeValidUtf8(bytes), encoding: forced };
    try {
      // fatal: a wrong --encoding must say so, not produce mojibake silently.
      return { text: new TextDecoder(forced, { fatal: true }).decode(bytes), encoding: forced };
    } catch {
      throw new InputError(`not valid ${forced}`, 'check the file, or name its encoding with --encoding');
    }
  }
  // A file cut off mid-character or a bad converter's lone surrogate leaves a
  // few undecodable sequences in text that is otherwise fine: those become
  // U+FFFD, which the structure stage reports, rather than refusing the file
  // or garbling every character by reading UTF-8 as GB18030.
  const bom = bomEncoding(bytes);
  if (bom) {
    if (bom === 'utf-8' && isUtf8(bytes)) return { text: decodeValidUtf8(bytes), encoding: bom };
    const text = new TextDecoder(bom).decode(bytes);
    if (damageShare(text) > MAX_DAMAGE) throw new InputError(`not valid ${bom}`, 'check the file, or name its encoding with --encoding');
    return { text, encoding: bom };
  }
  // UTF-16 without a BOM: its ASCII has NUL bytes (checked before the binary test), its Chinese none (checked once UTF-8 fails).
  const headHasNul = bytes.subarray(0, UTF16_SAMPLE).includes(0);
  const utf16 = headHasNul ? utf16WithoutBom(bytes) : null;
  if (utf16) return { text: new TextDecoder(utf16).decode(bytes), encoding: utf16 };
  if (looksBinary(bytes)) throw binaryError(bytes);
  if (isUtf8(bytes)) return { text: decodeValidUtf8(bytes), encoding: 'utf-8' };
  const utf8 = new TextDecoder('utf-8').decode(bytes);
  if (damageShare(utf8) <= MAX_DAMAGE) return { text: utf8, encoding: 'utf-8' };
  const wide = headHasNul ? null : utf16WithoutBom(bytes);
  if (wide) return { text: new TextDecoder(wide).decode(bytes), encoding: wide };
  // Not UTF-8: GB18030 decodes most byte sequences, so judge the result.
  const text = new TextDecoder('gb18030').decode(bytes);
  if (damageShare(text) > MAX_GB18030_DAMAGE) {
    throw new InputError('cannot be decoded as UTF-8 or GB18030', 'name its encoding with --encoding, or convert it to UTF-8');
  }
  return { text, encoding: 'gb18030' };
}

/** An old Office binary file (.doc, .xls, .wps): a Compound File, known by its signature. */
const COMPOUND_FILE = [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1];

function binaryError(bytes: Uint8Array): InputError {
  if (COMPOUND_FILE.every((b, i) => bytes[i] === b)) {
    return new InputError('an old Word (.doc) or WPS file, which plan-parse does not read', 'save it as .docx (Word or WPS: Save As) and read that');
  }
  return new InputError('looks like a binary file, not text', 'give a text, Markdown, web page (.html), Word (.docx) or PDF file; name the form with --from if it is one of those');
}

/** Bytes looked at to tell UTF-16 without a BOM. */
const UTF16_SAMPLE = 8192;
/** The share of characters that must be plausible text (Chinese, CJK and general punctuation, printable ASCII) to read the bytes as UTF-16. */
const MIN_UTF16_PLAUSIBLE = 0.9;

function plausibleShare(text: string): number {
  let good = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    const ok =
      (c >= 0x20 && c < 0x7f) || c === 0x0a || c === 0x0d || c === 0x09 ||
      (c >= 0x4e00 && c <= 0x9fff) || (c >= 0x3000 && c <= 0x303f) || (c >= 0xff00 && c <= 0xffef) || (c >= 0x2000 && c <= 0x206f);
    if (ok) good++;
  }
  return text.length ? good / text.length : 0;
}

/**
 * UTF-16 with no byte order mark, little- or big-endian, told by which
 * reading gives plausible text. GBK read as UTF-16 gives Hangul, private-use
 * and surrogate code units, never mostly Chinese.
 */
function utf16WithoutBom(bytes: Uint8Array): 'utf-16le' | 'utf-16be' | null {
  const sample = bytes.subarray(0, Math.min(bytes.length, UTF16_SAMPLE) & ~1);
  if (sample.length < 2) return null;
  // ASCII in UTF-16 has its NUL byte second (LE) or first (BE); read either way it would look like Chinese, so the NULs decide.
  let even = 0;
  let odd = 0;
  for (let i = 0; i < sample.length; i++) if (sample[i] === 0) i % 2 ? odd++ : even++;
  const candidates: ('utf-16le' | 'utf-16be')[] = odd > even ? ['utf-16le'] : even > odd ? ['utf-16be'] : ['utf-16le', 'utf-16be'];
  let best: 'utf-16le' | 'utf-16be' | null = null;
  let bestShare = MIN_UTF16_PLAUSIBLE;
  for (const encoding of candidates) {
    const share = plausibleShare(new TextDecoder(encoding).decode(sample));
    if (share >= bestShare) [best, bestShare] = [encoding, share];
  }
  return best;
}

/**
 * U+FFFD among the non-ASCII characters: a wrong encoding garbles nearly all
 * of them, damage only a few. Plain ASCII around them says nothing either way.
 */
function damageShare(text: string): number {
  let bad = 0;
  let nonAscii = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c < 0x80) continue;
    nonAscii++;
    if (c === 0xfffd) bad++;
  }
  return nonAscii === 0 ? 0 : bad / nonAscii;
}
