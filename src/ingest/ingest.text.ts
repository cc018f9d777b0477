/**
 * A file's text: Word (.docx, through mammoth), PDF (through pdfjs-dist, its text layer) or
 * plain text (UTF-8). The file's bytes decide what it is, not its name: a name that says one
 * thing over bytes of another is refused, as are an empty file, an oversized one and a PDF with
 * no text layer (a scan), each with its own code, before anything is stored.
 */
import path from 'node:path';
import { createRequire } from 'node:module';
import { INGEST_MAX_BYTES as MAX_INGEST_BYTES } from '../config/config.js';
import { LIMITS } from '../platform/errors/input-check.js';


export const IngestProblem = {
  EMPTY: 'EMPTY',
  TOO_LARGE: 'TOO_LARGE',
  UNSUPPORTED: 'UNSUPPORTED',
  MISMATCHED_TYPE: 'MISMATCHED_TYPE',
  NO_TEXT: 'NO_TEXT',
  UNREADABLE: 'UNREADABLE',
} as const;
export type IngestProblem = (typeof IngestProblem)[keyof typeof IngestProblem];

export class IngestFileError extends Error {
  constructor(
    readonly problem: IngestProblem,
    message: string,
  ) {
    super(message);
    this.name = 'IngestFileError';
  }
}

export type FileKind = 'docx' | 'pdf' | 'txt';

/** what the bytes are: a zip holding word/document.xml, a PDF, UTF-8 text, or none of these */
export function sniff(bytes: Uint8Array): FileKind | null {
  const head = Buffer.from(bytes.subarray(0, 8));
  if (head.subarray(0, 5).toString('latin1') === '%PDF-') return 'pdf';
  if (head[0] === 0x50 && head[1] === 0x4b && head[2] === 0x03 && head[3] === 0x04) {
    return Buffer.from(bytes).includes('word/document.xml') ? 'docx' : null;
  }
  if (bytes.includes(0)) return null;
  try {
    new TextDecoder('utf-8', { fatal: true }).decode(bytes);
    return 'txt';
  } catch {
    return null;
  }
}

function kindOfName(name: string): FileKind | null {
  const extension = /\.([a-z0-9]+)$/i.exec(name)?.[1]?.toLowerCase();
  if (extension === 'docx' || extension === 'pdf' || extension === 'txt') return extension;
  if (extension === 'text' || extension === 'md') return 'txt';
  return null;
}

/** the text of a file, with line breaks between paragraphs; throws IngestFileError */
export async function extractText(name: string, bytes: Uint8Array): Promise<{ kind: FileKind; text: string }> {
  if (bytes.length === 0) throw new IngestFileError(IngestProblem.EMPTY, `${name} is empty.`);
  if (bytes.length > MAX_INGEST_BYTES) {
    throw new IngestFileError(IngestProblem.TOO_LARGE, `${name} is ${bytes.length} bytes; at most ${MAX_INGEST_BYTES} are taken.`);
  }
  const named = kindOfName(name);
  if (!named) throw new IngestFileError(IngestProblem.UNSUPPORTED, `${name}: only .docx, .pdf and .txt files are taken.`);
  const kind = sniff(bytes);
  if (kind !== named) {
    throw new IngestFileError(
      IngestProblem.MISMATCHED_TYPE,
      `${name} is named .${named} but its content is ${kind ? `a .${kind} file` : 'not a Word, PDF or text file'}.`,
    );
  }
  let text: string;
  try {
    text = kind === 'docx' ? await docxText(bytes) : kind === 'pdf' ? await pdfText(bytes) : new TextDecoder('utf-8').decode(bytes);
  } catch (error) {
    throw new IngestFileError(IngestProblem.UNREADABLE, `${name} could not be read as .${kind}: ${(error as Error).message}`);
  }
  text = text.replace(/^\uFEFF/, '').replace(/\r\n?/g, '\n');
  if (!text.trim()) {
    throw new IngestFileError(
      IngestProblem.NO_TEXT,
      kind === 'pdf' ? `${name} has no text layer (a scan?): run it through OCR first.` : `${name} has no text.`,
    );
  }
  // a text longer than a document may hold could never be stored; refused before the drafting,
  // whose sentence and date rules run on the event loop (about 2 s a megabyte)
  if (text.length > LIMITS.documentText) {
    throw new IngestFileError(IngestProblem.TOO_LARGE, `${name} holds ${text.length} characters of text; a document holds at most ${LIMITS.documentText}.`);
  }
  return { kind, text };
}

async function docxText(bytes: Uint8Array): Promise<string> {
  const mammoth = await import('mammoth');
  const { value } = await mammoth.extractRawText({ buffer: Buffer.from(bytes) });
  // mammoth ends each paragraph with two line breaks: one is a paragraph here
  return value.replace(/\n\n/g, '\n');
}

async function pdfText(bytes: Uint8Array): Promise<string> {
  const pdfjs = await import('pdfjs-dist/legacy/build/pdf.mjs');
  // the standard fonts' metrics, from the package itself (no network)
  const standardFontDataUrl = path.join(path.dirname(createRequire(import.meta.url).resolve('pdfjs-dist/package.json')), 'standard_fonts/');
  const document = await pdfjs.getDocument({ data: new Uint8Array(bytes), standardFontDataUrl, isEvalSupported: false }).promise;
  const lines: string[] = [];
  for (let page = 1; page <= document.numPages; page += 1) {
    const content = await (await document.getPage(page)).getTextContent();
    let line = '';
    for (const item of content.items) {
      if (!('str' in item)) continue;
      line += item.str;
      if (item.hasEOL) {
        lines.push(line);
        line = '';
      }
    }
    if (line) lines.push(line);
  }
  await document.destroy();
  return lines.join('\n');
}
