import { Option } from 'commander';
import { formatNames } from '../formats/output-format.js';

/** What --help needs of a registry's formats. */
type Described = Readonly<Record<string, { description: string }>>;

/** The `-f, --format` option of a command: its choices and default (the first) from the command's registry. */
export function formatOption(registry: Described): Option {
  const names = formatNames(registry);
  return new Option('-f, --format <format>', 'output format').choices(names).default(names[0]);
}

/** The "Formats:" section of a command's --help: each format of its registry with its description. */
export function formatsHelp(registry: Described): string {
  const names = formatNames(registry);
  const width = Math.max(...names.map((name) => name.length));
  const lines = names.map((name) => `  ${name.padEnd(width)}  ${registry[name]?.description ?? ''}`);
  return `\nFormats:\n${lines.join('\n')}\n`;
}
