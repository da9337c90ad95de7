// Synthetic, schema-valid checklists and answers files of any size, for the benchmark.
import { stringify } from 'yaml';

const LEVELS = ['none', 'paper', 'pilot', 'partial', 'established'];
const THEMES = ['child_marriage', 'prostitution', 'travel_tourism', 'online'];
const PILLARS = ['prevention', 'protection', 'rehabilitation'];
const ACTORS = ['government', 'parliament', 'social_services', 'law_enforcement', 'civil_society'];
const PER_SECTION = 25;

/** A checklist of `n` questions: every tenth a yes/no with a follow-up condition, titles in en and fr, all three bases. */
export function makeChecklist(n) {
  const sections = [];
  for (let i = 0; i < n; i++) {
    const s = Math.floor(i / PER_SECTION);
    if (!sections[s]) {
      sections[s] = {
        id: `section-${s + 1}`,
        pillar: PILLARS[s % PILLARS.length],
        title: { en: `Section ${s + 1}`, fr: `Section ${s + 1} (fr)` },
        questions: [],
      };
    }
    const id = questionId(i);
    const weight = 1 + (i % 5);
    const question = {
      id,
      text: {
        en: `Is measure number ${i + 1} in place across the country?`,
        fr: `La mesure ${i + 1} est-elle en place ?`,
      },
      guidance: {
        en: `**What this means.** Measure ${i + 1} is described in the source.\n\n- **Not in place:** nothing.\n- **Established:** nationwide, funded and monitored.\n`,
        fr: `**Ce que cela signifie.** Mesure ${i + 1}.\n`,
      },
      weight,
      basis: basisFor(weight),
      themes: [THEMES[i % THEMES.length]],
      actors: [ACTORS[i % ACTORS.length]],
      sources: [{ source: 'SYN/1', para: `${1 + (i % 400)}(a)` }],
      refs: { opsc: ['art. 9'], sdg: ['16.2'] },
      evidence: { en: 'Which law, budget or report shows it?', fr: 'Quelle loi ou quel budget le montre ?' },
      action: { en: `Put measure ${i + 1} in place nationwide.`, fr: `Mettre en place la mesure ${i + 1}.` },
    };
    if (i % 10 === 0) question.kind = 'yesno';
    if (i % 10 === 1) question.when = { question: questionId(i - 1), equals: true };
    sections[s].questions.push(question);
  }
  return {
    format: 'opsc-audit/checklist@1',
    id: `synthetic-${n}`,
    version: '1.0.0',
    title: { en: `Synthetic checklist of ${n} questions`, fr: `Liste synthétique de ${n} questions` },
    language: 'en',
    description: { en: 'Generated for the benchmark.', fr: 'Générée pour le banc d’essai.' },
    sources: [
      {
        id: 'SYN/1',
        title: { en: 'Synthetic source', fr: 'Source synthétique' },
        date: '2022-01-10',
        url: 'https://example.org/syn',
        paragraphs: 400,
      },
    ],
    scale: LEVELS.map((key, value) => ({ key, value, label: { en: key, fr: `${key} (fr)` } })),
    bands: [
      { min: 0, label: { en: 'Initial', fr: 'Initial' } },
      { min: 40, label: { en: 'Developing', fr: 'En cours' } },
      { min: 70, label: { en: 'Substantial', fr: 'Substantiel' } },
    ],
    pillars: PILLARS,
    themes: THEMES,
    actors: ACTORS,
    sections,
  };
}

/** Answers to every question of makeChecklist(n): levels, yes/no, N/A, don't know, notes and evidence. */
export function makeAnswers(
  n,
  { digest, seed = 1, organization = 'Synthetic Ministry', role = 'government', date = '2026-11-22' } = {},
) {
  const answers = {};
  for (let i = 0; i < n; i++) {
    const r = (i * 7 + seed * 13) % 17;
    const answered = '2026-11-22T10:15:00Z';
    let answer;
    if (i % 10 === 0) answer = { value: r % 3 !== 0 };
    else if (r === 5) answer = { na: { reason: 'Does not apply in this country.' } };
    else if (r === 6) answer = { unknown: true };
    else answer = { level: LEVELS[r % LEVELS.length] };
    answer.notes = `Notes on measure ${i + 1}.`;
    answer.evidence = [
      {
        title: `Report ${i + 1}`,
        url: 'https://example.org/report',
        date: '2025-01-01',
        public: i % 4 !== 0,
      },
    ];
    answer.answered = answered;
    answers[questionId(i)] = answer;
  }
  return {
    format: 'opsc-audit/answers@1',
    checklist: { id: `synthetic-${n}`, version: '1.0.0', ...(digest ? { digest } : {}) },
    respondent: { country: 'Syntheria', organization, role, date },
    answers,
  };
}

/** The basis a weight falls in (model/basis.ts): 5 an obligation (its refs cite the OPSC), 3-4 a recommendation. */
function basisFor(weight) {
  if (weight >= 5) return 'obligation';
  return weight >= 3 ? 'recommendation' : 'practice';
}

function questionId(i) {
  return `SYN-Q-${String(i + 1).padStart(5, '0')}`;
}

/**
 * A copy of a checklist with one error: the fourth question of the middle section gets the weight "heavy" (a
 * string where the schema wants an integer). The error is alone: nothing else refers to a question's weight.
 */
export function withOneError(checklist) {
  const bad = JSON.parse(JSON.stringify(checklist));
  bad.sections[Math.floor(bad.sections.length / 2)].questions[3].weight = ONE_ERROR_WEIGHT;
  return bad;
}

/** The wrong weight withOneError writes: find it in the YAML text for the line the error must be reported at. */
export const ONE_ERROR_WEIGHT = 'heavy';

/** YAML text of a document. */
export function toYaml(doc) {
  return stringify(doc, { lineWidth: 0, aliasDuplicateObjects: false });
}
