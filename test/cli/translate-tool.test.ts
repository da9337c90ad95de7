import { copyFileSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { runCli, repoRoot } from './validate-harness.js';
import { checklistEntries } from '../../src/translate/entries.js';
import { sourceHash, yamlHash } from '../../src/translate/source-hash.js';
import { stampSources } from '../../src/translate/stamp.js';
import type { Checklist } from '../../src/model/checklist.js';

const FIXTURES = join(repoRoot, 'test', 'fixtures', 'translations');
const small = parse(readFileSync(join(FIXTURES, 'small.yaml'), 'utf8')) as Checklist;

/** A temporary folder holding copies of the fixtures named. */
function folderWith(...names: string[]): string {
  const dir = mkdtempSync(join(tmpdir(), 'opsc-translate-'));
  for (const name of names) copyFileSync(join(FIXTURES, name), join(dir, name));
  return dir;
}

function hashOf(path: string[]): string {
  const entry = checklistEntries(small).find((e) => e.path.join('.') === path.join('.'));
  if (!entry) throw new Error(`no entry ${path.join('.')}`);
  return sourceHash(entry.english);
}

describe('the source hash', () => {
  it('is 12 hex digits of the English fields in order, and changes when the English does', () => {
    const hash = sourceHash({ text: 'Is 18 the minimum age?' });
    expect(hash).toMatch(/^[0-9a-f]{12}$/);
    expect(sourceHash({ text: 'Is 18 the minimum age?' })).toBe(hash);
    expect(sourceHash({ text: 'Is 16 the minimum age?' })).not.toBe(hash);
    expect(sourceHash({ text: 'a', guidance: 'b' })).not.toBe(sourceHash({ text: 'b', guidance: 'a' }));
  });

  it('reads the English of a map-valued text in the checklist language, and every field a translation may give', () => {
    const entries = checklistEntries(small);
    const law = entries.find((e) => e.path.join('.') === 'questions.PRV-LAW-01');
    expect(Object.keys(law?.english ?? {})).toEqual(['text', 'guidance', 'evidence', 'action']);
    const number = entries.find((e) => e.path.join('.') === 'questions.PRO-POL-01');
    expect(number?.english).toEqual({
      text: 'How many police officers were trained last year?',
      thresholds: { '0': 'None', '100': 'Some' },
      unit: 'officers',
    });
    const bilingual = { ...small, title: { fr: 'Petite liste', en: 'Small checklist' } };
    const about = (c: Checklist) => checklistEntries(c).find((e) => e.group === 'about')?.english;
    expect(about(bilingual)).toEqual(about(small));
    // A category declared by id alone is translated under the label the tool shows for it.
    expect(entries.find((e) => e.path.join('.') === 'pillars.protection')?.english).toEqual({
      label: 'Protection',
    });
  });

  it('is written quoted when YAML would read it as a number', () => {
    expect(yamlHash('0123456789ab')).toBe('0123456789ab');
    expect(yamlHash('012345678901')).toBe('"012345678901"');
    expect(yamlHash('12345e678901')).toBe('"12345e678901"');
  });
});

describe('opsc-audit translate', () => {
  it('creates a translation file listing every entry, its English as comments, nothing translated', async () => {
    const dir = folderWith('small.yaml');
    // The messages are in the run's language, the translation's: their wording is the catalog's business.
    const run = await runCli(['translate', 'small.yaml', '--lang', 'es'], { cwd: dir });
    expect(run.code).toBe(0);
    expect(run.stderr).toContain('17');
    const text = readFileSync(join(dir, 'small.es.yaml'), 'utf8');
    const data = parse(text) as Record<string, unknown>;
    expect(data).toMatchObject({
      format: 'opsc-audit/checklist-translation@1',
      checklist: 'small',
      language: 'es',
    });
    expect(data.questions).toEqual({
      'PRV-LAW-01': null,
      'PRV-HOT-01': null,
      'PRO-POL-01': null,
      'PRO-POL-02': null,
    });
    expect(text).toContain(
      '  PRV-HOT-01:\n    # text: Who runs the helpline?\n    # options:\n    #   nobody: Nobody\n',
    );
    // Uncommenting a field gives YAML that translates it.
    const uncommented = text.replace(
      '    # text: Who runs the helpline?',
      '    text: ¿Quién atiende la línea?',
    );
    expect((parse(uncommented) as { questions: Record<string, unknown> }).questions['PRV-HOT-01']).toEqual({
      text: '¿Quién atiende la línea?',
    });
  });

  it('stamps each translated entry without a source, keeping every other byte of the file', async () => {
    const dir = folderWith('small.yaml', 'small.fr.yaml');
    const before = readFileSync(join(dir, 'small.fr.yaml'), 'utf8');
    const run = await runCli(['translate', 'small.yaml', '--lang', 'fr'], { cwd: dir });
    expect(run.code).toBe(0);
    expect(run.stderr.split('\n')[0]).toContain('4');
    expect(run.stderr).toContain('questions.PRV-LAW-01');
    const after = readFileSync(join(dir, 'small.fr.yaml'), 'utf8');
    expect(after).toContain(`about:\n  source: ${hashOf(['about'])}\n  title: Petite liste\n`);
    expect(after).toContain(`  none: { source: ${hashOf(['scale', 'none'])}, label: Inexistant }\n`);
    expect(after).toContain(`  PRO-POL-01:\n    source: ${hashOf(['questions', 'PRO-POL-01'])}\n    text:`);
    // The outdated entry keeps its source; the unknown one is left for validate to report.
    expect(after).toContain('    source: 0123456789ab\n');
    expect(after).toContain('  NOPE-01:\n    text: Question inconnue ?\n');
    const withoutStamps = after
      .replace(/^ *source: [0-9a-f]{12}\n/gm, (line) => (line.includes('0123456789ab') ? line : ''))
      .replace(/source: [0-9a-f]{12}, /g, '');
    expect(withoutStamps).toBe(before);
    const again = await runCli(['translate', 'small.yaml', '--lang', 'fr'], { cwd: dir });
    expect(again.code).toBe(0);
    expect(readFileSync(join(dir, 'small.fr.yaml'), 'utf8')).toBe(after);
  });

  it('confirms an outdated entry once its source line is deleted', async () => {
    const dir = folderWith('small.yaml', 'small.fr.yaml');
    const file = join(dir, 'small.fr.yaml');
    writeFileSync(file, readFileSync(file, 'utf8').replace('    source: 0123456789ab\n', ''));
    await runCli(['translate', 'small.yaml', '--lang', 'fr'], { cwd: dir });
    expect(readFileSync(file, 'utf8')).toContain(
      `  PRV-LAW-01:\n    source: ${hashOf(['questions', 'PRV-LAW-01'])}\n    text: L’âge`,
    );
  });

  it('keeps Windows line ends, and writes to -o when given', async () => {
    const dir = folderWith('small.yaml', 'small.fr.yaml');
    const crlf = readFileSync(join(dir, 'small.fr.yaml'), 'utf8').replace(/\n/g, '\r\n');
    writeFileSync(join(dir, 'other.yaml'), crlf);
    const run = await runCli(['translate', 'small.yaml', '--lang', 'fr', '-o', 'other.yaml'], { cwd: dir });
    expect(run.code).toBe(0);
    const after = readFileSync(join(dir, 'other.yaml'), 'utf8');
    expect(after).toContain(`about:\r\n  source: ${hashOf(['about'])}\r\n  title: Petite liste\r\n`);
    expect(after.replace(/\r\n/g, '')).not.toContain('\n');
  });

  it('refuses the checklist’s own language, a language the tool does not speak, and a file that is not a map', async () => {
    const dir = folderWith('small.yaml');
    expect(await runCli(['translate', 'small.yaml', '--lang', 'en'], { cwd: dir })).toMatchObject({
      code: 2,
      stderr: 'opsc-audit: --lang en: the checklist is already written in that language.\n',
    });
    // Without --lang, in an English locale: the checklist's own language.
    expect((await runCli(['translate', 'small.yaml'], { cwd: dir, env: { LANG: 'en_GB.UTF-8' } })).code).toBe(
      2,
    );
    const german = await runCli(['translate', 'small.yaml', '--lang', 'de'], { cwd: dir });
    expect(german.code).toBe(2);
    expect(german.stderr).toContain('de');
    writeFileSync(join(dir, 'small.ar.yaml'), '- a list\n');
    const run = await runCli(['translate', 'small.yaml', '--lang', 'ar'], { cwd: dir });
    expect(run.code).toBe(2);
    expect(run.stderr).toContain('small.ar.yaml');
    expect(run.stderr.split('\n')).toHaveLength(2);
  });

  it('stamps a flow-style entry map inside its braces', () => {
    const entries = checklistEntries(small).filter((e) => e.group === 'sections');
    const { text, stamped } = stampSources('sections:\n  prevention-law: {title: Droit}\n', entries);
    expect(stamped).toEqual(['sections.prevention-law']);
    expect(text).toBe(
      `sections:\n  prevention-law: {source: ${hashOf(['sections', 'prevention-law'])}, title: Droit}\n`,
    );
  });
});
