/**
 * Files in, text out: what a file is comes from its bytes; bad files are refused with a code
 * and nothing is read further.
 */
import { describe, expect, it } from 'vitest';
import { extractText, IngestFileError, MAX_INGEST_BYTES } from '../../src/ingest/ingest.text.js';

/** a one-page PDF; `text` draws a line of text, without it the page is blank (like a scan) */
function pdf(text?: string): Buffer {
  const stream = text ? `BT /F1 12 Tf 72 720 Td (${text}) Tj ET` : '';
  const objects = [
    '<< /Type /Catalog /Pages 2 0 R >>',
    '<< /Type /Pages /Kids [3 0 R] /Count 1 >>',
    '<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] /Contents 4 0 R /Resources << /Font << /F1 5 0 R >> >> >>',
    `<< /Length ${stream.length} >>\nstream\n${stream}\nendstream`,
    '<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>',
  ];
  let body = '%PDF-1.4\n';
  const offsets: number[] = [];
  objects.forEach((object, i) => {
    offsets.push(body.length);
    body += `${i + 1} 0 obj\n${object}\nendobj\n`;
  });
  const xref = body.length;
  body += `xref\n0 ${objects.length + 1}\n0000000000 65535 f \n${offsets.map((o) => `${String(o).padStart(10, '0')} 00000 n \n`).join('')}`;
  body += `trailer\n<< /Size ${objects.length + 1} /Root 1 0 R >>\nstartxref\n${xref}\n%%EOF\n`;
  return Buffer.from(body, 'latin1');
}

async function refusal(name: string, bytes: Uint8Array): Promise<string> {
  try {
    await extractText(name, bytes);
  } catch (error) {
    if (error instanceof IngestFileError) return error.problem;
    throw error;
  }
  throw new Error('not refused');
}

describe('extractText', () => {
  it('reads plain text and a PDF text layer', async () => {
    expect(await extractText('report.txt', Buffer.from('The meeting agreed.\r\nIt ended.'))).toEqual({ kind: 'txt', text: 'The meeting agreed.\nIt ended.' });
    const read = await extractText('report.pdf', pdf('The meeting welcomed the report.'));
    expect(read.kind).toBe('pdf');
    expect(read.text).toContain('The meeting welcomed the report.');
  });

  it('refuses an empty, an oversized, a scanned, a mislabelled and an unsupported file', async () => {
    expect(await refusal('empty.txt', new Uint8Array())).toBe('EMPTY');
    expect(await refusal('big.txt', Buffer.alloc(MAX_INGEST_BYTES + 1, 'a'))).toBe('TOO_LARGE');
    expect(await refusal('scan.pdf', pdf())).toBe('NO_TEXT');
    expect(await refusal('report.docx', Buffer.from('just text'))).toBe('MISMATCHED_TYPE');
    expect(await refusal('report.txt', pdf('text'))).toBe('MISMATCHED_TYPE');
    expect(await refusal('report.txt', Buffer.from([0xff, 0xfe, 0x00, 0x41]))).toBe('MISMATCHED_TYPE');
    expect(await refusal('slides.pptx', Buffer.from('PK'))).toBe('UNSUPPORTED');
  });
});
