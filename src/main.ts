import { BASES } from './model/basis.js';
import { Command, CommanderError, Option } from 'commander';
import type { Io } from './model/io.js';
import { EXIT } from './errors.js';
import { reportRunError } from './commands/run-error.js';
import { oneLine } from './text/sanitize.js';
import { terminalIo } from './terminal/terminal-output.js';
import { VERSION } from './version.js';
import { cliName, languages as toolLanguages } from './i18n/index.js';
import { chooseRunLanguage, useRunLanguage } from './commands/run-language.js';
import { useSchemas } from './validate/schemas.js';
import { shippedSchemas } from './load/schema-source.js';
import { translator } from './i18n/format.js';
import { helpWords } from './commands/help-words.js';
import { examplesHelp, exitCodesHelp } from './commands/help-examples.js';
import { sayParseError } from './commands/parse-errors.js';
import { formatOption, formatsHelp, paperOption } from './commands/format-option.js';
import { VALIDATE_FORMATS } from './formats/validate-formats.js';
import { SCORE_FORMATS } from './formats/score-formats.js';
import { REPORT_FORMATS } from './formats/report-formats.js';
import { REPORT_DETAILS } from './report/report-detail.js';
import { COMPARE_FORMATS } from './formats/compare-formats.js';
import { SHOW_FORMATS } from './formats/show-formats.js';
import { EXPORT_FORMATS } from './formats/export-formats.js';

/** Runs the CLI with the given arguments (without node and script) and io; returns the exit code. */
export async function main(argv: readonly string[], streams: Io): Promise<number> {
  // Everything written to standard output and error goes through the terminal writer, which sanitises it.
  const io = terminalIo(streams);
  let exitCode: number = EXIT.ok;
  const debug = argv.includes('--debug');
  // The language of the messages and reports: --lang, OPSC_LANG, the locale, English (i18n/choose-language.ts).
  const languages = toolLanguages().join(', ');
  const choice = chooseRunLanguage(argv, streams.env);
  if (!choice.ok) {
    const params = { language: oneLine(choice.asked, 40), languages };
    const key = choice.from === '--lang' ? 'cli.error.unknownLangOption' : 'cli.error.unknownLanguage';
    io.stderr.write(`opsc-audit: ${translator()(key, params)}
`);
    return EXIT.usage;
  }
  await useRunLanguage(choice.lang, streams);
  // Validation reads the shipped schemas through the loader (read and compiled on first use).
  useSchemas(shippedSchemas);
  const t = translator();
  // Help is wrapped to the terminal's width, at most 80 columns (and to 80 when it is not a terminal).
  const helpWidth = Math.min(streams.stdout.isTTY === true ? (streams.stdout.columns ?? 80) : 80, 80);
  const program = new Command('opsc-audit')
    .description(t('cli.program.description'))
    .version(VERSION, '-V, --version', t('cli.program.version'))
    .option('--debug', t('cli.program.debug'))
    .option('--lang <tag>', t('cli.program.lang', { languages }))
    .helpOption('-h, --help', t('cli.help.option'))
    .helpCommand('help [command]', t('cli.help.command'))
    .exitOverride()
    .configureHelp(helpWords(t))
    .showHelpAfterError(t('cli.help.afterError'))
    .configureOutput({
      writeOut: (s) => io.stdout.write(s),
      writeErr: (s) => io.stderr.write(s),
      getOutHelpWidth: () => helpWidth,
      outputError: (s, write) => {
        write(sayParseError(s, t));
      },
    });
  const run = (fn: () => Promise<number>) => async (): Promise<void> => {
    exitCode = await fn();
  };

  program
    .command('list')
    .description(t('cli.list.description'))
    .option('--json', t('cli.list.json'))
    .action((opts: { json?: boolean }) =>
      run(async () => (await import('./commands/list.js')).runList({ json: opts.json === true }, io))(),
    );

  program
    .command('show')
    .description(t('cli.show.description'))
    .argument('<checklist>', t('cli.show.checklist'))
    .addOption(formatOption(SHOW_FORMATS))
    .addHelpText('after', formatsHelp(SHOW_FORMATS))
    .option('-o, --output <file>', t('cli.option.output'))
    .addOption(paperOption())
    .action((ref: string, opts: { format: string; output?: string; paper?: string }) =>
      run(async () => (await import('./commands/show.js')).runShow(ref, opts, io))(),
    );

  program
    .command('validate')
    .description(t('cli.validate.description'))
    .argument('<file...>', t('cli.validate.files'))
    .addOption(formatOption(VALIDATE_FORMATS))
    .addHelpText('after', formatsHelp(VALIDATE_FORMATS))
    .option('--checklist <checklist>', t('cli.validate.checklist'))
    .option('--strict', t('cli.validate.strict'))
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
    .command('export')
    .description(t('cli.export.description'))
    .argument('<source>', t('cli.export.source'))
    .addOption(formatOption(EXPORT_FORMATS))
    .addHelpText('after', formatsHelp(EXPORT_FORMATS))
    .option('-o, --output <file>', t('cli.option.output'))
    .option('--actor <actor>', t('cli.export.actor'))
    .option('--section <section>', t('cli.export.section'))
    .option('--checklist <checklist>', t('cli.export.checklist'))
    .action(
      (
        ref: string,
        opts: { format: string; output?: string; actor?: string; section?: string; checklist?: string },
      ) => run(async () => (await import('./commands/export.js')).runExport(ref, opts, io))(),
    );

  program
    .command('import')
    .description(t('cli.import.description'))
    .argument('<file>', t('cli.import.file'))
    .requiredOption('-o, --output <file>', t('cli.import.output'))
    .option('--force', t('cli.import.force'))
    .option('--checklist <checklist>', t('cli.import.checklist'))
    .action((file: string, opts: { output: string; force?: boolean; checklist?: string }) =>
      run(async () => (await import('./commands/import.js')).runImport(file, opts, io))(),
    );

  program
    .command('translate')
    .description(t('cli.translate.description'))
    .argument('<checklist>', t('cli.translate.checklist'))
    .option('-o, --output <file>', t('cli.translate.output'))
    .action((ref: string, opts: { output?: string }) =>
      run(async () => (await import('./commands/translate.js')).runTranslate(ref, opts, io))(),
    );

  program
    .command('compare')
    .description(t('cli.compare.description'))
    .argument('<base>', t('cli.compare.base'))
    .argument('<other...>', t('cli.compare.current'))
    .addOption(formatOption(COMPARE_FORMATS))
    .addHelpText('after', formatsHelp(COMPARE_FORMATS))
    .option('-o, --output <file>', t('cli.option.outputMany'))
    .addOption(paperOption())
    .addOption(new Option('--mode <mode>', t('cli.compare.mode')).choices(['progress', 'divergence']))
    .option('--include-private', t('cli.option.includePrivate'))
    .option('--checklist <checklist>', t('cli.compare.checklist'))
    .option('--base-checklist <checklist>', t('cli.compare.baseChecklist'))
    .action(
      (
        base: string,
        current: string[],
        opts: {
          format: string;
          output?: string;
          paper?: string;
          mode?: string;
          includePrivate?: boolean;
          checklist?: string;
          baseChecklist?: string;
        },
      ) => run(async () => (await import('./commands/compare.js')).runCompare(base, current, opts, io))(),
    );

  program
    .command('merge')
    .description(t('cli.merge.description'))
    .argument('<answers...>', t('cli.merge.answers'))
    .option('-o, --output <file>', t('cli.merge.output'))
    .addOption(new Option('--prefer <rule>', t('cli.merge.prefer')).choices(['latest', 'first']))
    .option('--checklist <checklist>', t('cli.merge.checklist'))
    .action((files: string[], opts: { output?: string; prefer?: string; checklist?: string }) =>
      run(async () => (await import('./commands/merge.js')).runMerge(files, opts, io))(),
    );

  program
    .command('assess')
    .description(t('cli.assess.description'))
    .argument('[checklist]', t('cli.assess.checklist'))
    .option('-o, --output <file>', t('cli.assess.output'))
    .option('--no-details', t('cli.assess.noDetails'))
    .action((ref: string | undefined, opts: { output?: string; details: boolean }) =>
      run(async () => (await import('./commands/assess.js')).runAssess(ref, opts, io))(),
    );
  program
    .command('score')
    .description(t('cli.score.description'))
    .argument('<answers...>', t('cli.score.answers'))
    .addOption(formatOption(SCORE_FORMATS))
    .addHelpText('after', formatsHelp(SCORE_FORMATS))
    .option('--fail-under <percent>', t('cli.score.failUnder'))
    .option('--checklist <checklist>', t('cli.score.checklist'))
    .option('--sort <key>', t('cli.score.sort'))
    .action(
      (files: string[], opts: { format: string; failUnder?: string; checklist?: string; sort?: string }) =>
        run(async () => (await import('./commands/score.js')).runScore(files, opts, io))(),
    );

  program
    .command('report')
    .description(t('cli.report.description'))
    .argument('<answers...>', t('cli.report.answers'))
    .addOption(formatOption(REPORT_FORMATS))
    .addHelpText('after', formatsHelp(REPORT_FORMATS))
    .option('-o, --output <file>', t('cli.option.outputMany'))
    .addOption(paperOption())
    .option('--template <file>', t('cli.report.template'))
    .option('--include-private', t('cli.option.includePrivate'))
    .option('--checklist <checklist>', t('cli.report.checklist'))
    .option('--basis <bases>', t('cli.report.basis', { bases: BASES.join(',') }))
    .option(
      '--detail <level>',
      t('cli.report.detail', { details: REPORT_DETAILS.join(', '), default: REPORT_DETAILS[0] ?? '' }),
    )
    .action(
      (
        files: string[],
        opts: {
          format: string;
          output?: string;
          paper?: string;
          template?: string;
          includePrivate?: boolean;
          checklist?: string;
          basis?: string;
          detail?: string;
        },
      ) => run(async () => (await import('./commands/report.js')).runReport(files, opts, io))(),
    );

  // Once every command is registered: each one's --help ends with its examples, the program's with the exit codes.
  // Built only when help is shown; the examples name the program as it runs from the user's folder.
  for (const command of program.commands)
    command.addHelpText('after', () => examplesHelp(command.name(), cliName(), t, helpWidth));
  program.addHelpText('after', () => exitCodesHelp(cliName(), t, helpWidth));

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
  return reportRunError(error, io, debug);
}
