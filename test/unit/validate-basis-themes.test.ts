import { describe, expect, it } from 'vitest';
import type { Category, Checklist, Question } from '../../src/model/checklist.js';
import { BASES, BASIS_WEIGHTS } from '../../src/model/basis.js';
import { checkChecklist } from '../../src/validate/checklist-rules.js';
import { inlineChecklist } from '../helpers/inline-checklist.js';

/** A checklist declaring these themes, with these questions. */
function checklistOf(themes: Category[], questions: Question[]): Checklist {
  return inlineChecklist(questions, { id: 'rules', themes });
}

const question = (id: string, fields: Partial<Question> = {}): Question => ({
  id,
  text: `${id}?`,
  basis: 'practice',
  ...fields,
});

/** Three questions listing `online`, so that a checklist declaring only it passes the theme rule. */
const online = [1, 2, 3].map((i) => question(`ON-${i}`, { themes: ['online'] }));

function findings(themes: Category[], questions: Question[]): string[] {
  return checkChecklist(checklistOf(themes, questions)).map(
    (f) => `${f.severity} ${f.code} at ${f.path.join('/')}: ${f.message}`,
  );
}

describe('weight-outside-basis', () => {
  it.each(BASES)(
    'a weight of a %s is accepted at both ends of its range and refused just outside',
    (basis) => {
      const { min, max } = BASIS_WEIGHTS[basis];
      const refs = { opsc: ['art. 3'] };
      const inRange = [min, max].map((weight, i) => question(`IN-${i}`, { basis, weight, refs }));
      const outside = [min - 1, max + 1]
        .filter((weight) => weight >= 1 && weight <= 5)
        .map((weight, i) => question(`OUT-${i}`, { basis, weight, refs }));
      const article = basis === 'obligation' ? 'an' : 'a';
      expect(
        findings(['online'], [...online, ...inRange, question('NONE', { basis, refs }), ...outside]),
      ).toEqual(
        outside.map(
          (q, i) =>
            `error weight-outside-basis at sections/0/questions/${online.length + 3 + i}/weight: weight ${q.weight} is outside the range of ${article} ${basis} (${min} to ${max})`,
        ),
      );
      expect(outside.length).toBeGreaterThan(0);
    },
  );
});

describe('obligation-without-article', () => {
  it('an obligation needs an OPSC or CRC article in its refs; other instruments and empty lists do not count', () => {
    const obligation = (id: string, refs?: Question['refs']): Question =>
      question(id, { basis: 'obligation', ...(refs ? { refs } : {}) });
    expect(
      findings(
        ['online'],
        [
          ...online,
          obligation('OPSC', { opsc: ['art. 3'] }),
          obligation('CRC', { crc: [34] }),
          obligation('NONE'),
          obligation('SDG', { sdg: ['5.3'] }),
          obligation('BLANK', { opsc: ['  '], crc: [] }),
          question('REC', { basis: 'recommendation' }),
        ],
      ),
    ).toEqual(
      [5, 6, 7].map(
        (i) =>
          `error obligation-without-article at sections/0/questions/${i}/basis: ${['NONE', 'SDG', 'BLANK'][i - 5]} is an obligation, but its "refs" name no article of the Optional Protocol ("opsc") or the Convention ("crc")`,
      ),
    );
  });
});

describe('all-themes', () => {
  it('warns on a question that lists every theme of a checklist that declares two or more', () => {
    const travel = [1, 2, 3].map((i) => question(`TR-${i}`, { themes: ['travel'] }));
    expect(
      findings(
        ['online', { id: 'travel', label: 'Travel and tourism' }],
        [...online, ...travel, question('BOTH', { themes: ['travel', 'online'] }), question('NONE')],
      ),
    ).toEqual([
      'warning all-themes at sections/0/questions/6/themes: BOTH lists every theme of the checklist; a measure that serves every form of exploitation is cross-cutting and should list no theme',
    ]);
  });

  it('says nothing when the checklist declares one theme, even on a question that lists it', () => {
    expect(findings(['online'], online)).toEqual([]);
  });
});

describe('theme-too-few-questions', () => {
  it('needs three questions per declared theme, counts only declared themes, and reports a theme declared twice once', () => {
    expect(
      findings(
        ['online', 'travel', 'marriage', 'online'],
        [
          ...online,
          question('TR-1', { themes: ['travel', 'marriage'] }),
          question('TR-2', { themes: ['travel'] }),
          question('OTHER', { themes: ['sale'] }),
        ],
      ),
    ).toEqual([
      'error duplicate-id at themes/3: theme "online" is declared twice',
      'error unknown-theme at sections/0/questions/5/themes/0: theme "sale" is not declared under "themes"',
      'error theme-too-few-questions at themes/1: theme "travel" is listed by 2 questions; a theme needs at least 3 questions that address it specifically',
      'error theme-too-few-questions at themes/2: theme "marriage" is listed by 1 question; a theme needs at least 3 questions that address it specifically',
    ]);
  });
});
