import { readFile, stat } from 'node:fs/promises';
import { extname, resolve } from 'node:path';
import type { Io } from '../model/io.js';
import type { ChecklistIndex } from '../model/checklist.js';
import { EXIT, InputError, UsageError } from '../errors.js';
import { requireChecklist } from './require-checklist.js';
import { describeFsError, decodeText } from '../load/read-text.js';
import { checkZipBounds } from '../load/zip-bounds.js';
import { writeAnswers } from '../answers/write-answers.js';
import { readCsv } from '../sheets/csv.js';
import type { Grid, GridSheet } from '../sheets/grid.js';
import { checkIdentity, identifyGrid } from '../sheets/identify.js';
import { EXTRA_ROWS, importAnswers } from '../sheets/import-answers.js';
import { problemLines, type SheetProblem } from '../sheets/sheet-problem.js';
import { translator } from '../i18n/format.js';

/** Largest workbook or CSV file read, in bytes. */
const MAX_FILE_BYTES = 8 * 1024 * 1024;
/** Most bytes a workbook may unpack to, and most parts it may hold. */
const MAX_UNPACKED_BYTES = 64 * 1024 * 1024;
const MAX_PARTS = 200;
/** Most CSV rows read (beyond them the file is reported as too long). */
const MAX_CSV_ROWS = 20000 + EXTRA_ROWS;

/** Options of `opsc-audit import`. */
export interface ImportOptions {
  output: string;
  force?: boolean | undefined;
  checklist?: string | undefined;
}

/**
 * `opsc-audit import <file.xlsx|file.csv> -o answers.yaml`: reads a filled-in export back into an answers file.
 * Every problem is one line naming its cell (`file.xlsx!Questions!C12: ...`); with any, nothing is written (exit 2).
 */
export async function runImport(file: string, options: ImportOptions, io: Io): Promise<number> {
  const t = translator();
  const target = resolve(io.cwd, options.output);
  const existing = await stat(target).catch(() => undefined);
  if (existing && options.force !== true)
    throw new UsageError(t('cli.import.exists', { file: options.output }));
  const input = await stat(resolve(io.cwd, file)).catch(() => undefined);
  if (existing && input && existing.dev === input.dev && existing.ino === input.ino)
    throw new UsageError(t('cli.write.overwritesInput', { output: options.output, input: file }));
  const grid = await readGrid(file, io);
  if ('problem' in grid) return fail(file, options.output, [grid.problem], io);
  const identified = identifyGrid(grid, t);
  if (!identified.ok) return fail(file, options.output, [identified.problem], io);
  const index = await openChecklist(identified.identity.checklist, options.checklist, io);
  const other = checkIdentity(identified.identity, index, t);
  if (other) return fail(file, options.output, [other], io);
  const imported = importAnswers(grid, identified.identity, index, new Date(), t);
  if (!imported.ok) return fail(file, options.output, imported.problems, io);
  await writeAnswers(target, imported.file);
  io.stderr.write(`${t('cli.import.written', { file: options.output, count: imported.count })}\n`);
  return EXIT.ok;
}

function fail(file: string, output: string, problems: readonly SheetProblem[], io: Io): number {
  const t = translator();
  for (const line of problemLines(file, problems, t)) io.stderr.write(`${line}\n`);
  io.stderr.write(`${t('cli.import.notWritten', { count: problems.length, file: output })}\n`);
  return EXIT.usage;
}

/** The checklist named by --checklist, else the bundled one the file names (a message names --checklist if none). */
async function openChecklist(named: string, option: string | undefined, io: Io): Promise<ChecklistIndex> {
  return requireChecklist(option ?? named, io, option === undefined ? '--checklist' : undefined);
}

/** The file's cells, within the bounds on size, unpacking and rows; or the one problem that stops the reading. */
async function readGrid(file: string, io: Io): Promise<Grid | { problem: SheetProblem }> {
  const t = translator();
  const problem = (message: string): { problem: SheetProblem } => ({ problem: { sheet: '', message } });
  const path = resolve(io.cwd, file);
  const info = await stat(path).catch((error: unknown) => {
    throw new InputError(describeFsError(file, error));
  });
  if (!info.isFile()) throw new InputError(t('cli.read.notRegular', { file }));
  if (info.size > MAX_FILE_BYTES)
    return problem(t('sheet.problem.tooLarge', { size: info.size, limit: MAX_FILE_BYTES }));
  const bytes = new Uint8Array(
    await readFile(path).catch((error: unknown) => {
      throw new InputError(describeFsError(file, error));
    }),
  );
  const zip = bytes[0] === 0x50 && bytes[1] === 0x4b;
  const kind = extname(file).toLowerCase();
  if (kind === '.xlsx' || (kind !== '.csv' && zip)) {
    const bounds = checkZipBounds(bytes, MAX_UNPACKED_BYTES, MAX_PARTS);
    if (bounds?.kind === 'too-large')
      return problem(t('sheet.problem.expands', { limit: MAX_UNPACKED_BYTES, parts: MAX_PARTS }));
    if (bounds) return problem(t('sheet.problem.notZip'));
    try {
      const { readXlsx } = await import('./workbook-xlsx.js');
      return await readXlsx(bytes);
    } catch (error) {
      const reason = error instanceof Error ? error.message : String(error);
      return problem(t('sheet.problem.notWorkbook', { reason: reason.slice(0, 200) }));
    }
  }
  if (kind !== '.csv') throw new UsageError(`${file}: ${t('cli.import.unknownType')}`);
  const text = decodeText(bytes);
  if (!text.ok) return problem(text.problem.message);
  const read = readCsv(text.text, MAX_CSV_ROWS);
  if (!read.ok)
    return {
      problem: { sheet: '', row: read.row, column: read.column - 1, message: t('sheet.problem.csvQuote') },
    };
  const sheet: GridSheet = {
    name: '',
    rows: read.rows.map((row) =>
      row.map((text) => (text === '' ? { type: 'empty' } : { type: 'text', text })),
    ),
  };
  return { kind: 'csv', sheets: [sheet] };
}
