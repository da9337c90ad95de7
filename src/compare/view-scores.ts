import { basename } from '../text/file-name.js';
import type { AnswersFile } from '../model/checklist.js';
import { translator, type Translate, itemSeparator } from '../i18n/format.js';
import { codeName } from '../report/code-names.js';
import { formatPercent } from '../report/format-number.js';
import type { BandInfo } from '../score/types.js';
import { formatPoints, shownDifference } from './view-rows.js';
import type { AgreementRate, CompareMode, GroupDelta } from './types.js';
import type { AgreementRow, DeltaRow, SideView } from './view-types.js';
import { formatDate } from '../text/format-date.js';

/** A group score on both sides, formatted, with the change in points. */
export function toDeltaRow(g: GroupDelta, bands: readonly BandInfo[]): DeltaRow {
  const band = (i: number | undefined) => (i === undefined ? null : (bands[i]?.label ?? null));
  // Both differences are of the whole percentages shown, so that the table's numbers add up.
  const rounded = g.delta === undefined ? undefined : shownDifference(g.base.percent, g.current.percent);
  return {
    id: g.id,
    label: g.label,
    baseText: formatPercent(g.base.percent),
    currentText: formatPercent(g.current.percent),
    baseBand: band(g.base.band),
    currentBand: band(g.current.band),
    deltaText: formatPoints(rounded),
    direction: rounded === undefined ? 'none' : rounded > 0 ? 'up' : rounded < 0 ? 'down' : 'same',
    baseCoverageText: formatPercent(g.base.coverage),
    currentCoverageText: formatPercent(g.current.coverage),
    coverageDeltaText: formatPoints(
      g.coverageDelta === undefined ? undefined : shownDifference(g.base.coverage, g.current.coverage),
    ),
  };
}

/** An agreement rate, formatted. */
export function toAgreementRow(r: AgreementRate, t: Translate): AgreementRow {
  return {
    id: r.id,
    label: r.label,
    percentText: formatPercent(r.percent),
    detail: t('compare.agreementDetail', { agreed: r.agreed, count: r.compared }),
  };
}

/** How the report names both sides: by date for progress, by organization for divergence. */
export function describeSides(
  mode: CompareMode,
  files: { base: string; current: string },
  base: AnswersFile,
  current: AnswersFile,
  t: Translate = translator(),
): { base: SideView; current: SideView } {
  const pick = (r: AnswersFile['respondent']): string | undefined =>
    mode === 'progress' ? dateOf(r) : (r.organization?.trim() ?? (r.role && codeName('role', r.role, t)));
  let labels = [pick(base.respondent), pick(current.respondent)];
  if (!labels[0] || !labels[1] || labels[0] === labels[1]) labels = [undefined, undefined];
  const progress = mode === 'progress';
  return {
    base: side(files.base, base, labels[0] ?? t('words.baseFile', { file: basename(files.base) }), t, {
      heading: t(progress ? 'compare.side.earlier' : 'compare.side.first'),
    }),
    current: side(
      files.current,
      current,
      labels[1] ?? t('words.currentFile', { file: basename(files.current) }),
      t,
      { heading: t(progress ? 'compare.side.later' : 'compare.side.second') },
    ),
  };
}

function side(
  file: string,
  answers: AnswersFile,
  label: string,
  t: Translate,
  names: { heading: string },
): SideView {
  const r = answers.respondent;
  const who = [r.organization?.trim(), r.role ? `(${codeName('role', r.role, t)})` : undefined]
    .filter(Boolean)
    .join(' ');
  const line = [who, r.country ? `– ${r.country}` : undefined].filter(Boolean).join(' ');
  return {
    file: basename(file),
    heading: names.heading,
    label,
    organization: r.organization?.trim() ?? null,
    role: r.role ?? null,
    country: r.country?.trim() || null,
    date: dateOf(r) ?? null,
    version: answers.checklist.version,
    line: [line, dateOf(r)].filter(Boolean).join(itemSeparator()),
  };
}

/** The respondent's date as a reader sees it. */
function dateOf(r: AnswersFile['respondent']): string | undefined {
  return r.date === undefined ? undefined : formatDate(r.date);
}
