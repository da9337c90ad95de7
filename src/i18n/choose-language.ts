/**
 * Which language a run speaks: `--lang`, else `OPSC_LANG`, else the locale (`LC_ALL`, then `LC_MESSAGES`, then
 * `LANG`, as POSIX orders them), else English. A language asked for by name (`--lang`, `OPSC_LANG`) must have a
 * catalog; a locale the tool does not speak (`de_DE.UTF-8`, `C`) quietly means English, since it was set for every
 * program, not for this one.
 */

/** Where the language of a run came from: `option` and `tool-variable` were asked of this tool by name. */
export type LanguageSource = 'option' | 'tool-variable' | 'locale' | 'default';

/** The language of a run, or the reason a language asked for cannot be used. */
export type LanguageChoice =
  | { ok: true; lang: string; source: LanguageSource }
  | { ok: false; asked: string; from: '--lang' | 'OPSC_LANG' };

/** The language tags a catalog exists for, and the one used when nothing else applies. */
export interface Languages {
  readonly available: readonly string[];
  readonly fallback: string;
}

const LOCALE_VARIABLES = ['LC_ALL', 'LC_MESSAGES', 'LANG'] as const;

/** The run's language from its arguments (before any `--`) and environment. */
export function chooseLanguage(
  argv: readonly string[],
  env: Readonly<Record<string, string | undefined>>,
  languages: Languages,
): LanguageChoice {
  const option = langOption(argv);
  if (option !== undefined) {
    const lang = matchLanguage(option, languages.available);
    return lang === undefined
      ? { ok: false, asked: option, from: '--lang' }
      : { ok: true, lang, source: 'option' };
  }
  const variable = env.OPSC_LANG;
  if (variable !== undefined && variable !== '') {
    const lang = matchLanguage(variable, languages.available);
    return lang === undefined
      ? { ok: false, asked: variable, from: 'OPSC_LANG' }
      : { ok: true, lang, source: 'tool-variable' };
  }
  const locale = LOCALE_VARIABLES.map((name) => env[name]).find(
    (value) => value !== undefined && value !== '',
  );
  const fromLocale = locale === undefined ? undefined : matchLanguage(localeTag(locale), languages.available);
  if (fromLocale !== undefined) return { ok: true, lang: fromLocale, source: 'locale' };
  return { ok: true, lang: languages.fallback, source: 'default' };
}

/** The value of the last `--lang x` or `--lang=x` before `--`; undefined when there is none. */
export function langOption(argv: readonly string[]): string | undefined {
  let value: string | undefined;
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i];
    if (arg === '--') break;
    if (arg === '--lang') value = argv[++i] ?? '';
    else if (arg?.startsWith('--lang=') === true) value = arg.slice('--lang='.length);
  }
  return value;
}

/**
 * The catalog for a tag: the tag itself (any case), else its language subtag (`fr-CA` -> `fr`, `es-419` -> `es`,
 * `ar-EG` -> `ar`); undefined when neither has one.
 */
export function matchLanguage(tag: string, available: readonly string[]): string | undefined {
  const wanted = tag.trim().toLowerCase();
  if (wanted === '') return undefined;
  const exact = available.find((lang) => lang.toLowerCase() === wanted);
  if (exact !== undefined) return exact;
  const primary = wanted.split('-')[0];
  return available.find((lang) => lang.toLowerCase() === primary);
}

/** A POSIX locale name as a language tag: `fr_FR.UTF-8@euro` -> `fr-FR`; `C` and `POSIX` speak no language. */
export function localeTag(locale: string): string {
  const name = locale.split(/[.@]/)[0] ?? '';
  if (name === 'C' || name === 'POSIX') return '';
  return name.replace(/_/g, '-');
}
