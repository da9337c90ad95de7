// @ts-check
import { builtinModules } from 'node:module';
import js from '@eslint/js';
import tseslint from 'typescript-eslint';

// Layers (ARCHITECTURE): each folder of src/ may import only the folders named here. Core (model, i18n, text,
// parse, score, validate, diagnostics, report, compare, data) is pure: no file system, terminal or process code.
// load reads files, output writes them, answers keeps answers files, open wires load and validate for the
// commands; commands, main.ts and cli.ts wire everything. errors.ts and version.ts may be imported by anyone.
const FOLDERS = [
  'model',
  'i18n',
  'text',
  'parse',
  'score',
  'validate',
  'diagnostics',
  'report',
  'compare',
  'data',
  'translate',
  'terminal',
  'docx',
  'formats',
  'interview',
  'merge',
  'sheets',
  'load',
  'output',
  'answers',
  'open',
  'commands',
];
const BOTTOM = ['model', 'i18n', 'text'];
const CORE = [...BOTTOM, 'parse', 'score', 'validate', 'diagnostics', 'report', 'compare', 'data'];

/** Node built-ins core may not use: all but node:crypto (hashes and nonces are computation, not I/O). */
const IO_MODULES = [
  {
    regex: '^node:(?!crypto$)',
    message: 'core code does no I/O: the command layer passes in what it needs.',
  },
  {
    regex: `^(${builtinModules.filter((m) => m !== 'crypto' && !m.startsWith('_')).join('|')})(/|$)`,
    message: 'core code does no I/O: the command layer passes in what it needs.',
  },
];
/** Node built-ins that read or write files, run programs or reach the machine. */
const FS_MODULES = [
  {
    regex: '^(node:)?(fs|child_process|os|v8|vm|worker_threads|net|http|https)(/|$)',
    message: 'the interview touches no files: the command reads and saves through what it passes in.',
  },
];

/**
 * The rules for the files of one folder: imports (static and dynamic) of any folder not in `allowed`, and of the
 * `modules` given, are errors; with `noProcess`, so is the `process` global.
 */
function layer(folder, allowed, { modules = [], noProcess = false } = {}) {
  const denied = FOLDERS.filter((f) => f !== folder && !allowed.includes(f));
  const folderRegex = `(^|/)(${denied.join('|')})/|(^|/)(main|cli)\\.js$`;
  const message = `layers: src/${folder} may import only ${allowed.length > 0 ? allowed.join(', ') : 'no other folder'} (eslint.config.js).`;
  const patterns = [{ regex: folderRegex, message }, ...modules];
  return {
    files: [`src/${folder}/**/*.ts`],
    rules: {
      'no-restricted-imports': ['error', { patterns }],
      'no-restricted-syntax': [
        'error',
        ...patterns.map((p) => ({
          selector: `ImportExpression[source.value=/${p.regex.replaceAll('/', '\\/')}/]`,
          message: p.message,
        })),
      ],
      ...(noProcess
        ? {
            'no-restricted-globals': [
              'error',
              { name: 'process', message: 'core code gets env, cwd and streams passed in (Io).' },
            ],
          }
        : {}),
    },
  };
}

export default tseslint.config(
  {
    ignores: [
      'dist/**',
      'node_modules/**',
      'coverage/**',
      'src/validate/generated/**',
      '.bench/**',
      '.stryker-tmp/**',
      'reports/**',
    ],
  },
  js.configs.recommended,
  {
    files: ['**/*.js', '**/*.mjs'],
    languageOptions: { globals: { process: 'readonly', console: 'readonly', URL: 'readonly' } },
  },
  ...tseslint.configs.strictTypeChecked.map((c) => ({ ...c, files: ['**/*.ts'] })),
  {
    files: ['**/*.ts'],
    languageOptions: {
      parserOptions: { projectService: true, tsconfigRootDir: import.meta.dirname },
    },
    rules: {
      '@typescript-eslint/restrict-template-expressions': ['error', { allowNumber: true }],
    },
  },
  // model, i18n and text are the bottom of the core: they import only each other.
  ...BOTTOM.map((f) => layer(f, BOTTOM, { modules: IO_MODULES, noProcess: true })),
  // parse (YAML text -> data with positions), score and diagnostics build only on the bottom.
  layer('parse', BOTTOM, { modules: IO_MODULES, noProcess: true }),
  layer('score', BOTTOM, { modules: IO_MODULES, noProcess: true }),
  layer('diagnostics', BOTTOM, { modules: IO_MODULES, noProcess: true }),
  // translate: checklist translation files (their entries, the source hash, stamping, applying one): pure.
  layer('translate', [...BOTTOM, 'parse'], { modules: IO_MODULES, noProcess: true }),
  // validate checks parsed documents; the shipped schemas are passed in (useSchemas), never read here.
  layer('validate', [...BOTTOM, 'parse', 'translate'], { modules: IO_MODULES, noProcess: true }),
  // report builds report views from scores.
  layer('report', [...BOTTOM, 'score'], { modules: IO_MODULES, noProcess: true }),
  // compare builds comparison views: it may use scores, validation and the report's view pieces.
  layer('compare', [...BOTTOM, 'parse', 'score', 'validate', 'report'], {
    modules: IO_MODULES,
    noProcess: true,
  }),
  // data builds the JSON data formats from scores and comparisons: no view code (report), no display matter.
  layer('data', [...BOTTOM, 'score', 'compare'], { modules: IO_MODULES, noProcess: true }),
  // terminal renders core results for a terminal; formats are the output format registries. Both are pure.
  layer('terminal', CORE, { modules: IO_MODULES, noProcess: true }),
  // docx builds Word documents (the docx library's objects) from the report, comparison and questionnaire views.
  layer('docx', [...BOTTOM, 'score', 'report', 'compare'], { modules: IO_MODULES, noProcess: true }),
  // formats may use the CSV writer of sheets and its formula guard (score -f csv), rather than a second one.
  layer('formats', [...CORE, 'terminal', 'docx', 'sheets'], { modules: IO_MODULES, noProcess: true }),
  // The interview asks through a Prompter it is given; it reads and writes no files.
  layer('interview', [...CORE, 'terminal'], { modules: FS_MODULES, noProcess: true }),
  // merge combines answers files (pure); it asks about conflicts through the interview's Prompter.
  layer('merge', [...BOTTOM, 'interview'], { modules: FS_MODULES.concat(IO_MODULES), noProcess: true }),
  // sheets builds exported workbooks as plain data and reads imported cells back into answers: pure, like the
  // interview whose rules (conditions, stamps) an import applies; the spreadsheet library is used in commands only.
  layer('sheets', [...CORE, 'interview'], { modules: IO_MODULES, noProcess: true }),
  // load reads files: it imports neither report nor validate (nor any other layer above it).
  layer('load', [...BOTTOM, 'parse']),
  // output writes files and standard streams.
  layer('output', [...BOTTOM, 'load']),
  // answers keeps answers files (lock, backup, atomic save): it reads and writes, but does not validate.
  layer('answers', [...BOTTOM, 'parse', 'load', 'output']),
  // open is the command layer's readers: it wires load and validate to open a checklist or an answers file.
  layer('open', [...BOTTOM, 'parse', 'load', 'validate', 'answers', 'translate']),
);
