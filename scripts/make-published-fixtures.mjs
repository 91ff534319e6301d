// Writes the published-form fixtures from made-up
// plan text: PDFs (a typeset plan with running header, page numbers and a
// contents page; a scan with no text; a password-protected one), Word files
// (numbering, a table, a footnote, a footer; a damaged one; a zip that is no
// Word file) and web pages (a GBK page with menus around the article; a page
// of links only). The plan in each form goes to fixtures/formats/ (the build
// makes each form's code cache from it), the rest to fixtures/published/.
// Run: node scripts/make-published-fixtures.mjs
// The outputs are committed; this script is how they were made and can be remade.
import { createHash } from 'node:crypto';
import { mkdirSync, writeFileSync } from 'node:fs';
import { crc32 } from 'node:zlib';

const OUT = new URL('../fixtures/published/', import.meta.url);
const SAMPLES = new URL('../fixtures/formats/', import.meta.url);
mkdirSync(OUT, { recursive: true });
const write = (name, data) => writeFileSync(new URL(name, OUT), data);
const writeSample = (name, data) => writeFileSync(new URL(name, SAMPLES), data);

// ---------------------------------------------------------------- the plan
const TITLE = '青禾市数字经济发展三年行动方案（2025—2027年）';
const PLAN = [
  { text: '为加快数字经济发展，推动数字技术与实体经济深度融合，结合本市实际，制定本方案。' },
  { heading: '一、总体要求' },
  { heading: '（一）发展目标' },
  { text: '到2027年，全市数字经济核心产业增加值达到450亿元，年均增长12%以上，占地区生产总值比重提高到9.5%。新建5G基站3200个，重点工业企业关键工序数控化率达到68%，数字经济发展水平进入全省前列。' },
  { heading: '（二）基本原则' },
  { text: '坚持创新驱动，坚持应用牵引，坚持安全发展，统筹推进数字产业化和产业数字化，以项目建设为抓手，以制度创新为保障，形成上下联动、部门协同的工作格局。' },
  { heading: '二、重点任务' },
  { heading: '（一）夯实数字基础设施' },
  { text: '加快千兆光网和5G网络建设，推进城市数据中心集约布局，到2026年全市数据中心标准机架达到1.5万架，算力规模达到800PFlops，建成市级公共数据开放平台，开放数据集不少于600个。' },
  { heading: '（二）培育数字产业集群' },
  { text: '围绕智能终端、软件信息和数字内容三大领域，引进培育一批龙头企业，规模以上软件和信息技术服务企业达到150家，软件业务收入年均增长15%，打造两个百亿元级数字产业园区，形成协同配套的产业生态。' },
  { heading: '三、保障措施' },
  { text: '建立市级统筹协调机制，每年安排专项资金不低于2亿元，加强数字人才引进培养，定期开展方案实施评估，确保各项任务落到实处。' },
];

// ------------------------------------------------------------------- PDF
const PAGE = { width: 595, height: 842, left: 79, right: 516, top: 740, bottom: 90 };
const SIZE = 16;
const PITCH = 29;
const wide = (ch) => ch.codePointAt(0) >= 0x2e80;
const charWidth = (ch) => (wide(ch) ? 1 : 0.5);
const hex = (s) => [...s].map((ch) => ch.codePointAt(0).toString(16).padStart(4, '0')).join('');

/** A line's text as a TJ array: Chinese and Latin runs apart by a quarter em, as Word and WPS set them. */
function tj(text) {
  const runs = [];
  for (const ch of text) {
    const last = runs[runs.length - 1];
    if (last && wide(last[0]) === wide(ch)) runs[runs.length - 1] += ch;
    else runs.push(ch);
  }
  return `[${runs.map((r) => `<${hex(r)}>`).join(' -250 ')}] TJ`;
}

function lineWidth(text) {
  let w = 0;
  let prev = null;
  for (const ch of text) {
    if (prev !== null && wide(prev) !== wide(ch)) w += 0.25;
    w += charWidth(ch);
    prev = ch;
  }
  return w * SIZE;
}

/** A paragraph broken into lines the width of the text block, the first indented two ems. */
function layout(text, indent = 2) {
  const lines = [];
  let current = '';
  let first = true;
  for (const ch of text) {
    const room = PAGE.right - PAGE.left - (first ? indent * SIZE : 0);
    if (current && lineWidth(current + ch) > room) {
      lines.push({ text: current, x: PAGE.left + (first ? indent * SIZE : 0) });
      current = '';
      first = false;
    }
    current += ch;
  }
  if (current) lines.push({ text: current, x: PAGE.left + (first ? indent * SIZE : 0) });
  return lines;
}

function centred(text, size) {
  return { text, size, x: (PAGE.width - (lineWidth(text) * size) / SIZE) / 2 };
}

/** Pages of positioned lines: a cover with the title, a contents page, then the body. */
function typeset() {
  const pages = [[centred('青禾市数字经济发展三年', 22), centred('行动方案（2025—2027年）', 22)]];
  const contents = [centred('目录', 22)];
  const body = [];
  for (const block of PLAN) for (const line of layout(block.heading ?? block.text)) body.push({ ...line, size: SIZE });
  const perPage = Math.floor((PAGE.top - PAGE.bottom) / PITCH);
  const bodyPages = [];
  for (let k = 0; k < body.length; k += perPage) bodyPages.push(body.slice(k, k + perPage));
  PLAN.filter((b) => b.heading && !b.heading.startsWith('（')).forEach((b, i) => {
    const entry = `${b.heading}……………………`;
    contents.push({ text: `${entry}${3 + Math.min(i, bodyPages.length - 1)}`, x: PAGE.left, size: SIZE });
  });
  return [...pages, contents, ...bodyPages];
}

function pageContent(lines, number) {
  const ops = ['BT'];
  const put = (text, x, y, size) => ops.push(`/F1 ${size} Tf 1 0 0 1 ${x.toFixed(2)} ${y.toFixed(2)} Tm ${tj(text)}`);
  put('青禾市人民政府公报', PAGE.left, 800, 10.5);
  lines.forEach((l, k) => put(l.text, l.x, PAGE.top - k * (k === 0 ? 0 : PITCH) - (l.size > SIZE ? 10 : 0), l.size ?? SIZE));
  const folio = `— ${number} —`;
  put(folio, number % 2 ? PAGE.right - lineWidth(folio) * 14 / SIZE : PAGE.left, 50, 14);
  ops.push('ET');
  return ops.join('\n');
}

function pdf(pageStreams, { encrypt } = {}) {
  const objects = [];
  const add = (body) => objects.push(body) && objects.length;
  const catalog = add('<< /Type /Catalog /Pages 2 0 R >>');
  const pagesAt = add(null);
  const descriptor = add('<< /Type /FontDescriptor /FontName /STSong-Light /Flags 6 /FontBBox [0 -200 1000 900] /ItalicAngle 0 /Ascent 880 /Descent -120 /CapHeight 700 /StemV 80 >>');
  const cid = add(`<< /Type /Font /Subtype /CIDFontType0 /BaseFont /STSong-Light /CIDSystemInfo << /Registry (Adobe) /Ordering (GB1) /Supplement 2 >> /FontDescriptor ${descriptor} 0 R /DW 1000 /W [1 95 500] >>`);
  const font = add(`<< /Type /Font /Subtype /Type0 /BaseFont /STSong-Light /Encoding /UniGB-UCS2-H /DescendantFonts [${cid} 0 R] >>`);
  const kids = pageStreams.map((stream) => {
    const content = add(`<< /Length ${Buffer.byteLength(stream, 'latin1')} >>\nstream\n${stream}\nendstream`);
    return add(`<< /Type /Page /Parent ${pagesAt} 0 R /MediaBox [0 0 ${PAGE.width} ${PAGE.height}] /Resources << /Font << /F1 ${font} 0 R >> >> /Contents ${content} 0 R >>`);
  });
  objects[pagesAt - 1] = `<< /Type /Pages /Kids [${kids.map((k) => `${k} 0 R`).join(' ')}] /Count ${kids.length} >>`;
  const id = createHash('md5').update(pageStreams.join('')).digest();
  let trailerExtra = '';
  if (encrypt) trailerExtra = ` /Encrypt ${add(encryptionDictionary(encrypt, id))} 0 R`;
  let out = '%PDF-1.7\n%\xe2\xe3\xcf\xd3\n';
  const offsets = objects.map((body, i) => {
    const at = Buffer.byteLength(out, 'latin1');
    out += `${i + 1} 0 obj\n${body}\nendobj\n`;
    return at;
  });
  const xref = Buffer.byteLength(out, 'latin1');
  out += `xref\n0 ${objects.length + 1}\n0000000000 65535 f \n${offsets.map((o) => `${String(o).padStart(10, '0')} 00000 n \n`).join('')}`;
  out += `trailer\n<< /Size ${objects.length + 1} /Root ${catalog} 0 R /ID [<${id.toString('hex')}> <${id.toString('hex')}>]${trailerExtra} >>\nstartxref\n${xref}\n%%EOF\n`;
  return Buffer.from(out, 'latin1');
}

// The standard security handler, revision 2 (40-bit RC4): enough for a reader to ask for the password.
const PAD = Buffer.from('28bf4e5e4e758a4164004e56fffa01082e2e00b6d0683e802f0ca9fe6453697a', 'hex');
function rc4(key, data) {
  const s = [...Array(256).keys()];
  for (let i = 0, j = 0; i < 256; i++) {
    j = (j + s[i] + key[i % key.length]) & 255;
    [s[i], s[j]] = [s[j], s[i]];
  }
  const out = Buffer.alloc(data.length);
  for (let k = 0, i = 0, j = 0; k < data.length; k++) {
    i = (i + 1) & 255;
    j = (j + s[i]) & 255;
    [s[i], s[j]] = [s[j], s[i]];
    out[k] = data[k] ^ s[(s[i] + s[j]) & 255];
  }
  return out;
}
function encryptionDictionary(password, id) {
  const padded = Buffer.concat([Buffer.from(password, 'latin1'), PAD]).subarray(0, 32);
  const owner = rc4(createHash('md5').update(padded).digest().subarray(0, 5), padded);
  const p = Buffer.alloc(4);
  p.writeInt32LE(-44);
  const key = createHash('md5').update(Buffer.concat([padded, owner, p, id])).digest().subarray(0, 5);
  const user = rc4(key, PAD);
  return `<< /Filter /Standard /V 1 /R 2 /Length 40 /P -44 /O <${owner.toString('hex')}> /U <${user.toString('hex')}> >>`;
}

const pages = typeset();
writeSample('qinghe-digital.pdf', pdf(pages.map((lines, k) => pageContent(lines, k + 1))));
write('scan.pdf', pdf(['0.85 g 60 60 475 722 re f 0 g 100 700 200 20 re f']));
write('encrypted.pdf', pdf([pageContent(pages[2], 1)], { encrypt: 'qinghe' }));

// ------------------------------------------------------------------ DOCX
function zip(files) {
  const locals = [];
  const central = [];
  let offset = 0;
  for (const [name, content] of files) {
    const data = Buffer.from(content);
    const nameBytes = Buffer.from(name);
    const header = Buffer.alloc(30);
    header.writeUInt32LE(0x04034b50, 0);
    header.writeUInt16LE(20, 4);
    header.writeUInt32LE(crc32(data), 14);
    header.writeUInt32LE(data.length, 18);
    header.writeUInt32LE(data.length, 22);
    header.writeUInt16LE(nameBytes.length, 26);
    const entry = Buffer.alloc(46);
    entry.writeUInt32LE(0x02014b50, 0);
    entry.writeUInt16LE(20, 4);
    entry.writeUInt16LE(20, 6);
    entry.writeUInt32LE(crc32(data), 16);
    entry.writeUInt32LE(data.length, 20);
    entry.writeUInt32LE(data.length, 24);
    entry.writeUInt16LE(nameBytes.length, 28);
    entry.writeUInt32LE(offset, 42);
    locals.push(header, nameBytes, data);
    central.push(entry, nameBytes);
    offset += 30 + nameBytes.length + data.length;
  }
  const directory = Buffer.concat(central);
  const end = Buffer.alloc(22);
  end.writeUInt32LE(0x06054b50, 0);
  end.writeUInt16LE(files.length, 8);
  end.writeUInt16LE(files.length, 10);
  end.writeUInt32LE(directory.length, 12);
  end.writeUInt32LE(offset, 16);
  return Buffer.concat([...locals, directory, end]);
}

const W = 'xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships" xmlns:mc="http://schemas.openxmlformats.org/markup-compatibility/2006"';
const esc = (s) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
/** Runs split where Word splits them (mid-word, mid-number), to be joined again. */
const runs = (text) => {
  const cut = [0, Math.ceil(text.length / 3), Math.ceil((2 * text.length) / 3), text.length];
  return cut.slice(1).map((end, k) => `<w:r><w:t xml:space="preserve">${esc(text.slice(cut[k], end))}</w:t></w:r>`).join('');
};
const para = (inner, props = '') => `<w:p>${props ? `<w:pPr>${props}</w:pPr>` : ''}${inner}</w:p>`;
const numbered = (level) => `<w:numPr><w:ilvl w:val="${level}"/><w:numId w:val="1"/></w:numPr>`;
const strip = (heading) => heading.replace(/^([一二三四五六七八九十]+、|（[一二三四五六七八九十]+）)/, '');

const bodyXml = [para(runs(TITLE), '<w:jc w:val="center"/>')];
for (const block of PLAN) {
  if (block.heading === '（二）培育数字产业集群') bodyXml.push(para(runs(strip(block.heading)), '<w:pStyle w:val="ListHeading2"/>'));
  else if (block.heading) bodyXml.push(para(runs(strip(block.heading)), numbered(block.heading.startsWith('（') ? 1 : 0)));
  else if (block.text.startsWith('到2027年')) {
    const [first, rest] = [block.text.slice(0, 26), block.text.slice(26)];
    bodyXml.push(para(`${runs(first)}<w:r><w:footnoteReference w:id="1"/></w:r>${runs(rest)}`));
    bodyXml.push(
      '<w:tbl>' +
        [['指标', '2024年', '2027年'], ['数字经济核心产业增加值（亿元）', '300', '450'], ['5G基站（个）', '1800', '5000']]
          .map((row) => `<w:tr>${row.map((cell) => `<w:tc>${para(runs(cell))}</w:tc>`).join('')}</w:tr>`)
          .join('') +
        '</w:tbl>',
    );
  } else bodyXml.push(para(runs(block.text)));
}
bodyXml.splice(2, 0, para('<w:r><w:t>这段文字</w:t></w:r><w:del w:id="9" w:author="a"><w:r><w:delText>已经删除的文字</w:delText></w:r></w:del><w:r><w:t>保留修订后的样子。</w:t></w:r>'));
bodyXml.splice(3, 0, para('<mc:AlternateContent><mc:Choice Requires="wps"><w:r><w:t>文本框里的说明只读一次。</w:t></w:r></mc:Choice><mc:Fallback><w:r><w:t>文本框里的说明只读一次。</w:t></w:r></mc:Fallback></mc:AlternateContent>'));

const numberingXml = `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<w:numbering ${W}><w:abstractNum w:abstractNumId="0"><w:lvl w:ilvl="0"><w:start w:val="1"/><w:numFmt w:val="chineseCounting"/><w:lvlText w:val="%1、"/></w:lvl><w:lvl w:ilvl="1"><w:start w:val="1"/><w:numFmt w:val="chineseCounting"/><w:lvlText w:val="（%2）"/></w:lvl></w:abstractNum><w:num w:numId="1"><w:abstractNumId w:val="0"/></w:num></w:numbering>`;
const stylesXml = `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<w:styles ${W}><w:style w:type="paragraph" w:styleId="ListHeading2"><w:name w:val="List Heading 2"/><w:pPr><w:numPr><w:ilvl w:val="1"/><w:numId w:val="1"/></w:numPr></w:pPr></w:style></w:styles>`;
const footnotesXml = `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<w:footnotes ${W}><w:footnote w:type="separator" w:id="-1"><w:p><w:r><w:separator/></w:r></w:p></w:footnote><w:footnote w:id="1"><w:p><w:r><w:t>核心产业指数字产品制造业、服务业等四类。</w:t></w:r></w:p></w:footnote></w:footnotes>`;
const footerXml = `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<w:ftr ${W}><w:p><w:r><w:t xml:space="preserve">— </w:t></w:r><w:r><w:fldChar w:fldCharType="begin"/></w:r><w:r><w:instrText xml:space="preserve"> PAGE </w:instrText></w:r><w:r><w:fldChar w:fldCharType="separate"/></w:r><w:r><w:t>1</w:t></w:r><w:r><w:fldChar w:fldCharType="end"/></w:r><w:r><w:t xml:space="preserve"> —</w:t></w:r></w:p></w:ftr>`;
const docx = [
  ['[Content_Types].xml', '<?xml version="1.0" encoding="UTF-8"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="xml" ContentType="application/xml"/><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/></Types>'],
  ['_rels/.rels', '<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="word/document.xml"/></Relationships>'],
  ['word/document.xml', `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<w:document ${W}><w:body>${bodyXml.join('')}<w:sectPr><w:footerReference w:type="default" r:id="rId3"/></w:sectPr></w:body></w:document>`],
  ['word/numbering.xml', numberingXml],
  ['word/styles.xml', stylesXml],
  ['word/footnotes.xml', footnotesXml],
  ['word/footer1.xml', footerXml],
];
const docxBytes = zip(docx);
writeSample('qinghe-digital.docx', docxBytes);
write('damaged.docx', docxBytes.subarray(0, Math.floor(docxBytes.length * 0.6)));
write('not-word.docx', zip([['notes.txt', '一份不是 Word 文档的压缩包。']]));

// ------------------------------------------------------------------ HTML
/** GBK bytes for a string: Node decodes GBK but has no encoder, so the decoder's table is turned round. */
function gbk(text) {
  const table = new Map();
  const decoder = new TextDecoder('gbk');
  for (let lead = 0x81; lead <= 0xfe; lead++) {
    for (let trail = 0x40; trail <= 0xfe; trail++) {
      const ch = decoder.decode(Uint8Array.of(lead, trail));
      if (ch.length === 1 && ch !== '\ufffd' && !table.has(ch)) table.set(ch, [lead, trail]);
    }
  }
  const bytes = [];
  for (const ch of text) {
    if (ch.charCodeAt(0) < 0x80) bytes.push(ch.charCodeAt(0));
    else if (table.has(ch)) bytes.push(...table.get(ch));
    else bytes.push(...Buffer.from(`&#${ch.codePointAt(0)};`));
  }
  return Buffer.from(bytes);
}

const links = (items) => `<ul>${items.map((t, k) => `<li><a href="/l${k}.html">${t}</a></li>`).join('')}</ul>`;
const articleHtml = PLAN.map((b) =>
  b.heading ? `<p style="text-indent:2em"><strong>${b.heading}</strong></p>` : `<p style="text-indent:2em">${esc(b.text)}</p>`,
).join('\n');
const html = `<!DOCTYPE html>
<html><head><meta http-equiv="Content-Type" content="text/html; charset=gb2312">
<title>${TITLE}_政策文件_青禾市人民政府</title><script>var nav = "首页 政策文件";</script><style>.x{color:red}</style></head>
<body>
<div id="top"><a href="/">青禾市人民政府</a> | <a href="/en/">English</a> | <a href="/m/">无障碍</a></div>
<div id="menu">${links(['首页', '政务公开', '政策文件', '办事服务', '互动交流', '数据开放'])}</div>
<div class="crumb">当前位置：<a href="/">首页</a> &gt; <a href="/zc/">政策文件</a> &gt; 正文</div>
<div class="wrap"><div class="side">${links(['通知公告', '规划计划', '政策解读', '人事信息', '财政预决算'])}</div>
<div class="main">
<h1>${TITLE}</h1>
<div class="meta">发布时间：2025-03-01 &nbsp;&nbsp; 来源：市政府办公室 &nbsp; 【字体：<a href="#">大</a> <a href="#">中</a> <a href="#">小</a>】</div>
<div class="body">
${articleHtml}
<p>附表：主要指标</p>
<table><tr><th>指标</th><th>2024年</th><th>2027年</th></tr>
<tr><td>数字经济核心产业增加值（亿元）</td><td>300</td><td>450</td></tr></table>
<p>联系人：李某&lt;办公室&gt;<br>联系电话：0000-1234567</p>
</div>
<div class="share">分享到：<a href="#">微信</a> <a href="#">微博</a></div>
</div></div>
<div class="related"><h3>相关文件</h3>${links(['关于印发某某实施意见的通知', '某某规划政策解读', '某某工作要点'])}</div>
<div class="foot"><p>主办：青禾市人民政府办公室 &nbsp; 网站标识码：0000000000</p><p>备案号：某ICP备00000000号</p></div>
</body></html>`;
writeSample('qinghe-digital.html', gbk(html));
write('links-only.html', Buffer.from(`<!DOCTYPE html><html><head><meta charset="utf-8"><title>栏目</title></head><body>${links(['首页', '政务公开', '政策文件', '办事服务'])}${links(['关于印发某某方案的通知', '关于某某工作的意见', '某某规划'])}<div id="list"></div><script>load("/api/list")</script></body></html>`));

// --------------------------------------------------------- UTF-16, no BOM
const plainText = [TITLE, ...PLAN.map((b) => b.heading ?? b.text)].join('\n') + '\n';
// Not named .txt: the text fixtures (and the bench) gather every .txt file as UTF-8 plan text.
write('plan.utf16le', Buffer.from(plainText, 'utf16le'));
