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
import { bullet, document, heading, labelled, para, table, title, type Block } from './docx-parts.js';

/** A comparison (progress or divergence) as an editable Word document. */
export function compareDocument(view: CompareView): Document {
  return document({
    title: view.title,
    description: `${view.base.line} / ${view.current.line}`,
    lang: view.lang,
    body: [
      ...coverPart(view),
      ...scoresPart(view),
      ...progressPart(view),
      ...divergencePart(view),
      ...versionsPart(view),
      ...methodPart(view),
    ],
  });
}

/** The title, the two sides, the kind of comparison and the summary sentences. */
export function coverPart(view: CompareView): Block[] {
  const t = translator();
  const side = (s: SideView) => labelled(`${s.label}:`, s.line);
  return [
    title(view.title),
    labelled(
      t('common.checklist'),
      `${view.checklist.title} (${t('common.checklistVersion', { id: view.checklist.id, version: view.checklist.version })})`,
    ),
    side(view.base),
    side(view.current),
    labelled(t('compare.kind'), view.modeReason),
    heading(t('compare.atAGlance'), 1),
    ...view.summary.map((s) => bullet(s)),
    ...view.warnings.map((w) => para(w)),
  ];
}

/** Both sides' scores and the change: overall and pillars, themes, sections. */
export function scoresPart(view: CompareView): Block[] {
  const t = translator();
  const headers = [
    t('common.group'),
    view.base.label,
    view.current.label,
    t('compare.change'),
    t('compare.coverageBoth'),
  ];
  const rows = (list: readonly DeltaRow[]) =>
    list.map((d) => [
      d.label,
      d.baseText,
      d.currentText,
      d.deltaText,
      `${d.baseCoverageText} / ${d.currentCoverageText}`,
    ]);
  return [
    heading(t('common.scores'), 1),
    heading(t('common.scoresByPillar'), 2),
    table(headers, rows([view.overall, ...view.pillars])),
    heading(t('common.scoresByTheme'), 2),
    table(headers, rows(view.themes)),
    heading(t('common.section'), 2),
    table(headers, rows(view.sections)),
  ];
}

/** Progress: each kind of change, then the gaps closed and opened. */
export function progressPart(view: CompareView): Block[] {
  const t = translator();
  const p = view.progress;
  if (!p) return [];
  return [
    heading(t('compare.changesHeading'), 1),
    para(p.coverage.sentence),
    ...p.groups.flatMap((g) => groupBlocks(view, g)),
    heading(t('compare.gapsHeading'), 1),
    ...[p.gapsClosed, p.gapsOpened].flatMap((g) => groupBlocks(view, g)),
  ];
}

/** Divergence: the agreement rates, the differences ranked, and the questions answered by one side. */
export function divergencePart(view: CompareView): Block[] {
  const t = translator();
  const d = view.divergence;
  if (!d) return [];
  const agreement = [d.agreement.overall, ...d.agreement.pillars];
  return [
    heading(t('compare.agreement'), 1),
    table(
      [t('common.group'), t('compare.agreement'), t('common.questions')],
      agreement.map((a) => [a.label, a.percentText, a.detail]),
    ),
    heading(t('compare.differencesHeading'), 1),
    ...groupBlocks(view, d.differences),
    heading(t('compare.oneSidedHeading'), 1),
    ...groupBlocks(view, d.oneSided),
    ...groupBlocks(view, d.agreed),
  ];
}

/** One group of questions: a Heading 2, its description, and a table of both answers. */
function groupBlocks(view: CompareView, group: RowGroup): Block[] {
  const t = translator();
  if (group.count === 0) return [];
  const answer = (a: SideAnswer) =>
    [`${a.statusLabel}: ${a.answerText}`, a.naReason, a.notes]
      .filter((x): x is string => x !== null)
      .join('\n');
  const rows = group.rows.map((r: CompareRow) => [
    `${r.id} ${r.text}`,
    answer(r.base),
    answer(r.current),
    r.changeLabel === '' ? r.deltaText : `${r.changeLabel} (${r.deltaText})`,
  ]);
  return [
    heading(group.title, 2),
    para(group.description),
    table(
      [t('compare.question'), view.base.label, view.current.label, t('compare.difference')],
      rows,
      [34, 26, 26, 14],
    ),
  ];
}

/** Questions added, removed or reworded between the checklist versions. */
export function versionsPart(view: CompareView): Block[] {
  const t = translator();
  const v = view.versions;
  const rows = [...v.added, ...v.removed, ...v.reworded];
  return [
    heading(t('compare.versionsHeading'), 1),
    para(v.sentence),
    ...(v.inferredNote === null ? [] : [para(v.inferredNote)]),
    ...rows.map((r) => bullet(`${r.id} ${r.text ?? t('compare.versions.textMissing')} – ${r.answered}`)),
  ];
}

/** How the comparison was made. */
export function methodPart(view: CompareView): Block[] {
  const t = translator();
  return [
    heading(t('common.methodology'), 1),
    ...view.methodology.map((m) => para(m)),
    para(
      t('layout.generatedBy', {
        generator: view.generator,
        id: view.checklist.id,
        version: view.checklist.version,
        digest: view.checklist.digest,
      }),
    ),
  ];
}
