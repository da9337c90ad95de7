import { Command, CommanderError, Option } from 'commander';
import type { Io } from './model/io.js';
import { EXIT, InputError, InterruptedError, UsageError } from './errors.js';
import { OutputFailedError } from './output/std-output.js';
import { oneLine } from './text/sanitize.js';
import { terminalIo } from './terminal/terminal-output.js';
import { VERSION } from './version.js';
import { catalogs, defaultLanguage, useLanguage } from './i18n/index.js';
import { useSchemas } from './validate/schemas.js';
import { shippedSchemas } from './load/schema-source.js';
import { formatOption, formatsHelp } from './commands/format-option.js';
import { VALIDATE_FORMATS } from './formats/validate-formats.js';
import { SCORE_FORMATS } from './formats/score-formats.js';
import { REPORT_FORMATS } from './formats/report-formats.js';
import { COMPARE_FORMATS } from './formats/compare-formats.js';
import { SHOW_FORMATS } from './formats/show-formats.js';

/** Runs the CLI with the given arguments (without node and script) and io; returns the exit code. */
export async function main(argv: readonly string[], streams: Io): Promise<number> {
  // Everything written to standard output and error goes through the terminal writer, which sanitises it.
  const io = terminalIo(streams);
  let exitCode: number = EXIT.ok;
  const debug = argv.includes('--debug');
  // The language of the messages: English unless OPSC_LANG names another catalog (for translators' testing).
  const language = streams.env.OPSC_LANG ?? defaultLanguage;
  if (!Object.hasOwn(catalogs, language)) {
    io.stderr.write(`opsc-audit: OPSC_LANG: no messages in language "${oneLine(language, 40)}"\n`);
    return EXIT.usage;
  }
  useLanguage(language);
  // Validation reads the shipped schemas through the loader (read and compiled on first use).
  useSchemas(shippedSchemas);
  const program = new Command('opsc-audit')
    .description(
      'Audit the implementation of the UN Special Rapporteur’s recommendations on the sale and sexual exploitation of children.',
    )
    .version(VERSION, '-V, --version', 'print the version')
    .option('--debug', 'print details of internal errors')
    .exitOverride()
    .showHelpAfterError('(run with --help for usage)')
    .configureOutput({
      writeOut: (s) => io.stdout.write(s),
      writeErr: (s) => io.stderr.write(s),
      outputError: (s, write) => {
        write(s.replace(/^error: /, 'opsc-audit: '));
      },
    });
  const run = (fn: () => Promise<number>) => async (): Promise<void> => {
    exitCode = await fn();
  };

  program
    .command('list')
    .description('list the bundled checklists: id, version, questions, title')
    .option('--json', 'print JSON')
    .action((opts: { json?: boolean }) =>
      run(async () => (await import('./commands/list.js')).runList({ json: opts.json === true }, io))(),
    );

  program
    .command('show')
    .description('print a checklist outline, or a printable blank questionnaire')
    .argument('<checklist>', 'bundled checklist id or path')
    .addOption(formatOption(SHOW_FORMATS))
    .addHelpText('after', formatsHelp(SHOW_FORMATS))
    .option('-o, --output <file>', 'write to a file instead of standard output')
    .action((ref: string, opts: { format: string; output?: string }) =>
      run(async () => (await import('./commands/show.js')).runShow(ref, opts, io))(),
    );

  program
    .command('validate')
    .description('check checklist and answers files; file:line:col diagnostics')
    .argument('<file...>', 'files or glob patterns')
    .addOption(formatOption(VALIDATE_FORMATS))
    .addHelpText('after', formatsHelp(VALIDATE_FORMATS))
    .option('--checklist <checklist>', 'check answers files against this checklist (bundled id or path)')
    .option('--strict', 'fail on warnings too')
    .action((files: string[], opts: { format: string; checklist?: string; strict?: boolean }) =>
      run(async () =>
        (await import('./commands/validate.js')).runValidate(
          files,
          { format: opts.format, strict: opts.strict === true, checklist: opts.checklist, version: VERSION },
          io,
        ),
      )(),
    );

  // Further commands register here (one block each).

  program
    .command('compare')
    .description('compare two answers files: progress between two dates, or government vs NGO divergence')
    .argument('<base>', 'the earlier (or reference) answers file')
    .argument('<current>', 'the later (or other respondent’s) answers file')
    .addOption(formatOption(COMPARE_FORMATS))
    .addHelpText('after', formatsHelp(COMPARE_FORMATS))
    .option('-o, --output <file>', 'write to a file instead of standard output')
    .addOption(
      new Option('--mode <mode>', 'kind of comparison (default: chosen from the respondents)').choices([
        'progress',
        'divergence',
      ]),
    )
    .option('--include-private', 'include evidence marked `public: false`')
    .option('--checklist <checklist>', 'compare against this checklist (bundled id or path)')
    .option('--base-checklist <checklist>', 'the checklist version the base file was made against, if older')
    .action(
      (
        base: string,
        current: string,
        opts: {
          format: string;
          output?: string;
          mode?: string;
          includePrivate?: boolean;
          checklist?: string;
          baseChecklist?: string;
        },
      ) => run(async () => (await import('./commands/compare.js')).runCompare(base, current, opts, io))(),
    );

  program
    .command('assess')
    .description('interactive interview; resumes an existing answers file')
    .argument('[checklist]', 'bundled checklist id or path (default: the default bundled checklist)')
    .option('-o, --output <file>', 'answers file to write, or to resume if it exists')
    .action((ref: string | undefined, opts: { output?: string }) =>
      run(async () => (await import('./commands/assess.js')).runAssess(ref, opts, io))(),
    );
  program
    .command('score')
    .description('score an answers file: overall, pillars, themes, coverage and top gaps')
    .argument('<answers>', 'answers file')
    .addOption(formatOption(SCORE_FORMATS))
    .addHelpText('after', formatsHelp(SCORE_FORMATS))
    .option('--fail-under <percent>', 'exit 1 when the overall score is under this percentage')
    .option('--checklist <checklist>', 'score against this checklist (bundled id or path)')
    .action((file: string, opts: { format: string; failUnder?: string; checklist?: string }) =>
      run(async () => (await import('./commands/score.js')).runScore(file, opts, io))(),
    );

  program
    .command('report')
    .description('render a gap-analysis report: Markdown, self-contained HTML, or JSON')
    .argument('<answers>', 'answers file')
    .addOption(formatOption(REPORT_FORMATS))
    .addHelpText('after', formatsHelp(REPORT_FORMATS))
    .option('-o, --output <file>', 'write to a file instead of standard output')
    .option('--template <file>', 'render with your own Handlebars template instead of the bundled one')
    .option('--include-private', 'include evidence marked `public: false`')
    .option('--checklist <checklist>', 'report against this checklist (bundled id or path)')
    .action(
      (
        file: string,
        opts: {
          format: string;
          output?: string;
          template?: string;
          includePrivate?: boolean;
          checklist?: string;
        },
      ) => run(async () => (await import('./commands/report.js')).runReport(file, opts, io))(),
    );

  try {
    await program.parseAsync([...argv], { from: 'user' });
    return exitCode;
  } catch (error) {
    return handleError(error, io, debug);
  }
}

function handleError(error: unknown, io: Io, debug: boolean): number {
  if (error instanceof CommanderError) {
    // Help asked for (--help) exits 0; help shown because no command was given is a usage error.
    return error.exitCode === 0 ? EXIT.ok : EXIT.usage;
  }
  if (error instanceof UsageError || error instanceof InputError) {
    io.stderr.write(`opsc-audit: ${oneLine(error.message, 1000)}\n`);
    return EXIT.usage;
  }
  if (error instanceof OutputFailedError) {
    // Reported by cli.ts once standard output is flushed (a closed pipe quietly).
    return error.quiet ? EXIT.ok : EXIT.usage;
  }
  if (error instanceof InterruptedError) {
    io.stderr.write(`${oneLine(error.message, 1000)}\n`);
    return EXIT.interrupted;
  }
  const message = error instanceof Error ? error.message : String(error);
  io.stderr.write(`opsc-audit: internal error: ${oneLine(message, 500)}; run with --debug for details\n`);
  if (debug && error instanceof Error && error.stack) io.stderr.write(`${error.stack}\n`);
  return EXIT.usage;
}
