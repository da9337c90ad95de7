import type { AnswersFile, ChecklistIndex } from '../model/checklist.js';
import { localize } from '../model/checklist.js';
import type { GroupScore, Scorecard } from '../score/types.js';
import { oneLine } from '../text/sanitize.js';
import { createStyle, type Style } from '../text/style.js';
import { translator, type Translate, itemSeparator } from '../i18n/format.js';
import { codeName } from '../report/code-names.js';
import { describeCoverage } from '../report/describe-coverage.js';
import { bandNote } from '../report/view-scores.js';
import { formatDecimal, formatPercent } from '../report/format-number.js';
import { tieAfterTopGaps, TOP_GAPS } from '../score/rank-gaps.js';
import { formatDate } from '../text/format-date.js';

/** Options for the terminal summary. */
export interface ScoreTextOptions {
  color: boolean;
  /** Terminal width; long lines are shortened to it. */
  width: number;
  /** The language of the summary's own text; English when not given. */
  language?: string;
}

const BAR = 20;

/** The terminal summary of a scorecard: overall, pillars and themes with bars and bands, coverage, top five gaps. */
export function formatScoreText(
  card: Scorecard,
  index: ChecklistIndex,
  respondent: AnswersFile['respondent'],
  options: ScoreTextOptions,
): string {
  const style = createStyle(options.color);
  const t = translator(options.language);
  const { checklist } = index;
  const lang = checklist.language;
  const date = respondent.date !== undefined ? formatDate(respondent.date, options.language) : undefined;
  const role = respondent.role !== undefined ? codeName('role', respondent.role, t) : undefined;
  const who = [respondent.country, respondent.organization, role, date]
    .filter((x): x is string => typeof x === 'string' && x !== '')
    .map((x) => oneLine(x, 80));
  const labelWidth = Math.min(
    28,
    Math.max(...[...card.pillars, ...card.themes].map((g) => oneLine(g.label, 28).length), 7),
  );
  const bandWidth = Math.max(
    12,
    ...[...card.pillars, ...card.themes, card.crossCutting, card.overall].map(
      (g) => bandLabel(g, card, t).length,
    ),
  );
  const row = (g: GroupScore, label = g.label, extra = ''): string =>
    `  ${oneLine(label, labelWidth).padEnd(labelWidth)}  ${bar(g, card, style)}  ${formatPercent(g.percent).padStart(4)}  ${bandLabel(g, card, t).padEnd(bandWidth)}  ${style.dim(t('score.coverage', { percent: formatPercent(g.coverage) }) + extra)}`;
  const specific = (g: GroupScore): string => `, ${t('score.specific', { count: g.counts.total })}`;
  const o = card.overall;
  const lines = [
    style.bold(`${oneLine(localize(checklist.title, lang), 120)} (${checklist.id} ${checklist.version})`),
    ...(who.length > 0 ? [who.join(itemSeparator())] : []),
    ...(card.draft
      ? [
          style.yellow(
            style.bold(t('draft.mark', { unassessed: card.draft.unassessed, count: card.draft.total })),
          ),
        ]
      : []),
    '',
    style.bold(row(o, t('score.overall')).trimEnd()),
    `  ${describeCoverage(o, t, false)}`,
    '',
    style.bold(t('score.pillars')),
    ...card.pillars.map((g) => row(g)),
    '',
    style.bold(t('score.themes')),
    ...card.themes.map((g) => row(g, g.label, specific(g))),
    ...(card.crossCutting.counts.total > 0
      ? [
          row(
            card.crossCutting,
            card.crossCutting.label,
            `, ${t('score.crossCuttingNote', { count: card.crossCutting.counts.total })}`,
          ),
        ]
      : []),
    '',
    style.bold(t('score.topGaps')),
  ];
  const top = card.gaps.slice(0, TOP_GAPS);
  if (top.length === 0) lines.push(t('score.noGaps'));
  top.forEach((id, i) => {
    const q = card.questions.find((x) => x.id === id);
    const text = oneLine(localize(index.byId.get(id)?.question.text, lang), 1000);
    const basis = q ? `[${codeName('basis', q.basis, t)}] ` : '';
    const head = `  ${i + 1}. ${formatDecimal(q?.gap ?? 0)}  ${oneLine(id, 40)}  ${basis}`;
    lines.push(`${head}${shorten(text, options.width - head.length)}`);
  });
  const tie = tieAfterTopGaps(card);
  if (tie) lines.push(`  ${t('gaps.moreTiedShort', { count: tie.count, gap: formatDecimal(tie.gap) })}`);
  if (card.dataGaps.length > 0) lines.push('', t('score.dataGaps', { count: card.dataGaps.length }));
  if (card.unscored.length > 0)
    lines.push('', style.dim(t('score.unscored', { count: card.unscored.length })));
  return `${lines.join('\n')}\n`;
}

function bandLabel(g: GroupScore, card: Scorecard, t: Translate): string {
  return oneLine(bandNote(g, card, t) ?? '-', 40);
}

function bar(g: GroupScore, card: Scorecard, style: Style): string {
  if (g.percent === undefined) return style.dim('·'.repeat(BAR));
  const filled = Math.round((g.percent / 100) * BAR);
  return `${paint(g, card, style)('█'.repeat(filled))}${style.dim('░'.repeat(BAR - filled))}`;
}

function paint(g: GroupScore, card: Scorecard, style: Style): (s: string) => string {
  const last = card.bands.length - 1;
  if (g.band === undefined || last <= 0) return (s) => s;
  if (g.band === 0) return style.red;
  return g.band === last ? style.green : style.yellow;
}

function shorten(text: string, room: number): string {
  const max = Math.max(20, room);
  return text.length > max ? `${text.slice(0, max - 1)}…` : text;
}
