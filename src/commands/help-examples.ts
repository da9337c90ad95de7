import { Help } from 'commander';
import type { MessageKey } from '../i18n/en.js';
import type { Translate } from '../i18n/format.js';
import { EXIT } from '../errors.js';

/** One example of a command: what it does (a catalog key) and the words typed after the program's name. */
export interface HelpExample {
  readonly does: MessageKey;
  readonly args: readonly string[];
}

// Command lines are code, not English: each is a list of the words typed, joined with spaces when shown.
const ANSWERS = 'kenya-2026.yaml';
const CHECKLIST = 'sr-practical-approach-2022';

/** The examples each command's --help shows, by command name (commands added later get theirs here). */
export const HELP_EXAMPLES: Readonly<Record<string, readonly HelpExample[]>> = {
  list: [
    { does: 'cli.example.list', args: ['list'] },
    { does: 'cli.example.listJson', args: ['list', '--json'] },
  ],
  show: [
    { does: 'cli.example.showOutline', args: ['show', CHECKLIST] },
    { does: 'cli.example.showPdf', args: ['show', CHECKLIST, '-f', 'pdf', '-o', 'questionnaire.pdf'] },
    { does: 'cli.example.showDocx', args: ['show', CHECKLIST, '-f', 'docx', '-o', 'questionnaire.docx'] },
  ],
  translate: [
    {
      does: 'cli.example.translate',
      args: ['translate', 'checklists/sr-practical-approach-2022.yaml', '--lang', 'fr'],
    },
  ],
  validate: [
    { does: 'cli.example.validateChecklists', args: ['validate', '"checklists/*.yaml"'] },
    { does: 'cli.example.validateAnswers', args: ['validate', ANSWERS] },
    { does: 'cli.example.validateAgainst', args: ['validate', ANSWERS, '--checklist', 'my-list.yaml'] },
    {
      does: 'cli.example.validateGithub',
      args: ['validate', '--strict', '-f', 'github', '"checklists/*.yaml"'],
    },
  ],
  assess: [
    { does: 'cli.example.assess', args: ['assess'] },
    { does: 'cli.example.assessFile', args: ['assess', '-o', ANSWERS] },
    { does: 'cli.example.assessOwn', args: ['assess', './my-list.yaml', '-o', 'answers.yaml'] },
  ],
  score: [
    { does: 'cli.example.score', args: ['score', ANSWERS] },
    { does: 'cli.example.scoreFailUnder', args: ['score', ANSWERS, '--fail-under', '50'] },
    { does: 'cli.example.scoreJson', args: ['score', ANSWERS, '-f', 'json'] },
    { does: 'cli.example.scoreMany', args: ['score', '"countries/*.yaml"', '--sort', 'overall'] },
    { does: 'cli.example.scoreCsv', args: ['score', '"countries/*.yaml"', '-f', 'csv', '>', 'scores.csv'] },
  ],
  report: [
    { does: 'cli.example.reportHtml', args: ['report', ANSWERS, '-f', 'html', '-o', 'kenya-brief.html'] },
    {
      does: 'cli.example.reportPdf',
      args: ['report', ANSWERS, '--detail', 'full', '-f', 'pdf', '-o', 'kenya.pdf'],
    },
    { does: 'cli.example.reportDocx', args: ['report', ANSWERS, '-f', 'docx', '-o', 'kenya.docx'] },
    {
      does: 'cli.example.reportFolder',
      args: ['report', '"countries/*.yaml"', '-f', 'html', '-o', 'reports/'],
    },
  ],
  compare: [
    {
      does: 'cli.example.compareProgress',
      args: ['compare', 'kenya-2024.yaml', ANSWERS, '-o', 'progress.md'],
    },
    {
      does: 'cli.example.compareDivergence',
      args: ['compare', 'government.yaml', 'ngo.yaml', '-f', 'html', '-o', 'views.html'],
    },
    {
      does: 'cli.example.compareFolder',
      args: ['compare', '2024.yaml', '2025.yaml', '2026.yaml', '-o', 'progress/'],
    },
  ],
  merge: [
    {
      does: 'cli.example.merge',
      args: ['merge', 'justice.yaml', 'health.yaml', 'interior.yaml', '-o', 'merged.yaml'],
    },
    {
      does: 'cli.example.mergeLatest',
      args: ['merge', 'a.yaml', 'b.yaml', '-o', 'merged.yaml', '--prefer', 'latest'],
    },
  ],
  export: [
    {
      does: 'cli.example.exportChecklist',
      args: ['export', CHECKLIST, '-f', 'xlsx', '-o', 'questions.xlsx'],
    },
    {
      does: 'cli.example.exportActor',
      args: ['export', CHECKLIST, '--actor', 'health', '-o', 'health.xlsx'],
    },
    { does: 'cli.example.exportAnswers', args: ['export', ANSWERS, '-f', 'xlsx', '-o', 'review.xlsx'] },
    { does: 'cli.example.exportCsv', args: ['export', CHECKLIST, '-f', 'csv', '-o', 'questions.csv'] },
  ],
  import: [
    { does: 'cli.example.importXlsx', args: ['import', 'health.xlsx', '-o', 'health.yaml'] },
    { does: 'cli.example.importCsv', args: ['import', 'questions.csv', '-o', 'answers.yaml'] },
  ],
};

/** The exit codes every command may end with, as the README's "Exit codes" lists them. */
const EXIT_CODES: readonly { readonly code: number; readonly means: MessageKey }[] = [
  { code: EXIT.ok, means: 'cli.help.exitOk' },
  { code: EXIT.problems, means: 'cli.help.exitProblems' },
  { code: EXIT.usage, means: 'cli.help.exitUsage' },
  { code: EXIT.interrupted, means: 'cli.help.exitInterrupted' },
];

/** The "Examples:" text shown after a command's help, naming the program as `program`; empty if it has none. */
export function examplesHelp(command: string, program: string, t: Translate, width = 80): string {
  const examples = Object.hasOwn(HELP_EXAMPLES, command) ? HELP_EXAMPLES[command] : undefined;
  if (!examples || examples.length === 0) return '';
  const help = new Help();
  const lines = examples.flatMap(({ does, args }) => [
    indent(help.boxWrap(t(does), width - 2), '  '),
    `    ${[program, ...args].join(' ')}`,
  ]);
  // Commander ends each added text with a line break of its own.
  return `\n${t('cli.help.examples')}\n${lines.join('\n')}`;
}

/** The "Exit codes:" text shown after the program's help, one code a line, then where the examples are. */
export function exitCodesHelp(program: string, t: Translate, width = 80): string {
  const help = new Help();
  help.helpWidth = width;
  const termWidth = Math.max(...EXIT_CODES.map(({ code }) => String(code).length));
  const lines = EXIT_CODES.map(({ code, means }) => help.formatItem(String(code), termWidth, t(means), help));
  const more = help.boxWrap(t('cli.help.moreExamples', { example: `${program} assess --help` }), width);
  return `\n${t('cli.help.exitCodes')}\n${lines.join('\n')}\n\n${more}`;
}

function indent(text: string, by: string): string {
  return text.replace(/^/gm, by);
}
