/** Characters that make a spreadsheet read a cell as a formula (or, for tab and CR, hide one). */
const FORMULA_START = /^[=+\-@\t\r]/;

/**
 * Text a spreadsheet opening a CSV file will not take for a formula: text starting with = + - @ tab or CR gets a
 * leading apostrophe, and so does text already starting with one, so that `restoreText` gives back exactly the
 * text written.
 */
export function neutralizeText(text: string): string {
  return FORMULA_START.test(text) || text.startsWith("'") ? `'${text}` : text;
}

/** Undoes neutralizeText on a field read back from a CSV file. */
export function restoreText(text: string): string {
  return text.startsWith("'") && (FORMULA_START.test(text.slice(1)) || text.startsWith("''"))
    ? text.slice(1)
    : text;
}
