import type { Finding } from '../model/diagnostic.js';
import type { Question } from '../model/checklist.js';
import { BASIS_WEIGHTS, type Basis } from '../model/basis.js';
import type { MessageKey } from '../i18n/en.js';
import { translator } from '../i18n/format.js';

type Path = readonly (string | number)[];

/** The instruments whose articles make a question an obligation: the Optional Protocol and the Convention. */
const BINDING_INSTRUMENTS = ['opsc', 'crc'] as const;

/** The message of a weight outside each basis's range: each names its basis with its own article. */
const RANGE_MESSAGES: Readonly<Record<Basis, MessageKey>> = {
  obligation: 'validate.weight-outside-basis.obligation',
  recommendation: 'validate.weight-outside-basis.recommendation',
  practice: 'validate.weight-outside-basis.practice',
};

/**
 * A question's basis against its weight and refs: an `obligation` must cite an OPSC or CRC article in `refs`
 * (`obligation-without-article`), and a weight must lie in its basis's range (`weight-outside-basis`). A question
 * without a weight takes the lowest of its range, so only a weight that is written can be outside it.
 */
export function basisFindings(q: Question, qPath: Path): Finding[] {
  const t = translator();
  const findings: Finding[] = [];
  if (q.basis === 'obligation' && !citesArticle(q)) {
    findings.push({
      code: 'obligation-without-article',
      severity: 'error',
      path: [...qPath, 'basis'],
      message: t('validate.obligation-without-article', { id: q.id }),
    });
  }
  const range = BASIS_WEIGHTS[q.basis];
  if (q.weight !== undefined && (q.weight < range.min || q.weight > range.max)) {
    const params = { weight: q.weight, min: range.min, max: range.max };
    findings.push({
      code: 'weight-outside-basis',
      severity: 'error',
      path: [...qPath, 'weight'],
      message: t(RANGE_MESSAGES[q.basis], params),
    });
  }
  return findings;
}

/** Whether the question's refs name at least one article of the Optional Protocol or the Convention. */
function citesArticle(q: Question): boolean {
  return BINDING_INSTRUMENTS.some((instrument) =>
    (q.refs?.[instrument] ?? []).some((article) => String(article).trim() !== ''),
  );
}
