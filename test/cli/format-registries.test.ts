import { describe, expect, it } from 'vitest';
import { pickFormat, type FormatRegistry } from '../../src/formats/output-format.js';
import { UsageError } from '../../src/errors.js';
import { VALIDATE_FORMATS } from '../../src/formats/validate-formats.js';
import { SCORE_FORMATS } from '../../src/formats/score-formats.js';
import { REPORT_FORMATS } from '../../src/formats/report-formats.js';
import { COMPARE_FORMATS } from '../../src/formats/compare-formats.js';
import { SHOW_FORMATS } from '../../src/formats/show-formats.js';
import { runCli } from './validate-harness.js';
import { translator } from '../../src/i18n/format.js';

const CHECKLIST = 'test/fixtures/checklists/valid/minimal.yaml';
const ANSWERS = ['test/fixtures/answers/valid/minimal.yaml', '--checklist', CHECKLIST];
const C = 'test/fixtures/compare';

const json = (out: string) => {
  expect(() => JSON.parse(out) as unknown).not.toThrow();
};
const html = (out: string) => {
  expect(out).toMatch(/^<!doctype html>\n<html lang="en" dir="ltr">/);
};
const markdown = (out: string) => {
  expect(out).toMatch(/^# \S/);
};
/** Binary formats (pdf, docx) are not run here (they need -o FILE or a pipe): see pdf-docx.test.ts. */
const binary = null;

/** Each command: its registry, the arguments to run it on, and what each of its formats must print. */
const commands: {
  command: string;
  registry: FormatRegistry<never>;
  args: string[];
  formats: Record<string, ((out: string) => void) | null>;
}[] = [
  {
    command: 'validate',
    registry: VALIDATE_FORMATS,
    args: ['test/fixtures/checklists/invalid/unknown-theme.yaml'],
    formats: {
      text: (out) => {
        expect(out).toMatch(/^test\/fixtures\S+unknown-theme\.yaml:\d+:\d+ error unknown-theme /);
      },
      json: (out) => {
        expect(JSON.parse(out)).toMatchObject({ tool: 'opsc-audit', errorCount: 1 });
      },
      github: (out) => {
        expect(out).toMatch(/^::error file=test\/fixtures\/\S+,line=\d+,col=\d+,title=unknown-theme::/);
      },
      sarif: (out) => {
        expect(JSON.parse(out)).toMatchObject({ version: '2.1.0' });
      },
    },
  },
  {
    command: 'score',
    registry: SCORE_FORMATS,
    args: ANSWERS,
    formats: {
      text: (out) => {
        expect(out).toMatch(/^Minimal checklist/);
      },
      json: (out) => {
        expect(JSON.parse(out)).toMatchObject({ format: 'opsc-audit/score-data@2' });
      },
      csv: (out) => {
        expect(out).toMatch(/^\uFEFFChecklist,Version,File,Country,Organization,Date,Overall,/);
      },
      md: (out) => {
        expect(out).toMatch(/^# Scores\n\n## Minimal checklist \(minimal 1\.0\.0\)\n/);
      },
    },
  },
  {
    command: 'report',
    registry: REPORT_FORMATS,
    args: ANSWERS,
    formats: { md: markdown, html, pdf: binary, docx: binary, json },
  },
  {
    command: 'compare',
    registry: COMPARE_FORMATS,
    args: [`${C}/gov-2026.yaml`, `${C}/ngo-2026.yaml`, '--checklist', `${C}/checklist-v1.1.yaml`],
    formats: { md: markdown, html, pdf: binary, docx: binary, json },
  },
  {
    command: 'show',
    registry: SHOW_FORMATS,
    args: [CHECKLIST],
    formats: {
      text: (out) => {
        expect(out).toMatch(/^Minimal checklist \(minimal 1\.0\.0\)\n/);
      },
      md: (out) => {
        expect(out).toMatch(/^# Questionnaire: Minimal checklist\n/);
      },
      html,
      pdf: binary,
      docx: binary,
    },
  },
];

describe('--format of each command comes from its registry', () => {
  it.each(commands)('$command --help lists exactly the registry’s formats', async ({ command, registry }) => {
    const run = await runCli([command, '--help']);
    expect(run.code).toBe(0);
    const help = run.stdout.replace(/\s+/g, ' ');
    const names = Object.keys(registry);
    const choices = names.map((name) => `"${name}"`).join(', ');
    expect(help).toContain(`(choices: ${choices}, default: "${names[0] ?? ''}")`);
    // The section ends at a blank line (examples follow); a long description goes on over indented lines.
    const section = (run.stdout.split('\nFormats:\n')[1] ?? '').split('\n\n')[0] ?? '';
    const listed = section
      .replace(/\n {3,}/g, ' ')
      .trimEnd()
      .split('\n')
      .map((line) => line.trim().split(/\s{2,}/));
    const t = translator('en');
    const described = names.map((name) => {
      const format = registry[name];
      return format ? [name, t(format.description)] : [name];
    });
    expect(listed).toEqual(described);
  });

  it.each(commands)(
    '$command: every format renders as it should',
    async ({ command, args, registry, formats }) => {
      expect(Object.keys(formats)).toEqual(Object.keys(registry));
      for (const [name, check] of Object.entries(formats)) {
        if (check === null) {
          expect(registry[name]?.binary).toBe(true);
          continue;
        }
        const run = await runCli([command, ...args, '-f', name]);
        check(run.stdout);
      }
    },
  );

  it.each(commands)('$command refuses a format its registry does not have', async ({ command, args }) => {
    const run = await runCli([command, ...args, '-f', 'xml']);
    expect(run.code).toBe(2);
    expect(run.stderr).toMatch(/opsc-audit: option '-f, --format <format>' argument 'xml' is invalid/);
  });
});

describe('pickFormat', () => {
  it('names the registry’s formats when asked for another (or for an inherited name)', () => {
    expect(() => pickFormat(SCORE_FORMATS, 'xml')).toThrow(
      new UsageError('unknown format "xml" (use text, json, csv, md)'),
    );
    expect(() => pickFormat(SCORE_FORMATS, 'constructor')).toThrow(UsageError);
    expect(pickFormat(SCORE_FORMATS, 'json')).toBe(SCORE_FORMATS.json);
  });
});
