import type { MessageKey } from '../i18n/en.js';

/**
 * The formats of `opsc-audit export -f`; the first is the default. Both are written by the command itself (the
 * workbook through exceljs, loaded only for -f xlsx), so the registry holds only what --help says of them.
 */
export const EXPORT_FORMATS: Readonly<Record<'xlsx' | 'csv', { description: MessageKey }>> = {
  xlsx: { description: 'cli.format.xlsx' },
  csv: { description: 'cli.format.csv' },
};
