import type { Io } from '../model/io.js';
import {
  defaultLanguage,
  languages as toolLanguages,
  loadLanguage,
  useCliName,
  useLanguage,
} from '../i18n/index.js';
import { chooseLanguage, type LanguageChoice } from '../i18n/choose-language.js';
import { detectCliName } from './cli-name.js';

/** The language a run asks for (`--lang`, `OPSC_LANG`, the locale, English) among the tool's languages. */
export function chooseRunLanguage(argv: readonly string[], env: Io['env']): LanguageChoice {
  return chooseLanguage(argv, env, { available: toolLanguages(), fallback: defaultLanguage });
}

/**
 * Makes `lang` the language of the run's messages (its catalog loaded), and has the commands they print name the
 * program as it runs from the user's folder (worked out from the bin's own path, on first use).
 */
export async function useRunLanguage(lang: string, streams: Io): Promise<void> {
  await loadLanguage(lang);
  useLanguage(lang);
  const self = streams.program;
  useCliName(self === undefined ? 'opsc-audit' : () => detectCliName(self, streams.env, streams.cwd));
}
