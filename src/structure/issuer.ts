/**
 * Who issued a document, from the places a careful reader looks, in order of
 * trust: the 发文机关标志 at the head of a 公文 (某省人民政府文件, GB/T 9704), the
 * signature above the date, the issuing notice's title (某某关于印发…的通知), a
 * web page's 发布机构 field, the body that adopted a regulation (its 题注:
 * …某市第十五届人民代表大会常务委员会第三十七次会议通过), and the speaker of a
 * work report (我代表某某，向大会…).
 */
import type { Lines } from './lines.js';

/** Names of issuing bodies end in one of these. */
export const ISSUER = /(政府|委员会|办公室|办公厅|委|厅|局|部|院|署|会|办|中心|党委|人大|银行)$/;
export const MAX_ISSUER_LENGTH = 30;
/** Only the head of a document carries its issuer, date field or broken 文号; a body text naming one is citing it. */
export const HEAD_LINES = 40;

/** 某省人民政府文件, 中共某市委办公厅 某市人民政府办公厅文件: the red-letter head of a 公文. */
const HEAD_MARK = /^([\u4e00-\u9fff、]{2,30}?)文件$/;
/**
 * A 公文's title is issuer + 关于 + matter + kind (某某关于印发…的通知, 某某关于加强…的意见),
 * also after a web page's 标题： label or with its number after it (…的通知（某发〔2021〕9号）); a
 * title broken after 印发 is still one.
 */
const NOTICE = /^(?:标题[：:])?\s*([\u4e00-\u9fff、]{2,30}?)关于(?:印发|转发|.{0,80}的(?:通知|意见|决定|通告|公告|批复|通报|函)(?:[（(][^（()）]{0,30}号[）)])?[\s\u3000]*$)/;
/** A web page's field naming the issuer. */
const FIELD = /^(?:发布机构|发文机关|发文单位|发文机构)[：:]\s*([^\s：:]{2,40})\s*$/;
/** The adopting session in a 题注: (某市)第十五届人民代表大会(常务委员会)第三十七次会议通过. */
const ADOPTED_BY = /(?:^|[\s（(]|[0-9０-９〇○一二三四五六七八九十]日)([\u4e00-\u9fff]{0,12}?)第[一二三四五六七八九十百]+届(全国人民代表大会|人民代表大会)(常务委员会)?第[一二三四五六七八九十百]+次(?:全体)?会议(?:通过|批准)/;
/** A congress a report was delivered at: 在某市第十五届人民代表大会第五次会议上. */
const DELIVERED_AT = /在([\u4e00-\u9fff]{1,12}?)第[一二三四五六七八九十百]+届人民代表大会/;
/** The speaker of a report: 我代表国务院 / 我代表市人民政府. */
const SPEAKER = /我代表([\u4e00-\u9fff]{0,12}?(?:政府|国务院))/;

/** The issuer named at the head of the document, or null. */
export function issuerFromHead(lines: Lines): string | null {
  const head = Math.min(lines.count, HEAD_LINES);
  // The red-letter head outranks the notice title, which may shorten the name (省人民政府关于印发…).
  for (let k = 0; k < head; k++) {
    const m = HEAD_MARK.exec(lines.text(k).replace(/[\s\u3000]+/g, ''));
    if (m && ISSUER.test(m[1])) return m[1];
  }
  return null;
}

/** The issuer from the notice title, a web page field, an adoption 题注 or a report's speaker, or null. */
export function issuerFromText(lines: Lines): string | null {
  const head = Math.min(lines.count, HEAD_LINES);
  const found = (pattern: RegExp, pick: (m: RegExpExecArray) => string | null): string | null => {
    for (let k = 0; k < head; k++) {
      const m = pattern.exec(lines.text(k).trim());
      const name = m && pick(m);
      if (name) return name;
    }
    return null;
  };
  return (
    found(NOTICE, (m) => (ISSUER.test(m[1]) ? m[1] : null)) ??
    found(FIELD, (m) => (ISSUER.test(m[1]) ? m[1] : null)) ??
    found(ADOPTED_BY, (m) => (m[2] === '全国人民代表大会' ? m[2] : m[1] + m[2]) + (m[3] ?? '')) ??
    found(SPEAKER, (m) => withPlace(m[1], lines, head))
  );
}

/**
 * A report says 我代表市人民政府: the place is the congress's it was
 * delivered at (在某市第十五届人民代表大会…上), when that is a place of the same level.
 */
function withPlace(speaker: string, lines: Lines, head: number): string {
  const level = speaker[0];
  if (!'省市县区州'.includes(level)) return speaker;
  for (let k = 0; k < head; k++) {
    const m = DELIVERED_AT.exec(lines.text(k));
    if (m && m[1].endsWith(level)) return m[1] + speaker.slice(1);
  }
  return speaker;
}
