import { answerKind, type AnswerWords } from '../model/answer-kinds/index.js';
import { responsibleActors } from './actor-names.js';
import { codeName } from './code-names.js';
import type { Answer, Evidence, IndexedQuestion } from '../model/checklist.js';
import { localize } from '../model/checklist.js';
import type { MessageKey } from '../i18n/en.js';
import type { Translate } from '../i18n/format.js';
import type { QuestionScore } from '../score/types.js';
import { formatDecimal, formatPercent } from './format-number.js';
import { isSafeUrl, neutralizeMarkdown, renderMarkdownHtml } from './markdown.js';
import { describeRefs, type FootnoteRegistry } from './view-citations.js';
import type { EvidenceView, QuestionView } from './view-types.js';
import { formatDate } from '../text/format-date.js';

/** What building question views needs besides the question itself. */
export interface QuestionContext {
  lang: string;
  /** The messages of the report's own language. */
  t: Translate;
  footnotes: FootnoteRegistry;
  includePrivate: boolean;
  /** Counts evidence items left out because they are not public. */
  withheld: { count: number };
  /** The names of the checklist's actors, by id (actorNames). */
  actorNames: ReadonlyMap<string, string>;
}

const STATUS_LABELS: Record<QuestionScore['status'], MessageKey> = {
  answered: 'status.answered',
  absent: 'status.absent',
  na: 'status.na',
  inapplicable: 'status.inapplicable',
  unknown: 'status.unknown',
  unanswered: 'status.unanswered',
};

/** The anchor id of a question in an HTML report. */
export function questionAnchor(id: string): string {
  return `q-${id.replace(/[^A-Za-z0-9_-]/g, '_')}`;
}

/** Builds the printable view of one question and its answer. */
export function buildQuestionView(
  iq: IndexedQuestion,
  answer: Answer | undefined,
  score: QuestionScore,
  ctx: QuestionContext,
): QuestionView {
  const q = iq.question;
  const text = (v: Parameters<typeof localize>[0]): string => localize(v, ctx.lang).trim();
  const guidance = q.guidance ? text(q.guidance) : '';
  return {
    id: q.id,
    anchor: questionAnchor(q.id),
    text: text(q.text),
    section: text(iq.section.title),
    pillar: iq.section.pillar,
    weight: iq.weight,
    basis: score.basis,
    basisText: ctx.t('report.facts.basisValue', {
      basis: codeName('basis', score.basis, ctx.t),
      weight: iq.weight,
    }),
    status: score.status,
    statusLabel: ctx.t(score.scored ? STATUS_LABELS[score.status] : 'status.unscored'),
    answerText: describeAnswer(iq, answer, score, ctx.lang, ctx.t),
    scoreText: score.scored && score.fraction !== undefined ? formatPercent(100 * score.fraction) : '–',
    targetText: describeTarget(iq, ctx.lang, ctx.t),
    gapText: score.gap > 0 ? formatDecimal(score.gap) : '–',
    notes: answer?.notes?.trim() ? answer.notes.trim() : null,
    naReason: answer?.na?.reason.trim() ? answer.na.reason.trim() : null,
    responsibleEntity: answer?.responsible?.trim() ? answer.responsible.trim() : null,
    targetDate: answer?.target?.trim() ? answer.target.trim() : null,
    evidence: describeEvidence(answer?.evidence, ctx),
    citations: ctx.footnotes.cite(q.sources),
    refs: describeRefs(q.refs, ctx.t),
    // No action for a question at its target: nothing to do. A question not yet assessed has no gap either.
    action: q.action && score.gap > 0 ? text(q.action) : null,
    actionRank: null,
    seeAction: null,
    actors: responsibleActors(q.actors, ctx.actorNames),
    // Rendered when read: the bundled reports never show guidance, a custom template or -f json may.
    get guidanceHtml() {
      return guidance ? renderMarkdownHtml(guidance) : null;
    },
    get guidanceMd() {
      return guidance ? neutralizeMarkdown(guidance) : null;
    },
  };
}

/** The answer in words: the level or option label, with the score it earns. */
export function describeAnswer(
  iq: IndexedQuestion,
  answer: Answer | undefined,
  score: QuestionScore,
  lang: string,
  t: Translate,
): string {
  if (score.status !== 'answered' || !answer) return t(STATUS_LABELS[score.status]);
  const described = answerKind(iq).describe(iq, answer, reportWords(lang, t)) ?? '';
  if (score.value === undefined || score.max === undefined) return described;
  return t('words.answerScore', {
    answer: described,
    score: t('words.scoreOf', { score: score.value, max: score.max }),
  });
}

/** The words of an answer in a report: labels in the checklist language, nothing cut short, yes/no in `t`'s. */
export function reportWords(lang: string, t: Translate): AnswerWords {
  return {
    label: (text) => localize(text, lang),
    raw: (text) => text,
    unit: (unit) => unit,
    yes: t('words.yes'),
    no: t('words.no'),
    none: t('words.none'),
  };
}

function describeTarget(iq: IndexedQuestion, lang: string, t: Translate): string {
  if (iq.target === undefined || iq.max === undefined) return '–';
  const named = answerKind(iq).targetName(iq, reportWords(lang, t));
  const score = t('words.scoreOf', { score: iq.target, max: iq.max });
  return named === undefined ? score : t('words.targetScore', { target: named, score });
}

function describeEvidence(evidence: readonly Evidence[] | undefined, ctx: QuestionContext): EvidenceView[] {
  const out: EvidenceView[] = [];
  for (const e of evidence ?? []) {
    const isPrivate = e.public === false;
    if (isPrivate && !ctx.includePrivate) {
      ctx.withheld.count++;
      continue;
    }
    const url = e.url?.trim() ?? '';
    out.push({
      title: e.title,
      url: url && isSafeUrl(url) ? url : null,
      urlText: url && !isSafeUrl(url) ? url : null,
      date: e.date !== undefined ? formatDate(e.date) : null,
      private: isPrivate,
    });
  }
  return out;
}
