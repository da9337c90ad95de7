import { afterEach, describe, expect, it } from 'vitest';
import { main } from '../../src/main.js';
import { currentLanguage, useLanguage } from '../../src/i18n/index.js';
import { fakeIo } from '../helpers/io.js';

afterEach(() => {
  useLanguage('en');
});

describe('OPSC_LANG chooses the language of the messages', () => {
  it('refuses a language with no catalog, as a usage error, before running the command', async () => {
    const io = fakeIo(process.cwd(), { OPSC_LANG: 'xx-Unknown' });
    const code = await main(['list'], io);
    expect(code).toBe(2);
    expect(io.out()).toBe('');
    expect(io.err()).toBe('opsc-audit: OPSC_LANG: no messages in language "xx-Unknown"\n');
  });

  it('uses English when OPSC_LANG is not set or names English', async () => {
    for (const env of [{}, { OPSC_LANG: 'en' }] as Record<string, string>[]) {
      const io = fakeIo(process.cwd(), env);
      expect(await main(['list'], io)).toBe(0);
      expect(currentLanguage()).toBe('en');
      expect(io.err()).toBe('');
    }
  });
});
