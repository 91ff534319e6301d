/**
 * Chinese characters, kana, full-width forms and CJK punctuation: the
 * characters between which a reader sets no space. Both the PDF and the web
 * page readers decide from it whether a gap or a line break is a space.
 */
export function isWide(code: number): boolean {
  return code >= 0x2e80 && !(code >= 0xff61 && code <= 0xffdc) && !(code >= 0xd800 && code <= 0xdfff);
}
