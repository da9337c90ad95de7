import JSZip from 'jszip';
import { describe, expect, it } from 'vitest';
import { checkZipBounds } from '../../src/load/zip-bounds.js';
import { translator } from '../../src/i18n/format.js';
import { buildWorkbook } from '../../src/sheets/build-workbook.js';
import { readCsv, writeCsv } from '../../src/sheets/csv.js';
import { neutralizeText, restoreText } from '../../src/sheets/formula-guard.js';
import type { Grid } from '../../src/sheets/grid.js';
import { checkIdentity, identifyGrid } from '../../src/sheets/identify.js';
import { importAnswers } from '../../src/sheets/import-answers.js';
import { SHEET_FORMAT } from '../../src/sheets/layout.js';
import { problemLines } from '../../src/sheets/sheet-problem.js';
import { checklistDigest } from '../../src/model/digest.js';
import { loadIndex } from '../fixtures/interview/harness.js';

const t = translator('en');

describe('the formula guard of CSV files', () => {
  const texts = [
    '=1+1',
    '+A1',
    '-2',
    '@SUM(A1)',
    '\tcmd',
    '\rcmd',
    "'=already",
    "'plain",
    "''",
    'plain',
    "it's",
    '',
  ];
  it('starts every text a spreadsheet would take for a formula with an apostrophe, and undoes it', () => {
    for (const text of texts) {
      const written = neutralizeText(text);
      expect(/^[=+\-@\t\r]/.test(written), text).toBe(false);
      expect(restoreText(written)).toBe(text);
    }
  });

  it('reads back what it writes (RFC 4180 quoting, CRLF, a BOM)', () => {
    const rows = [texts, ['a,b', 'say "hi"', 'two\nlines', ' padded ', 3, { date: '2026-01-02' }, null]];
    const csv = writeCsv(rows);
    expect(csv.startsWith('\uFEFF')).toBe(true);
    const read = readCsv(csv, 100);
    expect(read).toEqual({
      ok: true,
      rows: [texts, ['a,b', 'say "hi"', 'two\nlines', ' padded ', '3', '2026-01-02', '']],
    });
  });

  it('names the row and column of a quote that never closes', () => {
    expect(readCsv('a,b\r\nc,"open\r\nmore', 100)).toEqual({ ok: false, row: 2, column: 2 });
  });
});

describe('a zip bomb posing as a workbook', () => {
  it('is refused before it is unpacked, even when its headers understate the size', async () => {
    const zip = new JSZip();
    zip.file('xl/workbook.xml', '0'.repeat(1_000_000));
    const bytes = await zip.generateAsync({ type: 'uint8array', compression: 'DEFLATE' });
    expect(bytes.length).toBeLessThan(10_000);
    expect(checkZipBounds(bytes, 2_000_000, 10)).toBeUndefined();
    expect(checkZipBounds(bytes, 100_000, 10)).toEqual({ kind: 'too-large' });
    expect(checkZipBounds(bytes, 2_000_000, 0)).toEqual({ kind: 'too-large' });
    // The central directory claims 10 bytes unpacked: inflating stops at 10 and the lie is caught.
    const lying = new Uint8Array(bytes);
    const view = new DataView(lying.buffer);
    for (let i = lying.length - 22; i >= 0; i--) {
      if (view.getUint32(i, true) === 0x02014b50) {
        view.setUint32(i + 24, 10, true);
        break;
      }
    }
    expect(checkZipBounds(lying, 100_000, 10)).toEqual({ kind: 'too-large' });
    expect(checkZipBounds(new TextEncoder().encode('not a zip'), 100_000, 10)).toEqual({ kind: 'not-zip' });
  });
});

describe('importing a CSV file', () => {
  async function csvGrid(
    edit: (rows: string[][]) => void,
  ): Promise<{ grid: Grid; index: Awaited<ReturnType<typeof loadIndex>> }> {
    const index = await loadIndex();
    const book = buildWorkbook({
      index,
      questions: index.questions,
      answers: undefined,
      part: undefined,
      generator: 'test',
      t,
    });
    const head = [
      SHEET_FORMAT,
      index.checklist.id,
      index.checklist.version,
      checklistDigest(index.checklist),
    ];
    const read = readCsv(
      writeCsv([head, ...(book.sheets[1]?.rows ?? []).map((r) => r.map((c) => c.value))]),
      100,
    );
    if (!read.ok) throw new Error('unreadable');
    edit(read.rows);
    const rows = read.rows.map((r) =>
      r.map((text) => (text === '' ? { type: 'empty' as const } : { type: 'text' as const, text })),
    );
    return { grid: { kind: 'csv', sheets: [{ name: '', rows }] }, index };
  }

  it('reports unknown question ids, duplicate rows and values of the wrong type, each at its cell', async () => {
    const { grid, index } = await csvGrid((rows) => {
      rows[3] = ['NOPE-01', '', '', '', '', 'Yes'];
      rows[4] = [...(rows[2] ?? [])];
      (rows[7] ?? [])[5] = 'about twelve';
      (rows[7] ?? [])[13] = 'soon';
    });
    const identified = identifyGrid(grid, t);
    if (!identified.ok) throw new Error(identified.problem.message);
    expect(checkIdentity(identified.identity, index, t)).toBeUndefined();
    const imported = importAnswers(grid, identified.identity, index, new Date(), t);
    expect(imported.ok).toBe(false);
    if (imported.ok) return;
    expect(problemLines('part.csv', imported.problems, t)).toEqual([
      'part.csv!A4: checklist interview-small has no question “NOPE-01”',
      'part.csv!A5: question LAW-01 again (its row is 3)',
      'part.csv!F8: “about twelve” is not a number',
      'part.csv!N8: “soon” is not a date; write it as YYYY-MM-DD (e.g. 2025-03-31)',
    ]);
  });

  it('names a CSV file whose first line is not an export’s', async () => {
    const { grid } = await csvGrid((rows) => {
      rows[0] = ['Question ID'];
    });
    const identified = identifyGrid(grid, t);
    expect(identified.ok).toBe(false);
    if (identified.ok) return;
    expect(problemLines('x.csv', [identified.problem], t)).toEqual([
      'x.csv!A1: the first line should start with opsc-audit/sheet@1: this CSV file was not made by opsc-audit export',
    ]);
  });
});
