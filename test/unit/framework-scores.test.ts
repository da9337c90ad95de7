import { describe, expect, it } from 'vitest';
import { indexChecklist, type Question } from '../../src/model/checklist.js';
import { scoreAnswers } from '../../src/score/score-answers.js';
import { buildFrameworkViews } from '../../src/report/view-frameworks.js';
import { describeRefs } from '../../src/report/view-citations.js';
import { translator } from '../../src/i18n/format.js';
import { inlineChecklist } from '../helpers/inline-checklist.js';

const q = (id: string, refs: Question['refs']): Question => ({ id, text: `${id}?`, basis: 'practice', refs });

const checklist = inlineChecklist(
  [
    q('Q-1', { mnr: [4], 'crc-opsc-guidelines': ['V'] }),
    q('Q-2', { mnr: ['4', 11], 'crc-opsc-guidelines': ['VIII'] }),
    q('Q-3', { mnr: [11] }),
    q('Q-4', { opsc: ['art. 3'] }),
  ],
  { themes: [] },
);

describe('scores by crosswalk framework (WeProtect MNR capability, CRC/C/156 section)', () => {
  // Computed inside each test, so that mutation testing can tell which tests cover the scoring code.
  const answered = () =>
    scoreAnswers(indexChecklist(checklist), {
      'Q-1': { level: 'full' },
      'Q-2': { level: 'none' },
      'Q-3': { level: 'full' },
    });

  it('scores each mapped entry over the questions naming it, once each however it is written', () => {
    const card = answered();
    const mnr = card.frameworks.find((f) => f.key === 'mnr');
    expect(mnr?.entries.map((e) => [e.id, e.label, e.percent, e.counts.total])).toEqual([
      ['4', 'Dedicated law enforcement', 50, 2],
      ['11', 'Child helpline', 50, 2],
    ]);
    expect(mnr?.unmapped).toHaveLength(19);
    const crc = card.frameworks.find((f) => f.key === 'crc-opsc-guidelines');
    expect(crc?.entries.map((e) => [e.id, e.percent])).toEqual([
      ['V', 100],
      ['VIII', 0],
    ]);
  });

  it('leaves out a framework no question maps to', () => {
    const plain = scoreAnswers(indexChecklist(inlineChecklist([q('Q-1', { crc: ['art. 34'] })])), {});
    expect(plain.frameworks).toEqual([]);
  });

  it('the report names each row by number and name, and says which entries no question covers', () => {
    const views = buildFrameworkViews(answered(), translator());
    expect(views.map((v) => v.heading)).toEqual(['MNR capability', 'CRC/C/156 section']);
    expect(views[0]?.rows.map((r) => `${r.label} ${r.percentText}`)).toEqual([
      '4 Dedicated law enforcement 50%',
      '11 Child helpline 50%',
    ]);
    expect(views[0]?.unmapped).toMatch(/^No question of this checklist maps to 1 Leadership, 2 Research/);
    expect(views[0]?.unmapped).toMatch(/and 21 Universal terminology\.$/);
  });

  it('a question’s references name the frameworks in words', () => {
    expect(
      describeRefs({ 'crc-opsc-guidelines': ['V'], mnr: [4, 11], opsc: ['art. 3'] }, translator()),
    ).toEqual([
      { instrument: 'Optional Protocol (OPSC)', items: 'art. 3' },
      { instrument: 'WeProtect Model National Response (capability)', items: '4, 11' },
      { instrument: 'CRC/C/156 (section)', items: 'V' },
    ]);
  });
});
