/**
 * Files in, text out: what a file is comes from its bytes; bad files are refused with a code
 * and nothing is read further.
 */
import { describe, expect, it } from 'vitest';
import { extractText, IngestFileError } from '../../src/ingest/ingest.text.js';
import { INGEST_MAX_BYTES } from '../../src/config/config.js';
import { LIMITS } from '../../src/platform/errors/input-check.js';
import { pdf } from '../support/pdf.js';

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
    expect(await refusal('big.txt', Buffer.alloc(INGEST_MAX_BYTES + 1, 'a'))).toBe('TOO_LARGE');
    // under the byte limit, but more text than a document may hold: refused before any drafting
    expect(await refusal('long.txt', Buffer.alloc(LIMITS.documentText + 1, 'a'))).toBe('TOO_LARGE');
    await expect(extractText('longest.txt', Buffer.alloc(LIMITS.documentText, 'a'))).resolves.toMatchObject({ kind: 'txt' });
    expect(await refusal('scan.pdf', pdf())).toBe('NO_TEXT');
    expect(await refusal('report.docx', Buffer.from('just text'))).toBe('MISMATCHED_TYPE');
    expect(await refusal('report.txt', pdf('text'))).toBe('MISMATCHED_TYPE');
    expect(await refusal('report.txt', Buffer.from([0xff, 0xfe, 0x00, 0x41]))).toBe('MISMATCHED_TYPE');
    expect(await refusal('slides.pptx', Buffer.from('PK'))).toBe('UNSUPPORTED');
  });
});
