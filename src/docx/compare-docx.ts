import type { Document } from 'docx';
import { translator } from '../i18n/format.js';
import type {
  CompareRow,
  CompareView,
  DeltaRow,
  RowGroup,
  SideAnswer,
  SideView,
} from '../compare/view-types.js';
import { codeName } from '../report/code-names.js';
import type { EvidenceView } from '../report/view-types.js';
import {
  bullet,
  document,
  generatedBy,
  heading,
  pairs,
  para,
  runs,
  table,
  title,
  type Block,
} from './docx-parts.js';

/**
 * A comparison (progress or divergence) as an editable Word document, in the HTML's order: the cover, at a glance
 * (overall and pillar scores, the summary, the highlights), the score tables, then the detail.
 */
export function compareDocument(view: CompareView): Document {
  return document({
    title: view.title,
    description: view.subtitle,
    lang: view.lang,
    body: [
      ...coverPart(view),
      ...glancePart(view),
      ...scoresPart(view),
      ...progressPart(view),
      ...divergencePart(view),
      ...versionsPart(view),
      ...methodPart(view),
    ],
  });
}

/** The kicker, the title naming country and organisations, the checklist, each side by its heading and line. */
export function coverPart(view: CompareView): Block[] {
  const t = translator();
  const side = (s: SideView): [string, string] => [
    s.heading,
    `${s.line} ${t('compare.sideFile', { file: s.file, version: s.version })}`,
  ];
  return [
    para(view.progress ? t('compare.kicker.progress') : t('compare.kicker.divergence')),
    title(view.title),
    para(view.subtitle),
    pairs([
      side(view.base),
      side(view.current),
      [t('compare.kind'), `${codeName('mode', view.mode, t)}: ${view.modeReason}`],
    ]),
    ...view.warnings.map((w) => para(w)),
    ...(view.versions.inferredNote === null ? [] : [para(view.versions.inferredNote)]),
    ...(view.privacy.note === null ? [] : [para(view.privacy.note)]),
  ];
}

/** The column heading of a change: "Change" in progress, "Difference" in divergence. */
function deltaHeading(view: CompareView): string {
  const t = translator();
  return view.progress ? t('compare.change') : t('compare.difference');
}

/** A table of both sides' scores and the change, with the coverage of both. */
function deltaTable(view: CompareView, heading: string, rows: readonly DeltaRow[]): Block {
  const t = translator();
  return table(
    [heading, view.base.label, view.current.label, deltaHeading(view), t('compare.coverageBoth')],
    rows.map((d) => [
      d.label,
      [d.baseText, d.baseBand].filter((x): x is string => x !== null).join('\n'),
      [d.currentText, d.currentBand].filter((x): x is string => x !== null).join('\n'),
      d.deltaText,
      `${d.baseCoverageText} / ${d.currentCoverageText}`,
    ]),
    [30, 19, 19, 15, 17],
  );
}

/** At a glance: the overall and pillar scores, the summary sentences, then the highlights table. */
export function glancePart(view: CompareView): Block[] {
  const t = translator();
  return [
    heading(t('compare.atAGlance'), 1),
    para(t('compare.pillarCaption'), { bold: true }),
    deltaTable(view, t('common.pillar'), [view.overall, ...view.pillars]),
    ...view.summary.map((s) => bullet(s)),
    para(view.highlights.title, { bold: true }),
    ...compact(view, view.highlights, true),
  ];
}

/** A compact table of a group: one answer column when both sides agree, else both answers (and the change). */
function compact(view: CompareView, group: RowGroup, showDelta: boolean): Block[] {
  const t = translator();
  if (group.rows.length === 0) return [para(t('common.none'))];
  const question = (r: CompareRow) => `${r.id} ${r.text}`;
  if (group.oneColumn) {
    return [
      table(
        [t('compare.question'), t('compare.answerBoth')],
        group.rows.map((r) => [question(r), r.bothText]),
        [60, 40],
      ),
    ];
  }
  return [
    table(
      [
        t('compare.question'),
        view.base.label,
        view.current.label,
        ...(showDelta ? [deltaHeading(view)] : []),
      ],
      group.rows.map((r) => [
        question(r),
        r.base.answerText,
        r.current.answerText,
        ...(showDelta ? [r.deltaText] : []),
      ]),
      showDelta ? [40, 23, 23, 14] : [46, 27, 27],
    ),
  ];
}

/** The score tables: by theme and by section (the pillars are at a glance). */
export function scoresPart(view: CompareView): Block[] {
  const t = translator();
  return [
    heading(t('common.scores'), 1),
    para(t('common.scoresByTheme'), { bold: true }),
    deltaTable(view, t('common.theme'), view.themes),
    para(t('compare.scoresBySection'), { bold: true }),
    deltaTable(view, t('common.section'), view.sections),
  ];
}

/** Progress: the counts, each kind of change (in full or as a table), then the gaps closed and opened. */
export function progressPart(view: CompareView): Block[] {
  const t = translator();
  const p = view.progress;
  if (!p) return [];
  return [
    heading(t('compare.changesHeading'), 1),
    ...p.counts.map((c) => bullet([...runs(String(c.count), { bold: true }), ...runs(` ${c.label}`)])),
    ...p.groups.flatMap((g) => [
      heading(`${g.key === 'regressed' ? '⚠ ' : ''}${g.title} (${g.count})`, 2),
      para(g.description),
      ...(g.detailed ? detailed(view, g) : compact(view, g, true)),
    ]),
    heading(t('compare.gapsHeading'), 1),
    heading(t('compare.gapsClosed', { count: p.gapsClosed.count }), 2),
    para(p.gapsClosed.description),
    ...list(p.gapsClosed),
    heading(t('compare.gapsOpened', { count: p.gapsOpened.count }), 2),
    para(p.gapsOpened.description),
    ...list(p.gapsOpened),
    heading(t('common.coverage'), 2),
    para(p.coverage.sentence),
  ];
}

/** A group as a list: each question with its answers (once when the same). */
function list(group: RowGroup): Block[] {
  const t = translator();
  if (group.rows.length === 0) return [para(t('common.none'))];
  return group.rows.map((r) => bullet(`${r.id} ${r.text}: ${r.bothText}`));
}

/** Divergence: agreement rates, the largest differences in full, the rest as a table, one-sided, agreed. */
export function divergencePart(view: CompareView): Block[] {
  const t = translator();
  const d = view.divergence;
  if (!d) return [];
  const agreement = [d.agreement.overall, ...d.agreement.pillars];
  return [
    heading(t('compare.agreement'), 1),
    para(t('compare.agreementCaption'), { bold: true }),
    table(
      [t('common.group'), t('compare.agreement'), t('compare.compared')],
      agreement.map((a) => [a.label, a.percentText, a.detail]),
      [40, 20, 40],
    ),
    heading(`${d.differences.title} (${d.differenceCount})`, 1),
    para(d.differences.description),
    ...detailed(view, d.differences),
    ...(d.moreDifferences.count === 0
      ? []
      : [
          heading(`${d.moreDifferences.title} (${d.moreDifferences.count})`, 2),
          para(d.moreDifferences.description),
          ...compact(view, d.moreDifferences, true),
        ]),
    heading(`${d.oneSided.title} (${d.oneSided.count})`, 1),
    para(d.oneSided.description),
    ...detailed(view, d.oneSided),
    heading(`${d.agreed.title} (${d.agreed.count})`, 1),
    para(d.agreed.description),
    ...compact(view, d.agreed, false),
  ];
}

/** Each question in full: its heading, its facts line, and both answers side by side with notes and evidence. */
function detailed(view: CompareView, group: RowGroup): Block[] {
  const t = translator();
  if (group.rows.length === 0) return [para(t('common.none'))];
  return group.rows.flatMap((r) => [
    heading(`${r.rank === null ? '' : `${r.rank}. `}${r.id} ${r.text}`, 3),
    para(
      [
        r.section,
        r.pillar,
        t('compare.rowFacts', { weight: r.weight }),
        ...(view.progress ? [r.changeLabel] : []),
        t('compare.rowDifference', { delta: r.deltaText }),
        ...(r.rank === null ? [] : [t('compare.rowWeightedDifference', { weighted: r.weightedText })]),
      ].join(' · '),
      { keepNext: true },
    ),
    table([view.base.label, view.current.label], [[side(r.base), side(r.current)]]),
  ]);
}

/** One side's answer in a cell: the answer, score and gap, the reason, the notes, the evidence with its URL. */
function side(a: SideAnswer): string {
  const t = translator();
  const evidence = (e: EvidenceView) =>
    [
      e.title,
      e.url === null ? '' : ` (${e.url})`,
      e.urlText === null ? '' : ` (${e.urlText})`,
      e.date === null ? '' : `, ${e.date}`,
      e.private ? ` ${t('common.notPublic')}` : '',
    ].join('');
  return [
    a.answerText,
    t('compare.sideScore', { score: a.scoreText, gap: a.gapText }),
    ...(a.naReason === null ? [] : [`${t('report.facts.reasonNotApplicableLabel')} ${a.naReason}`]),
    ...(a.notes === null ? [] : [`${t('common.notesLabel')} ${a.notes}`]),
    ...(a.evidence.length === 0 ? [] : [t('common.evidenceLabel'), ...a.evidence.map(evidence)]),
  ].join('\n');
}

/** Questions added, removed or reworded between the checklist versions. */
export function versionsPart(view: CompareView): Block[] {
  const t = translator();
  const v = view.versions;
  const rows = [...v.added, ...v.removed, ...v.reworded];
  return [
    heading(t('compare.versionsHeading'), 1),
    para(v.sentence),
    ...rows.map((r) => bullet(`${r.id} ${r.text ?? t('compare.versions.textMissing')} – ${r.answered}`)),
  ];
}

/** How the comparison was made. */
export function methodPart(view: CompareView): Block[] {
  const t = translator();
  return [heading(t('common.methodology'), 1), ...view.methodology.map((m) => para(m)), generatedBy(view)];
}
