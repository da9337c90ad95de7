import { join } from 'node:path';
import { parseBases } from '../../src/commands/report.js';
import { requireAnswers } from '../../src/commands/require-answers.js';
import { buildReportView } from '../../src/report/build-report-view.js';
import type { ReportDetail } from '../../src/report/report-detail.js';
import type { ReportView } from '../../src/report/view-types.js';
import { scoreAnswers } from '../../src/score/score-answers.js';
import { fakeIo } from './io.js';

const root = join(import.meta.dirname, '..', '..');

/**
 * The view model `report` renders, built in-process as the command builds it (`-f json` prints data, not this):
 * `args` as typed after `report` (answers file, `--checklist`, `--basis`, `--include-private`), full detail unless
 * `detail` says otherwise.
 */
export async function reportViewOf(
  args: readonly string[],
  detail: ReportDetail = 'full',
): Promise<ReportView> {
  const value = (flag: string): string | undefined => {
    const i = args.indexOf(flag);
    return i >= 0 ? args[i + 1] : undefined;
  };
  const basis = value('--basis');
  const loaded = await requireAnswers(args[0] ?? '', value('--checklist'), fakeIo(root));
  const card = scoreAnswers(loaded.index, loaded.answers.answers);
  return buildReportView(loaded.index, loaded.answers, card, {
    includePrivate: args.includes('--include-private'),
    generator: 'opsc-audit test',
    warnings: loaded.warnings.map((w) => w.message),
    basis: basis === undefined ? undefined : parseBases(basis),
    detail,
  });
}
