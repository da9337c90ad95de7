import { Help, type Option } from 'commander';
import type { MessageKey } from '../i18n/en.js';
import type { Translate } from '../i18n/format.js';

/** The headings commander writes in --help, by the English it passes to `styleTitle`. */
const HEADINGS: Readonly<Record<string, MessageKey>> = {
  'Usage:': 'cli.help.usage',
  'Arguments:': 'cli.help.arguments',
  'Options:': 'cli.help.options',
  'Global Options:': 'cli.help.globalOptions',
  'Commands:': 'cli.help.commands',
};

/**
 * The parts of commander's help that hold its own words, given in the catalog's: the headings, and the
 * "(choices: …, default: …)" after an option. Anything else commander writes is kept as it is.
 */
export function helpWords(t: Translate): Partial<Help> {
  return {
    styleTitle: (title) => {
      const key = Object.hasOwn(HEADINGS, title) ? HEADINGS[title] : undefined;
      return key ? t(key) : title;
    },
    optionDescription: (option) => describeOption(option, t),
    // Each command's help also lists --lang and --debug, which every command takes.
    showGlobalOptions: true,
  };
}

/** An option's description with its choices and default; an option with other details is left to commander. */
function describeOption(option: Option, t: Translate): string {
  if (option.presetArg !== undefined || option.envVar !== undefined || option.isBoolean())
    return new Help().optionDescription(option);
  const details: string[] = [];
  if (option.argChoices) {
    const choices = option.argChoices.map((choice) => JSON.stringify(choice)).join(', ');
    details.push(t('cli.help.choices', { choices }));
  }
  if (option.defaultValue !== undefined) {
    const value = option.defaultValueDescription ?? JSON.stringify(option.defaultValue);
    details.push(t('cli.help.default', { value }));
  }
  if (details.length === 0) return option.description;
  const all = t('cli.help.details', { details: details.join(', ') });
  return option.description ? `${option.description} ${all}` : all;
}
