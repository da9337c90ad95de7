import { afterEach, describe, expect, it } from 'vitest';
import { main } from '../../src/main.js';
import { currentLanguage, useLanguage } from '../../src/i18n/index.js';
import { fakeIo } from '../helpers/io.js';

afterEach(() => {
  useLanguage('en');
});

async function languageOf(args: string[], env: Record<string, string>): Promise<string> {
  const io = fakeIo(process.cwd(), env);
  expect(await main(args, io)).toBe(0);
  expect(io.err()).toBe('');
  return currentLanguage();
}

describe('--lang, OPSC_LANG and the locale choose the language of the messages', () => {
  it('refuses a language with no catalog, as a usage error, before running the command', async () => {
    const io = fakeIo(process.cwd(), { OPSC_LANG: 'xx-Unknown' });
    const code = await main(['list'], io);
    expect(code).toBe(2);
    expect(io.out()).toBe('');
    expect(io.err()).toBe('opsc-audit: OPSC_LANG: no messages in language "xx-Unknown"\n');
    const option = fakeIo(process.cwd(), {});
    expect(await main(['list', '--lang', 'de'], option)).toBe(2);
    expect(option.out()).toBe('');
    expect(option.err()).toBe(
      'opsc-audit: --lang: no messages in language "de" (available: en, fr, es, ar)\n',
    );
  });

  it('uses English when nothing names a language, or the locale is one the tool does not speak', async () => {
    const envs: Record<string, string>[] = [
      {},
      { OPSC_LANG: 'en' },
      { LANG: 'C.UTF-8' },
      { LC_ALL: 'de_DE.UTF-8', LANG: 'fr_FR' },
    ];
    for (const env of envs) expect(await languageOf(['list'], env)).toBe('en');
  });

  it('follows the locale (LC_ALL, LC_MESSAGES, LANG), then OPSC_LANG, then --lang on any command', async () => {
    expect(await languageOf(['list'], { LANG: 'fr_FR.UTF-8' })).toBe('fr');
    expect(await languageOf(['list'], { LC_MESSAGES: 'es_AR.UTF-8', LANG: 'fr_FR.UTF-8' })).toBe('es');
    expect(await languageOf(['list'], { LC_ALL: 'ar_EG.UTF-8', LC_MESSAGES: 'es_AR.UTF-8' })).toBe('ar');
    expect(await languageOf(['list'], { OPSC_LANG: 'es', LANG: 'fr_FR.UTF-8' })).toBe('es');
    expect(await languageOf(['list', '--lang', 'ar'], { OPSC_LANG: 'es' })).toBe('ar');
    expect(await languageOf(['--lang=fr-CA', 'list'], {})).toBe('fr');
  });

  it('every command lists --lang in its help', async () => {
    for (const command of [
      'list',
      'show',
      'validate',
      'export',
      'import',
      'assess',
      'score',
      'report',
      'compare',
    ]) {
      const io = fakeIo(process.cwd(), {});
      expect(await main([command, '--help'], io)).toBe(0);
      expect(io.out(), command).toContain('--lang <tag>');
    }
  });
});
