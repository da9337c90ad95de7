import type { Finding } from '../model/diagnostic.js';
import type { Question } from '../model/checklist.js';
import { FRAMEWORKS, frameworkEntry, type Framework } from '../model/frameworks.js';
import { translator } from '../i18n/format.js';

type Path = readonly (string | number)[];

/**
 * A question's references to the crosswalk frameworks (`refs.mnr`, `refs.crc-opsc-guidelines`) must name an entry
 * that exists: a capability number from 1 to 21, a section of CRC/C/156 as the crosswalk numbers it. A wrong one
 * would put the question under no row of the report's framework table, silently.
 */
export function frameworkFindings(q: Question, qPath: Path): Finding[] {
  if (!q.refs) return [];
  const t = translator();
  const findings: Finding[] = [];
  for (let f = 0; f < FRAMEWORKS.length; f++) {
    const framework = FRAMEWORKS[f] as Framework;
    const values = q.refs[framework.key];
    if (!values) continue;
    for (let i = 0; i < values.length; i++) {
      const value = values[i] as string | number;
      if (frameworkEntry(framework, value)) continue;
      findings.push({
        code: 'unknown-framework-ref',
        severity: 'error',
        path: [...qPath, 'refs', framework.key, i],
        message: t('validate.unknown-framework-ref', {
          value: String(value),
          key: framework.key,
          valid: framework.entries.map((e) => e.id).join(', '),
        }),
      });
    }
  }
  return findings;
}
