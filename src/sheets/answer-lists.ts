import type { SheetSpec } from './workbook-model.js';
import { columnName } from './workbook-model.js';

/**
 * The lists drop-downs offer, one column each of a hidden sheet: a drop-down names a range of that sheet rather
 * than spelling its answers out, which Excel limits to 255 characters.
 */
export class AnswerLists {
  private readonly lists: string[][] = [];
  private readonly byText = new Map<string, number>();

  constructor(private readonly sheet: string) {}

  /** The absolute range of a list (`'Answer lists'!$B$1:$B$7`), added on first use. */
  range(items: readonly string[]): string {
    const text = items.join('\u0000');
    let at = this.byText.get(text);
    if (at === undefined) {
      at = this.lists.length;
      this.lists.push([...items]);
      this.byText.set(text, at);
    }
    const column = columnName(at);
    const quoted = `'${this.sheet.replaceAll("'", "''")}'`;
    return `${quoted}!$${column}$1:$${column}$${Math.max(items.length, 1)}`;
  }

  /** The hidden sheet holding every list used. */
  toSheet(): SheetSpec {
    const height = Math.max(0, ...this.lists.map((l) => l.length));
    const rows = Array.from({ length: height }, (_, r) =>
      this.lists.map((list) => ({ value: list[r] ?? null, style: 'text' as const })),
    );
    return { name: this.sheet, state: 'hidden', widths: this.lists.map(() => 30), rows };
  }
}
