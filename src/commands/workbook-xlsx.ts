import type { Borders, Cell, CellValue as ExcelValue, Fill, Font, Worksheet } from 'exceljs';
import {
  columnName,
  rowHeight,
  type CellSpec,
  type CellStyle,
  type SheetSpec,
  type WorkbookSpec,
} from '../sheets/workbook-model.js';
import type { Grid, GridCell, GridSheet } from '../sheets/grid.js';

/** Columns read from each sheet of an imported workbook: the Questions sheet has 14, the others fewer. */
const MAX_COLUMNS = 40;
/** Rows read from each sheet; a sheet with more is reported by its row count, never read in full. */
const MAX_ROWS = 20000;

const THIN: Partial<Borders> = {
  top: { style: 'thin', color: { argb: 'FFBFBFBF' } },
  bottom: { style: 'thin', color: { argb: 'FFBFBFBF' } },
  left: { style: 'thin', color: { argb: 'FFBFBFBF' } },
  right: { style: 'thin', color: { argb: 'FFBFBFBF' } },
};
const solid = (argb: string): Fill => ({ type: 'pattern', pattern: 'solid', fgColor: { argb } });
const FONT = { name: 'Calibri', size: 11 };
const LOOKS: Record<CellStyle, { font: Partial<Font>; fill?: Fill; border?: Partial<Borders> }> = {
  title: { font: { ...FONT, size: 15, bold: true, color: { argb: 'FF1F3864' } } },
  header: {
    font: { ...FONT, bold: true, color: { argb: 'FFFFFFFF' } },
    fill: solid('FF1F4E79'),
    border: THIN,
  },
  label: { font: { ...FONT, bold: true } },
  text: { font: FONT },
  fixed: { font: FONT, fill: solid('FFF2F2F2'), border: THIN },
  input: { font: FONT, fill: solid('FFFFF2CC'), border: THIN },
};

/** Writes a workbook described as plain data to xlsx bytes, with exceljs (loaded only here, on first use). */
export async function writeXlsx(spec: WorkbookSpec): Promise<Uint8Array> {
  const { default: ExcelJS } = await import('exceljs');
  const workbook = new ExcelJS.Workbook();
  workbook.creator = spec.creator;
  workbook.title = spec.title;
  workbook.created = new Date(0);
  workbook.modified = new Date(0);
  for (const sheet of spec.sheets) await addSheet(workbook.addWorksheet(sheet.name), sheet);
  return new Uint8Array(await workbook.xlsx.writeBuffer());
}

async function addSheet(ws: Worksheet, sheet: SheetSpec): Promise<void> {
  ws.state = sheet.state;
  sheet.widths.forEach((width, i) => {
    ws.getColumn(i + 1).width = width;
  });
  sheet.rows.forEach((row, r) => {
    row.forEach((spec, c) => {
      writeCell(ws.getCell(r + 1, c + 1), spec);
    });
    const height = rowHeight(row, sheet.widths);
    if (height !== undefined) ws.getRow(r + 1).height = height;
  });
  if (sheet.freeze)
    ws.views = [
      { state: 'frozen', xSplit: sheet.freeze.columns, ySplit: sheet.freeze.rows, topLeftCell: 'B2' },
    ];
  if (sheet.print) {
    ws.pageSetup = {
      orientation: sheet.print.landscape ? 'landscape' : 'portrait',
      fitToPage: true,
      fitToWidth: sheet.print.pagesWide,
      fitToHeight: 0,
      margins: { left: 0.4, right: 0.4, top: 0.5, bottom: 0.5, header: 0.3, footer: 0.3 },
      ...(sheet.print.repeatRows > 0 ? { printTitlesRow: `1:${sheet.print.repeatRows}` } : {}),
      ...(sheet.print.repeatColumns > 0
        ? { printTitlesColumn: `A:${columnName(sheet.print.repeatColumns - 1)}` }
        : {}),
    };
    ws.headerFooter = { oddFooter: '&A — &P / &N' };
  }
  // Protected without a password: cells not marked `input` cannot be changed by mistake; nothing is secret.
  await ws.protect('', {
    selectLockedCells: true,
    selectUnlockedCells: true,
    formatColumns: true,
    formatRows: true,
  });
}

function writeCell(cell: Cell, spec: CellSpec): void {
  const value = spec.value;
  // Text is always a string value, never a formula, whatever it starts with.
  if (value !== null) cell.value = typeof value === 'object' ? new Date(`${value.date}T00:00:00Z`) : value;
  const look = LOOKS[spec.style];
  cell.font = look.font;
  if (look.fill) cell.fill = look.fill;
  if (look.border) cell.border = look.border;
  cell.alignment = { wrapText: true, vertical: spec.style === 'header' ? 'middle' : 'top' };
  cell.protection = { locked: spec.style !== 'input' };
  const rule = spec.rule;
  if (spec.date === true || rule?.type === 'date' || (value !== null && typeof value === 'object'))
    cell.numFmt = 'yyyy-mm-dd';
  if (!rule) return;
  const common = {
    allowBlank: true,
    showInputMessage: true,
    showErrorMessage: true,
    prompt: rule.prompt,
    error: rule.error,
  };
  if (rule.type === 'list')
    cell.dataValidation = {
      ...common,
      type: 'list',
      formulae: [rule.range],
      errorStyle: rule.strict ? 'stop' : 'warning',
    };
  else if (rule.type === 'number')
    cell.dataValidation = {
      ...common,
      type: 'decimal',
      operator: 'between',
      formulae: [rule.min ?? -1e15, rule.max ?? 1e15],
      errorStyle: 'warning',
    };
  else
    cell.dataValidation = {
      ...common,
      type: 'date',
      operator: 'greaterThan',
      formulae: [new Date('1900-01-01T00:00:00Z')],
      errorStyle: 'warning',
    };
}

/** Reads xlsx bytes (already checked by checkZipBounds) into plain cells; throws when exceljs cannot read them. */
export async function readXlsx(bytes: Uint8Array): Promise<Grid> {
  const { default: ExcelJS } = await import('exceljs');
  const workbook = new ExcelJS.Workbook();
  // exceljs hands the bytes to JSZip, which takes an ArrayBuffer.
  await workbook.xlsx.load(bytes.slice().buffer);
  const sheets: GridSheet[] = workbook.worksheets.map((ws) => {
    const rows: GridCell[][] = [];
    const count = ws.rowCount;
    for (let r = 1; r <= Math.min(count, MAX_ROWS); r++) {
      const row = ws.getRow(r);
      const cells: GridCell[] = [];
      for (let c = 1; c <= Math.min(row.cellCount, MAX_COLUMNS); c++)
        cells.push(gridCell(row.getCell(c).value));
      rows.push(cells);
    }
    // A sheet longer than read keeps its length, so the import reports it.
    if (count > rows.length) rows.length = count;
    return { name: ws.name, rows };
  });
  return { kind: 'xlsx', sheets };
}

function gridCell(value: ExcelValue): GridCell {
  if (value === null || value === undefined) return { type: 'empty' };
  if (typeof value === 'string') return { type: 'text', text: value };
  if (typeof value === 'number')
    return Number.isFinite(value) ? { type: 'number', value } : { type: 'error', error: String(value) };
  if (typeof value === 'boolean') return { type: 'boolean', value };
  if (value instanceof Date)
    return Number.isNaN(value.getTime())
      ? { type: 'error', error: 'date' }
      : { type: 'date', date: value.toISOString().slice(0, 10) };
  if ('formula' in value || 'sharedFormula' in value) {
    const formula = 'formula' in value ? value.formula : value.sharedFormula;
    return { type: 'formula', formula: String(formula) };
  }
  if ('error' in value) return { type: 'error', error: value.error };
  if ('richText' in value) return { type: 'text', text: value.richText.map((p) => p.text).join('') };
  if ('hyperlink' in value) {
    const text = value.text as unknown;
    const words =
      typeof text === 'string'
        ? text
        : typeof text === 'object' && text !== null && 'richText' in text
          ? (text as { richText: { text: string }[] }).richText.map((p) => p.text).join('')
          : value.hyperlink;
    return { type: 'link', text: words, url: value.hyperlink };
  }
  return { type: 'error', error: '?' };
}
