import fc from 'fast-check';
import { readFileSync, readdirSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { COMMON_URI } from '../../scripts/common-uri.mjs';
import { repoRoot } from '../cli/validate-harness.js';

const require = createRequire(import.meta.url);
const { fullFormats } = require('ajv-formats/dist/formats') as {
  fullFormats: { uri: (s: string) => boolean };
};
const fullUri = fullFormats.uri;

/** Every `url:` of the bundled checklists. */
const bundledUrls = readdirSync(join(repoRoot, 'checklists'))
  .filter((n) => n.endsWith('.yaml'))
  .flatMap((n) => [...readFileSync(join(repoRoot, 'checklists', n), 'utf8').matchAll(/^\s*url: (\S+)$/gm)])
  .map((m) => m[1] ?? '');

describe('issue 17: the common form of a web address, tried before the full uri pattern', () => {
  it('takes every address of the bundled checklists, as the full pattern does', () => {
    expect(bundledUrls.length).toBeGreaterThanOrEqual(5);
    for (const url of bundledUrls) {
      expect(COMMON_URI.test(url)).toBe(true);
      expect(fullUri(url)).toBe(true);
    }
  });

  it.each([
    'https://www.ohchr.org/en/documents/thematic-reports/ahrc4951',
    'HTTP://Example.ORG:8080/a/b;c=d?e=f&g=h#i',
    'https://example.org/%E2%80%99?q=a%20b',
    'http://',
    'https://a.b/c:d@e/(f)!*+,$',
  ])('accepts %s, which the full pattern accepts', (url) => {
    expect(COMMON_URI.test(url)).toBe(true);
    expect(fullUri(url)).toBe(true);
  });

  it.each(['https://[::1]/', 'mailto:a@b.org', 'urn:isbn:123', 'ftp://example.org/', 'https://exa mple.org'])(
    'leaves %s to the full pattern',
    (url) => {
      expect(COMMON_URI.test(url)).toBe(false);
    },
  );

  it('accepts nothing the full pattern refuses (generated addresses)', () => {
    const chars = fc.constantFrom(...'aZ09-._~!$&\'()*+,;=:@/?#%[] "<>\\^`{|}é'.split(''), '%2F', '%zz');
    fc.assert(
      fc.property(
        fc.constantFrom('http://', 'https://', 'HTTPS://'),
        fc.array(chars, { maxLength: 30 }),
        (s, rest) => {
          const url = s + rest.join('');
          if (COMMON_URI.test(url)) expect(fullUri(url)).toBe(true);
        },
      ),
      { numRuns: 5000 },
    );
  });
});
