import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parse } from 'yaml';

/** Every kind of terminal control an input file might carry; `residue` is what must not leak as text. */
export const CONTROLS: { kind: string; text: string; residue?: string; visible?: string }[] = [
  { kind: 'C0 (NUL, BEL, BS, CR, VT, FF, DEL)', text: '\u0000\u0007\u0008\r\u000b\u000c\u007f' },
  {
    kind: 'C1, 7-bit (IND, NEL, RI, RIS, DECSC, G0 charset)',
    text: '\u001bD\u001bE\u001bM\u001bc\u001b7\u001b(0',
  },
  { kind: 'C1, 8-bit (U+0080-U+009F)', text: '\u0080\u0084\u0085\u008d\u0093\u009a' },
  { kind: 'CSI SGR', text: '\u001b[38;5;199m\u001b[1m', residue: '38;5;199' },
  { kind: 'CSI delete lines, erase screen', text: '\u001b[9999M\u001b[9998J', residue: '999[89]' },
  { kind: 'CSI, 8-bit', text: '\u009b8888J', residue: '8888' },
  { kind: 'OSC 0 (window title)', text: '\u001b]0;pwned-title\u0007', residue: 'pwned-title' },
  {
    kind: 'OSC 8 (hyperlink)',
    text: '\u001b]8;;https://evil.example/\u001b\\link\u001b]8;;\u001b\\',
    residue: 'evil.example',
    visible: 'link',
  },
  { kind: 'OSC 52 (clipboard write)', text: '\u001b]52;c;cm0gLXJmIH4K\u0007', residue: 'cm0gLXJmIH4K' },
  { kind: 'OSC 52, 8-bit', text: '\u009d52;c;b3NjOGJpdA\u009c', residue: 'b3NjOGJpdA' },
  { kind: 'DCS', text: '\u001bP1$qmDCS-PAYLOAD\u001b\\\u0090DCS8-PAYLOAD\u009c', residue: 'PAYLOAD' },
  { kind: 'APC', text: '\u001b_APC-PAYLOAD\u001b\\\u009fAPC8-PAYLOAD\u009c', residue: 'PAYLOAD' },
  { kind: 'PM', text: '\u001b^PM-PAYLOAD\u001b\\\u009ePM8-PAYLOAD\u009c', residue: 'PAYLOAD' },
  { kind: 'SOS', text: '\u001bXSOS-PAYLOAD\u001b\\\u0098SOS8-PAYLOAD\u009c', residue: 'PAYLOAD' },
  {
    kind: 'bidi embeddings, overrides, isolates',
    text: '\u202a\u202b\u202c\u202d\u202e\u2066\u2067\u2068\u2069',
  },
];

/** All of them in one string, each between middle dots so that their removal leaves the dots side by side. */
export const HOSTILE = `·${CONTROLS.map((c) => c.text).join('·')}·`;

/** A few of them, short enough for fields with a length limit. */
export const SHORT = '\u001b]52;c;cm0gLXJmIH4K\u0007\u009b8888J\u202e\u0008';

/** What is left of HOSTILE once every control sequence is removed whole. */
export const SAFE = `·${CONTROLS.map((c) => c.visible ?? '').join('·')}·`;

/** Characters that must never reach the output: ESC and every other C0 but tab and newline, DEL, C1, bidi controls. */
// eslint-disable-next-line no-control-regex -- finding control characters is the point
export const FORBIDDEN = /[\u0000-\u0008\u000b-\u001f\u007f-\u009f\u202a-\u202e\u2066-\u2069]/;

/** Text that shows a control sequence was only partly removed. */
export const RESIDUE = new RegExp(
  CONTROLS.flatMap((c) => (c.residue ? [c.residue.replace(/[.$]/g, '\\$&')] : [])).join('|'),
  'i',
);

/** YAML double-quoted scalars take \u escapes; JSON leaves C1 and bidi controls raw, so escape them too. */
function toYaml(value: unknown): string {
  return JSON.stringify(value, null, 2).replace(
    /[\u0080-\u009f\u202a-\u202e\u2066-\u2069]/g,
    (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`,
  );
}

type Node = Record<string, unknown>;
const list = (node: unknown): Node[] => (Array.isArray(node) ? (node as Node[]) : []);
const spoil = (node: Node | undefined, key: string): void => {
  if (node && typeof node[key] === 'string') node[key] = `${node[key]}${HOSTILE}`;
};

/** Hostile files in a fresh folder: a checklist, answers, a second answers file and an invalid one. */
export interface HostileFiles {
  dir: string;
  checklist: string;
  answers: string;
  other: string;
  invalid: string;
  /** The invalid answers again, under a file name that carries control sequences itself. */
  invalidName: string;
}

/**
 * Writes the report fixture checklist with every user-visible string (title, description, source titles, scale,
 * band, pillar, theme and actor labels, section titles and descriptions, question text, guidance, evidence
 * prompt, action, option and threshold labels) ending in every kind of control sequence, and answers
 * whose country, organisation, notes, evidence titles, text answers and reasons do the same.
 */
export function writeHostileFiles(): HostileFiles {
  const dir = mkdtempSync(join(tmpdir(), 'hostile-terminal-'));
  const root = join(import.meta.dirname, '..', 'fixtures', 'reports');
  const checklist = parse(readFileSync(join(root, 'checklist.yaml'), 'utf8')) as Node;
  checklist.id = 'hostile-terminal';
  spoil(checklist, 'title');
  spoil(checklist, 'description');
  for (const group of ['sources', 'scale', 'bands', 'pillars', 'themes', 'actors'])
    for (const item of list(checklist[group])) for (const key of ['title', 'label']) spoil(item, key);
  for (const section of list(checklist.sections)) {
    spoil(section, 'title');
    spoil(section, 'description');
    for (const q of list(section.questions)) {
      for (const key of ['text', 'guidance', 'evidence', 'action']) spoil(q, key);
      for (const item of [...list(q.options), ...list(q.thresholds)]) spoil(item, 'label');
    }
  }
  const answers = {
    format: 'opsc-audit/answers@1',
    checklist: { id: 'hostile-terminal', version: checklist.version },
    // No date: a resumed interview asks the respondent again, showing country and organisation as defaults.
    respondent: { country: `Examplia${HOSTILE}`, organization: `Ministry${HOSTILE}`, role: 'ngo' },
    answers: {
      'PRV-LAW-01': {
        level: 'none',
        notes: `Civil code${HOSTILE}`,
        evidence: [{ title: `Civil Code art. 14${HOSTILE}`, url: 'https://example.org/' }],
      },
      'PRV-TOU-01': { value: 'none', notes: `Hotels${HOSTILE}` },
      'PRV-TOU-02': { value: `Coastal resorts${HOSTILE}` },
      'PRO-HLP-01': { value: false },
      'REH-CAR-02': { na: { reason: `Assessed separately${HOSTILE}` } },
    },
  };
  const other = structuredClone(answers);
  Object.assign(other.respondent, { role: 'government', date: '2026-01-01' });
  other.answers['PRV-LAW-01'].level = 'established';
  const invalid = structuredClone(answers);
  Object.assign(invalid.answers['PRV-LAW-01'], { level: `nope${SHORT}` });
  const files = {
    dir,
    checklist: join(dir, 'checklist.yaml'),
    answers: join(dir, 'answers.yaml'),
    other: join(dir, 'other.yaml'),
    invalid: join(dir, 'invalid.yaml'),
    invalidName: join(dir, `invalid-${SHORT}.yaml`),
  };
  writeFileSync(files.checklist, toYaml(checklist));
  writeFileSync(files.answers, toYaml(answers));
  writeFileSync(files.other, toYaml(other));
  writeFileSync(files.invalid, toYaml(invalid));
  writeFileSync(files.invalidName, toYaml(invalid));
  return files;
}
