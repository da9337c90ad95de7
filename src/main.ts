import { Command, CommanderError, Option } from 'commander';
import type { Io } from './model/io.js';
import { EXIT, InputError, InterruptedError, UsageError } from './errors.js';
import { oneLine } from './text/sanitize.js';
import { VERSION } from './version.js';

/** Runs the CLI with the given arguments (without node and script) and io; returns the exit code. */
export async function main(argv: readonly string[], io: Io): Promise<number> {
  let exitCode: number = EXIT.ok;
  const debug = argv.includes('--debug');
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
    .addOption(new Option('-f, --format <format>', 'output format').choices(['text']).default('text'))
    .option('-o, --output <file>', 'write to a file instead of standard output')
    .action((ref: string, opts: { format: string; output?: string }) =>
      run(async () => (await import('./commands/show.js')).runShow(ref, opts, io))(),
    );

  program
    .command('validate')
    .description('check checklist and answers files; file:line:col diagnostics')
    .argument('<file...>', 'files or glob patterns')
    .addOption(
      new Option('-f, --format <format>', 'output format')
        .choices(['text', 'json', 'github', 'sarif'])
        .default('text'),
    )
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

  try {
    await program.parseAsync([...argv], { from: 'user' });
    return exitCode;
  } catch (error) {
    return handleError(error, io, debug);
  }
}

function handleError(error: unknown, io: Io, debug: boolean): number {
  if (error instanceof CommanderError) {
    if (
      error.code === 'commander.helpDisplayed' ||
      error.code === 'commander.version' ||
      error.code === 'commander.help'
    ) {
      return EXIT.ok;
    }
    return error.exitCode === 0 ? EXIT.ok : EXIT.usage;
  }
  if (error instanceof UsageError || error instanceof InputError) {
    io.stderr.write(`opsc-audit: ${oneLine(error.message, 1000)}\n`);
    return EXIT.usage;
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
