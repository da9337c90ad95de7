import { open } from 'node:fs/promises';
import { resolve } from 'node:path';
import type { Io } from '../model/io.js';
import type { AnswersFile, ChecklistIndex, IndexedQuestion } from '../model/checklist.js';
import { categoryId, categoryLabel, localize } from '../model/checklist.js';
import { EXIT, UsageError } from '../errors.js';
import { requireChecklist } from './require-checklist.js';
import { binaryToTerminal, toTerminal, writeOutput } from '../output/write-output.js';
import { buildWorkbook } from '../sheets/build-workbook.js';
import { writeCsv } from '../sheets/csv.js';
import { SHEET_FORMAT } from '../sheets/layout.js';
import { checklistDigest } from '../model/digest.js';
import { stripControl } from '../text/sanitize.js';
import { translator } from '../i18n/format.js';
import { VERSION } from '../version.js';
import { requireAnswers } from './require-answers.js';

/** Options of `opsc-audit export`. */
export interface ExportOptions {
  format: string;
  output?: string | undefined;
  actor?: string | undefined;
  section?: string | undefined;
  checklist?: string | undefined;
}

/**
 * `opsc-audit export <checklist|answers>`: the questions as a workbook a ministry fills in (xlsx: instructions,
 * drop-downs, locked cells, a hidden identity sheet) or as CSV; an answers file pre-fills the answers.
 */
export async function runExport(ref: string, options: ExportOptions, io: Io): Promise<number> {
  const t = translator();
  // Refused before any work: bytes would only garble a terminal.
  if (options.format === 'xlsx' && toTerminal(options.output, io)) throw binaryToTerminal('xlsx');
  const { index, answers } = await openSource(ref, options.checklist, io);
  const questions = chooseQuestions(index, options.actor, options.section);
  const input = {
    index,
    questions,
    answers,
    part: partWords(index, options),
    generator: `opsc-audit ${VERSION}`,
    t,
  };
  const writeOptions = { inputs: [ref, options.checklist], formatName: options.format };
  const workbook = buildWorkbook(input);
  if (options.format === 'xlsx') {
    const { writeXlsx } = await import('./workbook-xlsx.js');
    await writeOutput(await writeXlsx(workbook), options.output, io, writeOptions);
    return EXIT.ok;
  }
  const questionsSheet = workbook.sheets[1];
  const identity = [
    SHEET_FORMAT,
    index.checklist.id,
    index.checklist.version,
    checklistDigest(index.checklist),
  ];
  const rows = [identity, ...(questionsSheet?.rows ?? []).map((row) => row.map((c) => c.value))].map((row) =>
    row.map((v) => (typeof v === 'string' ? stripControl(v) : v)),
  );
  const csv = writeCsv(rows);
  await writeOutput(
    toTerminal(options.output, io) ? csv : new TextEncoder().encode(csv),
    options.output,
    io,
    writeOptions,
  );
  return EXIT.ok;
}

/** The checklist to export, and the answers to pre-fill when `ref` is an answers file. */
async function openSource(
  ref: string,
  checklist: string | undefined,
  io: Io,
): Promise<{ index: ChecklistIndex; answers: AnswersFile | undefined }> {
  if (await isAnswersFile(resolve(io.cwd, ref))) {
    const read = await requireAnswers(ref, checklist, io);
    return { index: read.index, answers: read.answers };
  }
  return { index: await requireChecklist(ref, io), answers: undefined };
}

/** Whether a file's first bytes name the answers format (a checklist or a bundled id does not). */
async function isAnswersFile(path: string): Promise<boolean> {
  const handle = await open(path, 'r').catch(() => undefined);
  if (!handle) return false;
  try {
    const head = Buffer.alloc(4096);
    const { bytesRead } = await handle.read(head, 0, head.length, 0);
    return head.subarray(0, bytesRead).toString('utf8').includes('opsc-audit/answers@');
  } catch {
    return false;
  } finally {
    await handle.close();
  }
}

/** The questions of `--actor` and `--section` (all when neither is given), in checklist order. */
function chooseQuestions(index: ChecklistIndex, actor?: string, section?: string): IndexedQuestion[] {
  const t = translator();
  const { checklist } = index;
  if (actor !== undefined && !(checklist.actors ?? []).some((a) => categoryId(a) === actor))
    throw new UsageError(
      t('cli.export.unknownActor', {
        id: checklist.id,
        actor,
        actors: (checklist.actors ?? []).map(categoryId).join(', '),
      }),
    );
  if (section !== undefined && !checklist.sections.some((s) => s.id === section))
    throw new UsageError(
      t('cli.export.unknownSection', {
        id: checklist.id,
        section,
        sections: checklist.sections.map((s) => s.id).join(', '),
      }),
    );
  const chosen = index.questions.filter(
    (q) =>
      (actor === undefined || (q.question.actors ?? []).includes(actor)) &&
      (section === undefined || q.section.id === section),
  );
  if (chosen.length === 0) throw new UsageError(t('cli.export.noQuestions', { id: checklist.id }));
  return chosen;
}

/** The part a file holds, in words, for its Instructions sheet. */
function partWords(index: ChecklistIndex, options: ExportOptions): string | undefined {
  const t = translator();
  const { checklist } = index;
  const lang = checklist.language;
  const actor = checklist.actors?.find((a) => categoryId(a) === options.actor);
  const section = checklist.sections.find((s) => s.id === options.section);
  const actorName = actor ? categoryLabel(actor, lang) : undefined;
  const sectionName = section ? localize(section.title, lang) : undefined;
  if (actorName && sectionName) return t('sheet.part.both', { actor: actorName, section: sectionName });
  if (actorName) return t('sheet.part.actor', { actor: actorName });
  if (sectionName) return t('sheet.part.section', { section: sectionName });
  return undefined;
}
