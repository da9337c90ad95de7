import type { Answer, ChecklistIndex } from '../model/checklist.js';
import { categoryId } from '../model/checklist.js';
import { applicability, applies as appliesTo } from '../model/applicability.js';
import { questionStatus, type QuestionStatus } from './answer-status.js';
import { pillarLabel } from './question-view.js';
import type { MessageKey } from '../i18n/en.js';
import { translator } from '../i18n/format.js';

/** Counts of question statuses for one pillar. */
export interface PillarCount {
  pillar: string;
  counts: Record<QuestionStatus, number>;
}

/** Counts answered / not applicable / don't know / skipped / open questions per pillar, in checklist order. */
export function countByPillar(index: ChecklistIndex, answers: Record<string, Answer>): PillarCount[] {
  const applies = applicability(index, answers);
  const rows = new Map<string, PillarCount>();
  for (const p of index.checklist.pillars) {
    const id = categoryId(p);
    rows.set(id, {
      pillar: pillarLabel(index, id),
      counts: { answered: 0, na: 0, unknown: 0, skipped: 0, open: 0 },
    });
  }
  for (const q of index.questions) {
    const row = rows.get(q.section.pillar);
    if (!row) continue;
    row.counts[questionStatus(q, answers[q.question.id], appliesTo(applies, q.question.id))]++;
  }
  return [...rows.values()].filter((r) => Object.values(r.counts).some((n) => n > 0));
}

const COLUMNS: [QuestionStatus, MessageKey][] = [
  ['answered', 'interview.summary.answered'],
  ['na', 'interview.summary.notApplicable'],
  ['unknown', 'interview.summary.dontKnow'],
  ['skipped', 'interview.summary.skipped'],
  ['open', 'interview.summary.open'],
];

/** A plain-text table of the per-pillar counts, with a total row. */
export function formatSummary(rows: readonly PillarCount[]): string {
  const t = translator();
  const total: PillarCount = {
    pillar: t('interview.summary.total'),
    counts: { answered: 0, na: 0, unknown: 0, skipped: 0, open: 0 },
  };
  for (const r of rows) for (const [k] of COLUMNS) total.counts[k] += r.counts[k];
  const all = [...rows, total];
  const pillar = t('interview.summary.pillar');
  const headings = COLUMNS.map(([k, key]): [QuestionStatus, string] => [k, t(key)]);
  const first = Math.max(pillar.length, ...all.map((r) => r.pillar.length));
  const header = [pillar.padEnd(first), ...headings.map(([, h]) => h)].join('  ');
  const line = (r: PillarCount) =>
    [r.pillar.padEnd(first), ...headings.map(([k, h]) => String(r.counts[k]).padStart(h.length))].join('  ');
  return [header, ...rows.map(line), line(total)].join('\n');
}
