import { applies as appliesTo } from '../model/applicability.js';
import { askQuestion } from './ask-question.js';
import { questionStatus } from './answer-status.js';
import { askRespondent } from './respondent.js';
import {
  chooseSection,
  reviewSection,
  sectionLines,
  sectionSettled,
  sectionTitle,
} from './section-review.js';
import type { Session } from './session.js';
import { translator, itemSeparator } from '../i18n/format.js';

/** How an interview ended: every question seen and the respondent chose to finish, or saved and quit. */
export type InterviewOutcome = 'finished' | 'quit';

/** Walks the respondent through the checklist. `first` lists question ids to ask before any other. */
export async function runInterview(
  session: Session,
  first: readonly string[] = [],
): Promise<InterviewOutcome> {
  await askRespondent(session);
  const nav = new Navigator(session, first);
  let cursor = nav.next(-1);
  for (;;) {
    if (cursor === undefined) {
      const end = await endOfQuestions(session, nav);
      if (end === 'finish') return 'finished';
      cursor = end;
      continue;
    }
    const q = session.index.questions[cursor];
    if (!q) return 'finished';
    nav.taken(q.question.id);
    const action = await askQuestion(session, q, nav.canGoBack(cursor));
    if (action === 'quit') return 'quit';
    if (action === 'back') {
      cursor = nav.back(cursor);
    } else if (action === 'review') {
      cursor = nav.goTo(cursor, await reviewSection(session, q.sectionIndex));
    } else if (action === 'jump') {
      const section = await chooseSection(session, q.sectionIndex);
      const target =
        section === undefined
          ? undefined
          : (nav.firstOpenIn(section) ?? (await reviewSection(session, section)));
      cursor = nav.goTo(cursor, target);
    } else {
      nav.history.push(cursor);
      const next = nav.next(cursor);
      const leaving = next !== undefined && session.index.questions[next]?.sectionIndex !== q.sectionIndex;
      if (leaving && nav.queue.length === 0 && sectionSettled(session, q.sectionIndex)) {
        const choice = await sectionDone(session, q.sectionIndex, next);
        if (choice === 'quit') return 'quit';
        cursor = choice === 'continue' ? next : nav.goTo(next, choice);
      } else {
        cursor = next;
      }
    }
  }
}

/** Which question comes next, and where "Back" leads. */
class Navigator {
  readonly history: number[] = [];
  readonly queue: string[];
  constructor(
    private readonly session: Session,
    first: readonly string[],
  ) {
    this.queue = [...first];
  }

  private applies(i: number): boolean {
    const q = this.session.index.questions[i];
    return q !== undefined && appliesTo(this.session.applies, q.question.id);
  }

  private isOpen(i: number): boolean {
    const q = this.session.index.questions[i];
    return (
      q !== undefined &&
      this.applies(i) &&
      questionStatus(q, this.session.file.answers[q.question.id], 'open') === 'open'
    );
  }

  /** Queued questions first, then the first open question after `after`, then any open question. */
  next(after: number): number | undefined {
    for (const id of this.queue) {
      const q = this.session.index.byId.get(id);
      if (q && this.applies(q.index)) return q.index;
    }
    const all = this.session.index.questions.map((q) => q.index);
    return all.find((i) => i > after && this.isOpen(i)) ?? all.find((i) => this.isOpen(i));
  }

  /** Marks a question as asked, so it leaves the queue. */
  taken(id: string): void {
    const at = this.queue.indexOf(id);
    if (at >= 0) this.queue.splice(at, 1);
  }

  canGoBack(cursor: number): boolean {
    return this.history.some((i) => this.applies(i)) || this.previousApplicable(cursor) !== undefined;
  }

  back(cursor: number): number {
    while (this.history.length > 0) {
      const i = this.history.pop();
      if (i !== undefined && i !== cursor && this.applies(i)) return i;
    }
    return this.previousApplicable(cursor) ?? cursor;
  }

  private previousApplicable(cursor: number): number | undefined {
    for (let i = cursor - 1; i >= 0; i--) if (this.applies(i)) return i;
    return undefined;
  }

  /** Moves to `target` (remembering where we were), or stays when there is none. */
  goTo(cursor: number, target: number | undefined): number {
    if (target === undefined || target === cursor) return cursor;
    this.history.push(cursor);
    return target;
  }

  firstOpenIn(section: number): number | undefined {
    return this.session.index.questions.find((q) => q.sectionIndex === section && this.isOpen(q.index))
      ?.index;
  }

  skipped(): string[] {
    return this.session.index.questions
      .filter((q) => this.applies(q.index) && this.session.file.answers[q.question.id]?.skipped)
      .map((q) => q.question.id);
  }
}

async function sectionDone(
  session: Session,
  sectionIndex: number,
  next: number,
): Promise<'continue' | 'quit' | number> {
  const { prompter, index } = session;
  const t = translator();
  prompter.print(t('interview.sectionDone', { section: sectionTitle(index, sectionIndex) }));
  for (const l of sectionLines(session, sectionIndex)) prompter.print(`  ${l.line}`);
  const nextSection = index.questions[next]?.sectionIndex ?? 0;
  const choice = await prompter.select(t('interview.sectionDone.prompt'), [
    {
      value: 'continue',
      name: t('interview.sectionDone.continue', { section: sectionTitle(index, nextSection) }),
    },
    { value: 'change', name: t('interview.sectionDone.change') },
    { value: 'quit', name: t('interview.choice.quit') },
  ]);
  if (choice !== 'change') return choice;
  return (await reviewSection(session, sectionIndex)) ?? 'continue';
}

async function endOfQuestions(session: Session, nav: Navigator): Promise<'finish' | number> {
  const { prompter } = session;
  const t = translator();
  for (;;) {
    const skipped = nav.skipped();
    const count = skipped.length;
    prompter.print(
      count > 0
        ? t('interview.end.skipped', { count, ids: skipped.join(itemSeparator()) })
        : t('interview.end.allAnswered'),
    );
    const choices = [
      ...(count > 0 ? [{ value: 'skipped', name: t('interview.end.answerSkipped', { count }) }] : []),
      { value: 'finish', name: t(count > 0 ? 'interview.end.finishForNow' : 'interview.end.finish') },
      { value: 'review', name: t('interview.end.review') },
    ];
    const choice = await prompter.select(t('interview.end.prompt'), choices);
    if (choice === 'finish') return 'finish';
    if (choice === 'skipped') {
      nav.queue.push(...skipped);
      const next = nav.next(-1);
      if (next !== undefined) return next;
      continue;
    }
    const section = await chooseSection(session, 0);
    const pick = section === undefined ? undefined : await reviewSection(session, section);
    if (pick !== undefined) return pick;
  }
}
