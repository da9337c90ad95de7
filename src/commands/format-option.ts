import { Help, Option } from 'commander';
import { formatNames, PAPERS } from '../formats/output-format.js';
import type { MessageKey } from '../i18n/en.js';
import { translator } from '../i18n/format.js';

/** What --help needs of a registry's formats: the catalog key of each one's description. */
type Described = Readonly<Record<string, { description: MessageKey }>>;

/** The `-f, --format` option of a command: its choices and default (the first) from the command's registry. */
export function formatOption(registry: Described): Option {
  const names = formatNames(registry);
  return new Option('-f, --format <format>', translator()('cli.option.format'))
    .choices(names)
    .default(names[0]);
}

/** The "Formats:" section of a command's --help: each format of its registry with its description, in 80 columns. */
export function formatsHelp(registry: Described): string {
  const t = translator();
  const names = formatNames(registry);
  const width = Math.max(...names.map((name) => name.length));
  const help = new Help();
  help.helpWidth = 80;
  const lines = names.map((name) => {
    const key = registry[name]?.description;
    return help.formatItem(name, width, key === undefined ? '' : t(key), help);
  });
  // Commander ends each added text with a line break of its own.
  return `\n${t('cli.help.formats')}\n${lines.join('\n')}`;
}

/** The `--paper` option of commands that print a PDF: A4 (the default) or US Letter. */
export function paperOption(): Option {
  return new Option('--paper <size>', translator()('cli.option.paper')).choices(PAPERS).default(PAPERS[0]);
}
