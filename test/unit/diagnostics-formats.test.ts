import { describe, expect, it } from 'vitest';
import type { Diagnostic } from '../../src/model/diagnostic.js';
import type { Report } from '../../src/diagnostics/summary.js';
import { machinePaths } from '../../src/commands/machine-paths.js';
import { VALIDATE_FORMATS } from '../../src/formats/validate-formats.js';
import { renderStyled } from '../../src/text/style.js';

const ESC = '\u001b';
const diagnostics: Diagnostic[] = [
  {
    code: 'unknown-theme',
    severity: 'error',
    message: 'theme "x" is not declared',
    file: 'a.yaml',
    line: 3,
    col: 7,
  },
  {
    code: 'incomplete-translation',
    severity: 'warning',
    message: `no translation for fr: 50% done,\r\nsee ${ESC}[31mred${ESC}[0m ${ESC}]0;title\u0007here`,
    file: '/work/repo/dir, with: comma/b.yaml',
    line: 10,
    col: 1,
  },
];
const report = (over: Partial<Report> = {}): Report => ({
  files: [
    { file: 'a.yaml', kind: 'checklist' },
    { file: '/work/repo/dir, with: comma/b.yaml', kind: 'checklist' },
  ],
  diagnostics,
  toolVersion: '9.9.9',
  color: false,
  paths: machinePaths('/work/repo'),
  ...over,
});
const format = (name: string, r: Report = report()): string => {
  const out = VALIDATE_FORMATS[name]?.render(r);
  if (typeof out !== 'string') throw new Error(name);
  return out;
};

describe('diagnostic formats', () => {
  it('are text, json, github and sarif', () => {
    expect(Object.keys(VALIDATE_FORMATS).sort()).toEqual(['github', 'json', 'sarif', 'text']);
  });

  it('text: one line per problem, control characters stripped, then a summary', () => {
    expect(format('text')).toBe(
      'a.yaml:3:7 error unknown-theme theme "x" is not declared\n' +
        '/work/repo/dir, with: comma/b.yaml:10:1 warning incomplete-translation no translation for fr: 50% done, see red here\n' +
        '\n✖ 2 problems (1 error, 1 warning) in 2 files\n',
    );
  });

  it('text: colour only when asked, and then still no control characters from the message', () => {
    // The formatter marks its styling; the terminal writer turns the marks into colour.
    const coloured = renderStyled(format('text', report({ color: true })), true);
    expect(coloured).toContain(`${ESC}[31merror${ESC}[39m`);
    expect(coloured).not.toContain(`${ESC}[31mred`);
    expect(coloured).not.toContain('\u0007');
    expect(format('text')).not.toContain(ESC);
  });

  it('text: a clean run says so', () => {
    expect(format('text', report({ diagnostics: [] }))).toBe('✔ 2 files checked, no problems\n');
  });

  it('json: counts overall and per file, and every diagnostic', () => {
    const json = JSON.parse(format('json')) as Record<string, unknown>;
    expect(json).toMatchObject({
      tool: 'opsc-audit',
      version: '9.9.9',
      errorCount: 1,
      warningCount: 1,
      files: [
        { file: 'a.yaml', kind: 'checklist', errorCount: 1, warningCount: 0 },
        { file: '/work/repo/dir, with: comma/b.yaml', kind: 'checklist', errorCount: 0, warningCount: 1 },
      ],
    });
    expect(json.diagnostics).toEqual(diagnostics);
  });

  it('github: one workflow command per problem, properties and data escaped, paths relative', () => {
    expect(format('github')).toBe(
      '::error file=a.yaml,line=3,col=7,title=unknown-theme::theme "x" is not declared\n' +
        '::warning file=dir%2C with%3A comma/b.yaml,line=10,col=1,title=incomplete-translation::' +
        'no translation for fr: 50%25 done,%0Asee red here\n',
    );
  });

  it('sarif: a valid 2.1.0 log with rules, results, levels, regions and encoded relative URIs', () => {
    const sarif = JSON.parse(format('sarif')) as {
      version: string;
      $schema: string;
      runs: {
        tool: { driver: { name: string; version: string; rules: { id: string }[] } };
        results: {
          ruleId: string;
          ruleIndex: number;
          level: string;
          message: { text: string };
          locations: { physicalLocation: { artifactLocation: { uri: string }; region: object } }[];
        }[];
      }[];
    };
    expect(sarif.version).toBe('2.1.0');
    expect(sarif.$schema).toMatch(/sarif-2\.1\.0/);
    expect(sarif.runs).toHaveLength(1);
    const [run] = sarif.runs;
    expect(run?.tool.driver).toMatchObject({ name: 'opsc-audit', version: '9.9.9' });
    const rules = run?.tool.driver.rules.map((r) => r.id) ?? [];
    expect(rules).toEqual(['incomplete-translation', 'unknown-theme']);
    expect(
      run?.results.map((r) => ({
        rule: rules[r.ruleIndex],
        ruleId: r.ruleId,
        level: r.level,
        uri: r.locations[0]?.physicalLocation.artifactLocation.uri,
        region: r.locations[0]?.physicalLocation.region,
      })),
    ).toEqual([
      {
        rule: 'unknown-theme',
        ruleId: 'unknown-theme',
        level: 'error',
        uri: 'a.yaml',
        region: { startLine: 3, startColumn: 7 },
      },
      {
        rule: 'incomplete-translation',
        ruleId: 'incomplete-translation',
        level: 'warning',
        uri: 'dir%2C%20with%3A%20comma/b.yaml',
        region: { startLine: 10, startColumn: 1 },
      },
    ]);
  });
});
