import type { AnswersFile, ChecklistIndex } from '../model/checklist.js';
import { applicability } from '../model/applicability.js';
import { oneLine } from '../text/sanitize.js';
import { quote } from '../text/shell-quote.js';
import { formatDate } from '../text/format-date.js';
import { calendarDate, measureProgress } from './answer-status.js';
import { SEPARATOR, type Prompter, type PromptChoice, type PromptSeparator } from './prompter-types.js';
import { translator } from '../i18n/format.js';

/** An answers file of the checklist being assessed, as found: how to name it, its content, when it last changed. */
export interface AnswersCandidate {
  display: string;
  answers: AnswersFile;
  modified: Date;
}

/** What the list of answers files shows of one: who answered, how far, and when. */
export interface CandidateSummary {
  display: string;
  respondent: string[];
  /** The time of the last answer, or of the file's last change when no answer carries a time. */
  last: Date;
  lastIsAnswer: boolean;
  done: number;
  total: number;
}

/** Summarises one answers file; progress is counted as the interview counts it (measureProgress). */
export function summariseCandidate(index: ChecklistIndex, candidate: AnswersCandidate): CandidateSummary {
  const { answers, respondent } = candidate.answers;
  const progress = measureProgress(index, answers, applicability(index, answers));
  const times = Object.values(answers)
    .map((a) => (typeof a.answered === 'string' ? Date.parse(a.answered) : NaN))
    .filter((n) => !Number.isNaN(n));
  const latest = times.length > 0 ? Math.max(...times) : undefined;
  return {
    display: candidate.display,
    respondent: [respondent.country, respondent.organization, respondent.name]
      .filter((part): part is string => typeof part === 'string' && part.trim() !== '')
      .map((part) => oneLine(part, 60)),
    last: latest === undefined ? candidate.modified : new Date(latest),
    lastIsAnswer: latest !== undefined,
    done: progress.done,
    total: progress.total,
  };
}

/** Most recent first; files of the same time by name. */
export function rankCandidates(summaries: readonly CandidateSummary[]): CandidateSummary[] {
  return [...summaries].sort(
    (a, b) => b.last.getTime() - a.last.getTime() || a.display.localeCompare(b.display),
  );
}

/** What the user chose: resume a file (its display name), start a new one, or quit. */
export type AnswersChoice = { resume: string } | 'new' | 'quit';

/** An answers file that says it is one but cannot be used: listed, not offered. */
export interface UnusableCandidate {
  display: string;
}

/**
 * Lists the answers files (who, how far, when: most recent first), then asks which to resume; the most recent is
 * proposed (Enter resumes it), starting a new one and quitting are the other choices. Files that cannot be used
 * are listed with how to check them, and not offered. `summaries` must be ranked.
 */
export async function askWhichAnswers(
  prompter: Prompter,
  checklistId: string,
  summaries: readonly CandidateSummary[],
  unusable: readonly UnusableCandidate[] = [],
): Promise<AnswersChoice> {
  const t = translator();
  const lines =
    summaries.length > 0 ? [t('cli.assess.pick.heading', { count: summaries.length, id: checklistId })] : [];
  summaries.forEach((s, i) => {
    lines.push(
      `  ${t('cli.assess.pick.item', { number: i + 1, file: s.display })}`,
      `     ${describeCandidate(s)}`,
    );
  });
  for (const u of unusable)
    lines.push(t('cli.assess.pick.unusable', { file: u.display, quoted: quote(u.display) }));
  prompter.print(lines.join('\n'));
  const names = shortNames(summaries.map((s) => s.display));
  const choices: (PromptChoice<string> | PromptSeparator)[] = summaries.map((s, i) => ({
    value: `file:${i}`,
    name: names[i] ?? s.display,
  }));
  if (choices.length > 0) choices.push(SEPARATOR);
  choices.push(
    { value: 'new', name: t('cli.assess.pick.new') },
    { value: 'quit', name: t('cli.assess.pick.quit') },
  );
  const picked = await prompter.select(
    summaries.length > 0
      ? t('cli.assess.pick.question', { count: summaries.length })
      : t('cli.assess.pick.startOrQuit'),
    choices,
    {
      default: summaries.length > 0 ? 'file:0' : 'new',
    },
  );
  if (picked === 'new' || picked === 'quit') return picked;
  const chosen = summaries[Number(picked.slice('file:'.length))];
  return chosen ? { resume: chosen.display } : 'quit';
}

/** The file names alone when that names each file once (a menu line must fit a narrow terminal), else the paths. */
function shortNames(displays: readonly string[]): string[] {
  const base = displays.map((d) => d.split(/[\\/]/).pop() ?? d);
  return new Set(base).size === base.length ? base : [...displays];
}

/** One line per file: respondent, progress and the time of the last answer. */
export function describeCandidate(s: CandidateSummary): string {
  const t = translator();
  const who =
    s.respondent.length > 0 ? s.respondent.join(t('cli.assess.pick.separator')) : t('cli.assess.pick.nobody');
  const percent = s.total === 0 ? 100 : Math.floor((s.done / s.total) * 100);
  const pad = (n: number): string => String(n).padStart(2, '0');
  const params = {
    who,
    done: s.done,
    total: s.total,
    percent,
    date: formatDate(calendarDate(s.last)),
    time: `${pad(s.last.getHours())}:${pad(s.last.getMinutes())}`,
  };
  return t(s.lastIsAnswer ? 'cli.assess.pick.answered' : 'cli.assess.pick.modified', params);
}
