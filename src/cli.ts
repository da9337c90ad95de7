#!/usr/bin/env node
import { fileURLToPath } from 'node:url';
import { VERSION } from './version.js';
import { finishOutput, guardOutput } from './output/std-output.js';

const argv = process.argv.slice(2);
// Write errors (a closed pipe, a full disk) end the run with one line or quietly, never with a stack trace.
const stdout = guardOutput(process.stdout, true);
const stderr = guardOutput(process.stderr, false);
let code = 0;
if (argv.length === 1 && (argv[0] === '--version' || argv[0] === '-V')) {
  // Answered before loading the command-line parser: scripts and CI call this often.
  stdout.write(`${VERSION}\n`);
} else {
  // Sorting names spares building the collator where English (or no locale) orders them plainly. Not on the path
  // of --version, which loads nothing it does not need.
  (await import('./text/compare-text.js')).usePlainCollation(process.env);
  const streams = {
    stdout,
    stderr,
    stdin: process.stdin,
    env: process.env,
    cwd: process.cwd(),
    program: fileURLToPath(import.meta.url),
  };
  // `validate <file...>` runs before the command-line parser loads: checklists the build found clean are answered
  // at once, other files are checked without the other commands; any other run of `validate` (an option, an
  // unknown language) falls through to the parser, with nothing written.
  const quick = argv.includes('validate')
    ? await (await import('./commands/validate-clean.js')).validateAtStart(argv, streams)
    : undefined;
  code = quick ?? (await (await import('./main.js')).main(argv, streams));
}
process.exitCode = await finishOutput(code, stdout, stderr);
