import type { Io } from '../model/io.js';
import { EXIT } from '../errors.js';
import { bundledChecklistFiles, loadChecklist } from '../open/checklists.js';
import { localize } from '../model/checklist.js';
import { escapeJsonControl, oneLine } from '../text/sanitize.js';
import { translator } from '../i18n/format.js';

/** One bundled checklist, as `list` shows it. */
export interface ChecklistSummary {
  id: string;
  version: string;
  questions: number;
  title: string;
  file: string;
}

/** `opsc-audit list`: the bundled checklists as a table or JSON. */
export async function runList(options: { json: boolean }, io: Io): Promise<number> {
  const rows: ChecklistSummary[] = [];
  let broken = false;
  for (const file of await bundledChecklistFiles()) {
    const result = await loadChecklist(file, io.cwd);
    if (!result.ok) {
      io.stderr.write(`opsc-audit: ${oneLine(result.message, 500)}\n`);
      broken = true;
      continue;
    }
    const { checklist, index } = result;
    rows.push({
      id: checklist.id,
      version: checklist.version,
      questions: index.questions.length,
      title: localize(checklist.title, checklist.language),
      file,
    });
  }
  if (options.json) {
    io.stdout.write(`${escapeJsonControl(JSON.stringify(rows, null, 2))}\n`);
  } else {
    io.stdout.write(formatTable(rows));
  }
  return broken ? EXIT.problems : EXIT.ok;
}

function formatTable(rows: ChecklistSummary[]): string {
  const t = translator();
  const header = [t('cli.list.id'), t('cli.list.version'), t('cli.list.questions'), t('cli.list.title')];
  const body = rows.map((r) => [r.id, r.version, String(r.questions), oneLine(r.title, 90)]);
  const widths = header.map((h, i) => Math.max(h.length, ...body.map((b) => (b[i] ?? '').length)));
  const line = (cells: string[]): string =>
    cells
      .map((c, i) => (i === 2 ? c.padStart(widths[i] ?? 0) : c.padEnd(widths[i] ?? 0)))
      .join('  ')
      .trimEnd();
  return `${[line(header), ...body.map(line)].join('\n')}\n`;
}
