import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { main } from '../../src/main.js';
import { HELP_EXAMPLES } from '../../src/commands/help-examples.js';
import { fakeIo } from '../helpers/io.js';

const root = join(import.meta.dirname, '..', '..');

async function help(args: string[]): Promise<string> {
  const io = fakeIo(root);
  expect(await main([...args, '--help'], io)).toBe(0);
  return io.out();
}

/** The commands the main help lists (every registered one, whoever added it), but `help` itself. */
async function registeredCommands(): Promise<string[]> {
  const text = await help([]);
  const section = text.slice(text.indexOf('Commands:'), text.indexOf('Exit codes:'));
  return [...section.matchAll(/^ {2}([a-z][a-z-]*)\b/gm)].map((m) => m[1] ?? '').filter((n) => n !== 'help');
}

/** The lines after a heading of a help text, up to the next blank line. */
function sectionLines(text: string, heading: string): string[] {
  const start = text.indexOf(`\n${heading}\n`);
  if (start < 0) return [];
  const rest = text.slice(start + heading.length + 2);
  return rest.slice(0, rest.search(/\n\n|$/)).split('\n');
}

const commands = await registeredCommands();

describe('--help shows examples and the exit codes', () => {
  it('finds the commands of the main help', () => {
    expect(commands).toEqual(
      expect.arrayContaining(['list', 'show', 'validate', 'assess', 'score', 'report']),
    );
    expect(commands).toContain('compare');
  });

  it.each(commands)(
    '%s --help ends with examples of that command, using only its own options',
    async (name) => {
      const text = await help([name]);
      const lines = sectionLines(text, 'Examples:');
      const commandLines = lines.filter((line) => line.startsWith('    opsc-audit '));
      expect(commandLines.length).toBeGreaterThan(0);
      for (const line of commandLines) {
        const words = line.trim().split(/\s+/);
        expect(words[1]).toBe(name);
        // Every option an example uses is one the command's help lists.
        for (const flag of words.filter((word) => word.startsWith('-')))
          expect(text.slice(0, text.indexOf('\nExamples:'))).toMatch(
            new RegExp(`(^|[ ,])${flag}[ ,\\n]`, 'm'),
          );
      }
      // Each command line follows the words that say what it does.
      expect(lines[0]).toMatch(/^ {2}\S/);
    },
  );

  it.each(['', ...commands])('help of "%s" fits in 80 columns', async (name) => {
    const text = await help(name ? [name] : []);
    // Columns counted in code points: the help holds no wide or combining characters.
    const wide = text.split('\n').filter((line) => Array.from(line).length > 80);
    expect(wide).toEqual([]);
  });

  it('on a narrow terminal, the examples and exit codes are wrapped to its width', async () => {
    const io = fakeIo(root);
    Object.assign(io.stdout, { isTTY: true, columns: 60 });
    expect(await main(['--help'], io)).toBe(0);
    const codes = sectionLines(io.out(), 'Exit codes:');
    expect(codes.length).toBeGreaterThan(4);
    expect(codes.filter((line) => line.length > 60)).toEqual([]);
    const assess = fakeIo(root);
    Object.assign(assess.stdout, { isTTY: true, columns: 60 });
    await main(['assess', '--help'], assess);
    const said = sectionLines(assess.out(), 'Examples:').filter((line) => !line.startsWith('    '));
    expect(said.length).toBeGreaterThan(0);
    expect(said.filter((line) => line.length > 60)).toEqual([]);
  });

  it('the main help lists the exit codes the README lists, each with what it means', async () => {
    const readme = readFileSync(join(root, 'README.md'), 'utf8');
    const table = readme.slice(readme.indexOf('## Exit codes'), readme.indexOf('## Checklist format'));
    const documented = [...table.matchAll(/^\| (\d+) \|/gm)].map((m) => m[1]);
    expect(documented).toEqual(['0', '1', '2', '130']);
    const lines = sectionLines(await help([]), 'Exit codes:');
    const shown = lines.map((line) => /^ {2}(\d+) +\S/.exec(line)?.[1]).filter((code) => code !== undefined);
    expect(shown).toEqual(documented);
  });

  it('every command with examples is one a user can run (no examples for a command that is gone)', () => {
    // merge, export and import arrive with issue 16's other parts; any other name must be registered.
    const expected = new Set([...commands, 'merge', 'export', 'import']);
    expect(Object.keys(HELP_EXAMPLES).filter((name) => !expected.has(name))).toEqual([]);
  });
});
