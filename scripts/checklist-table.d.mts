/** Markdown table rows for every bundled checklist. */
export function checklistTable(dir: string): string;
