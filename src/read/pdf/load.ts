/**
 * Opening a PDF with pdf.js (pdfjs-dist, legacy build for Node) and taking
 * each page's positioned text. pdf.js and its worker code are loaded here
 * only, so runs on text never load them; the worker runs on this thread (a
 * "fake worker" handed to pdf.js through globalThis.pdfjsWorker), which
 * needs no worker file on disk and suits a one-shot command.
 */
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { InputError } from '../decode.js';

/** One run of text as pdf.js places it: baseline origin (x, y, PDF units, y up), advance width, font size and name. */
export interface TextItem {
  text: string;
  x: number;
  y: number;
  width: number;
  size: number;
  font: string;
}

export interface PageText {
  /** 1-based page number. */
  number: number;
  width: number;
  height: number;
  items: TextItem[];
}

type PdfJs = typeof import('pdfjs-dist/legacy/build/pdf.mjs');

let loaded: Promise<PdfJs> | null = null;

/**
 * pdf.js reports on console.log what it cannot polyfill for drawing (which
 * reading text does not need): the command's standard output is the
 * result, so nothing of that may reach it while the library loads.
 */
async function loadPdfJs(): Promise<PdfJs> {
  const { log, warn } = console;
  console.log = console.warn = () => {};
  try {
    const pdfjs = await import('pdfjs-dist/legacy/build/pdf.mjs');
    const worker = await import('pdfjs-dist/legacy/build/pdf.worker.mjs');
    (globalThis as { pdfjsWorker?: unknown }).pdfjsWorker = worker;
    pdfjs.GlobalWorkerOptions.workerSrc = 'pdf.worker.mjs'; // never fetched: the worker above is used
    return pdfjs;
  } finally {
    console.log = log;
    console.warn = warn;
  }
}

/** pdfjs-dist's data files: character maps for CJK fonts without a Unicode map of their own, and the standard fonts' metrics. */
function dataFolders(): { cMapUrl: string; standardFontDataUrl: string } {
  const root = dirname(createRequire(import.meta.url).resolve('pdfjs-dist/package.json'));
  return { cMapUrl: join(root, 'cmaps') + '/', standardFontDataUrl: join(root, 'standard_fonts') + '/' };
}

export async function readPdfPages(bytes: Uint8Array): Promise<PageText[]> {
  loaded ??= loadPdfJs();
  const pdfjs = await loaded;
  // pdf.js takes the buffer over (it is detached), so hand it a copy.
  const data = new Uint8Array(bytes);
  const task = pdfjs.getDocument({
    data,
    ...dataFolders(),
    cMapPacked: true,
    isEvalSupported: false,
    disableFontFace: true,
    useSystemFonts: false,
    verbosity: pdfjs.VerbosityLevel.ERRORS,
  });
  let doc;
  try {
    doc = await task.promise;
  } catch (e) {
    throw openError(e);
  }
  try {
    const pages: PageText[] = [];
    for (let number = 1; number <= doc.numPages; number++) {
      const page = await doc.getPage(number);
      const [x0, y0, x1, y1] = page.view;
      const content = await page.getTextContent();
      const items: TextItem[] = [];
      for (const item of content.items) {
        if (!('str' in item) || item.str === '') continue;
        const [a, b, , d, e, f] = item.transform as number[];
        const size = Math.hypot(b, d) || Math.abs(a);
        items.push({ text: item.str, x: e - x0, y: f - y0, width: item.width, size, font: item.fontName });
      }
      pages.push({ number, width: x1 - x0, height: y1 - y0, items });
      page.cleanup();
    }
    return pages;
  } catch (e) {
    throw new InputError(`damaged PDF (${(e as Error).message})`, 'open it in a PDF reader and save or print it to a new PDF');
  } finally {
    await doc.destroy();
  }
}

function openError(e: unknown): InputError {
  const name = (e as Error)?.name;
  if (name === 'PasswordException') {
    return new InputError('the PDF is encrypted with a password', 'decrypt it first (for example qpdf --password=PASSWORD --decrypt in.pdf out.pdf) and read the decrypted copy');
  }
  return new InputError(`damaged PDF (${(e as Error)?.message ?? e})`, 'open it in a PDF reader and save or print it to a new PDF');
}
