/**
 * A web page's bytes → text: a byte order mark first, then the charset its
 * <meta> declares (Chinese government sites still serve GBK and GB2312
 * pages), then the same detection as plain text.
 */
import { decode, type Decoded } from '../decode.js';

/** The head a browser looks in for the declaration (the HTML standard's prescan reads 1024 bytes; real pages put it later). */
const PRESCAN_BYTES = 4096;
const META_CHARSET = /<meta\b[^>]{0,300}?charset\s*=\s*["']?\s*([A-Za-z0-9_:.-]{1,40})/i;

/** GBK and GB2312 are subsets of GB18030, which decodes both. */
const ALIASES: Record<string, string> = { gbk: 'gb18030', gb2312: 'gb18030', 'x-gbk': 'gb18030', cp936: 'gb18030', 'gb_2312-80': 'gb18030' };

export function declaredCharset(bytes: Uint8Array): string | null {
  const head = Buffer.from(bytes.buffer, bytes.byteOffset, Math.min(bytes.length, PRESCAN_BYTES)).toString('latin1');
  const m = META_CHARSET.exec(head);
  return m ? m[1].toLowerCase() : null;
}

export function decodeHtml(bytes: Uint8Array, forced?: Decoded['encoding']): { text: string; encoding: string } {
  const hasBom = (bytes[0] === 0xef && bytes[1] === 0xbb) || (bytes[0] === 0xff && bytes[1] === 0xfe) || (bytes[0] === 0xfe && bytes[1] === 0xff);
  const declared = declaredCharset(bytes);
  if (!forced && !hasBom && declared) {
    const label = ALIASES[declared] ?? declared;
    let decoder: TextDecoder | null = null;
    try {
      decoder = new TextDecoder(label);
    } catch {
      // A charset Node does not know: fall back to detection below.
    }
    if (decoder) {
      const text = decoder.decode(bytes);
      // A page that says utf-8 but is GBK (or the reverse) is common enough: trust the bytes over a wrong declaration.
      if (!damaged(text)) return { text, encoding: decoder.encoding };
    }
  }
  return decode(bytes, forced);
}

/** More than one character in a hundred undecodable: the declaration is wrong. */
function damaged(text: string): boolean {
  let bad = 0;
  for (let i = 0; i < text.length; i++) if (text.charCodeAt(i) === 0xfffd) bad++;
  return bad * 100 > text.length;
}
