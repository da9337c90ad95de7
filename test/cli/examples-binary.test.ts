import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import JSZip from 'jszip';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

// The checked-in PDF and Word copies of the government brief (npm run examples) say what its HTML says. They are not
// compared byte for byte (both carry their creation time): their text is read back and checked against the HTML.
const examples = join(import.meta.dirname, '..', '..', 'examples');
const html = readFileSync(join(examples, 'veloria-government.report.html'), 'utf8');
const flat = (text: string): string => text.replace(/\s+/g, ' ');
const firstAction = /<table class="actions">[\s\S]*?<span class="qid"[^>]*>([A-Z0-9-]+)<\/span>/.exec(
  html,
)?.[1];

describe('examples/veloria-government.report.{pdf,docx}', () => {
  it('the PDF is the brief: A4, at most 6 pages, the title, the running header and the first action', () => {
    const pdf = join(examples, 'veloria-government.report.pdf');
    const info = execFileSync('pdfinfo', [pdf], { encoding: 'utf8' });
    const pages = Number(/Pages:\s+(\d+)/.exec(info)?.[1]);
    expect(pages).toBeGreaterThanOrEqual(2);
    expect(pages).toBeLessThanOrEqual(6);
    expect(info).toMatch(/Page size:\s+59\d\.\d+ x 84\d\.\d+ pts \(A4\)/);
    const text = flat(execFileSync('pdftotext', [pdf, '-'], { encoding: 'utf8' }));
    expect(text).toContain(
      'Republic of Veloria (fictional): Ministry of Social Affairs and Child Protection',
    );
    expect(text).toMatch(new RegExp(`\\b2 ?/ ?${pages}\\b`));
    expect(firstAction).toBeDefined();
    expect(text).toContain(firstAction ?? '?');
  });

  it('the Word file holds the same title and first action', async () => {
    const zip = await JSZip.loadAsync(readFileSync(join(examples, 'veloria-government.report.docx')));
    const xml = (await zip.file('word/document.xml')?.async('string')) ?? '';
    const text = flat(xml.replace(/<[^>]+>/g, ''));
    expect(text).toContain(
      'Republic of Veloria (fictional): Ministry of Social Affairs and Child Protection',
    );
    expect(text).toContain(firstAction ?? '?');
  });
});
