import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { main } from '../../src/main.js';
import { fakeIo } from '../helpers/io.js';

/** The minimal fixture cut down to its first section and first question. */
function oneQuestionChecklist(): string {
  const yaml = readFileSync('test/fixtures/checklists/valid/minimal.yaml', 'utf8');
  const head = yaml.slice(0, yaml.indexOf('      - id: PRV-HOT-01'));
  const dir = mkdtempSync(join(tmpdir(), 'opsc-outline-'));
  const file = join(dir, 'one.yaml');
  // One question cannot carry a theme (a theme needs three), so this checklist declares none.
  const cut = head
    .replace('pillars: [prevention, protection]', 'pillars: [prevention]')
    .replace('themes: [online]\n', 'themes: []\n')
    .replace(/\n\s+themes: \[online\]/g, '');
  writeFileSync(file, cut);
  return file;
}

describe('the show outline counts questions and sections in good English', () => {
  it('says "1 question in 1 section" for one, and the plural for more', async () => {
    const one = fakeIo(process.cwd());
    expect(await main(['show', oneQuestionChecklist()], one)).toBe(0);
    expect(one.out().split('\n')[1]).toBe('1 question in 1 section');
    const more = fakeIo(process.cwd());
    expect(await main(['show', 'test/fixtures/checklists/valid/minimal.yaml'], more)).toBe(0);
    expect(more.out().split('\n')[1]).toBe('4 questions in 2 sections');
  });
});
