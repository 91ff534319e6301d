/**
 * Knowing a published form by its first bytes, not its name: a PDF starts
 * with "%PDF-" (readers accept it within the first kilobyte), a Word file is
 * a zip (its word/document.xml is checked when read), a web page starts with
 * <!DOCTYPE html> or <html> after any byte order mark, blank space and
 * comments. Cheap: loaded at every start-up, these look at a few bytes only.
 */

/** Where "%PDF-" may stand: PDF readers accept junk before it within the first 1024 bytes. */
const PDF_SEARCH = 1024;

export function looksLikePdf(bytes: Uint8Array): boolean {
  const n = Math.min(bytes.length - 4, PDF_SEARCH);
  for (let i = 0; i < n; i++) {
    if (bytes[i] === 0x25 && bytes[i + 1] === 0x50 && bytes[i + 2] === 0x44 && bytes[i + 3] === 0x46 && bytes[i + 4] === 0x2d) return true;
  }
  return false;
}

/** A zip's local file header signature, PK\3\4: a .docx (or any Office file) is a zip. */
export function looksLikeZip(bytes: Uint8Array): boolean {
  return bytes.length >= 4 && bytes[0] === 0x50 && bytes[1] === 0x4b && bytes[2] === 0x03 && bytes[3] === 0x04;
}

/** How far into the file the first tag is looked for. */
const HTML_SEARCH = 2048;
const HTML_START = /^(?:\s|<!--[\s\S]*?-->|<\?xml[^>]*>)*<(?:!doctype\s+html|html[\s>])/i;

export function looksLikeHtml(bytes: Uint8Array): boolean {
  const head = headText(bytes, HTML_SEARCH);
  return HTML_START.test(head);
}

/** The head as text: UTF-16 by its BOM, else bytes as Latin-1 (the tags are ASCII in any ASCII-compatible encoding). */
function headText(bytes: Uint8Array, max: number): string {
  const le = bytes[0] === 0xff && bytes[1] === 0xfe;
  const be = bytes[0] === 0xfe && bytes[1] === 0xff;
  if (le || be) return new TextDecoder(le ? 'utf-16le' : 'utf-16be').decode(bytes.subarray(2, 2 + max * 2));
  const start = bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf ? 3 : 0;
  return Buffer.from(bytes.buffer, bytes.byteOffset + start, Math.max(0, Math.min(bytes.length - start, max))).toString('latin1');
}
