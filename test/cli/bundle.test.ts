import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative, sep } from 'node:path';
import { describe, expect, it } from 'vitest';
import { repoRoot } from './validate-harness.js';

// `npm ci` runs `prepare`, that is `npm run build`, whose bundle step (scripts/build-bundle.mjs) writes dist/cli.js
// and dist/chunks/; `npm test` builds the same way first.
const pkg = JSON.parse(readFileSync(join(repoRoot, 'package.json'), 'utf8')) as {
  bin: Record<string, string>;
  files: string[];
  scripts: Record<string, string>;
};
const meta = JSON.parse(readFileSync(join(repoRoot, 'dist', 'bundle-meta.json'), 'utf8')) as {
  outputs: Record<string, { entryPoint?: string; bytes: number; inputs?: Record<string, unknown> }>;
};
const recorder = join(repoRoot, 'test', 'fixtures', 'bundle', 'record-modules.mjs');
const government = 'examples/veloria-government.answers.yaml';
const ngo = 'examples/veloria-ngo.answers.yaml';
const bundledChecklists = [
  'checklists/sr-care-recovery-reintegration-2015.yaml',
  'checklists/sr-practical-approach-2022.yaml',
  'checklists/sr-protection-systems-2013.yaml',
  'checklists/sr-remaining-challenges-2016.yaml',
];

/** The module files a run of the built CLI loads, relative to the package root. */
function modulesLoaded(args: readonly string[]): string[] {
  const dir = mkdtempSync(join(tmpdir(), 'opsc-bundle-'));
  const out = join(dir, 'modules.txt');
  try {
    const run = spawnSync(
      process.execPath,
      ['--import', recorder, join(repoRoot, 'dist', 'cli.js'), ...args.map((a) => a.replace('{dir}', dir))],
      { cwd: repoRoot, encoding: 'utf8', timeout: 60000, env: { ...process.env, OPSC_MODULES_OUT: out } },
    );
    expect(run.status, run.stderr).toBe(0);
    const lines = readFileSync(out, 'utf8').trim().split('\n');
    return [...new Set(lines)].map((p) => relative(repoRoot, p).split(sep).join('/'));
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

describe('the bundled single-file CLI is what npm ci installs', () => {
  it('package.json: the bin is dist/cli.js, prepare builds it with the bundle step, and the package ships it', () => {
    expect(pkg.bin['opsc-audit']).toBe('dist/cli.js');
    expect(pkg.scripts.prepare).toBe('npm run build');
    expect(pkg.scripts.build).toMatch(/tsc .*&& node scripts\/build-bundle\.mjs &&/);
    expect(pkg.files).toEqual(expect.arrayContaining(['dist/cli.js', 'dist/chunks', 'dist/clean-cache']));
  });

  it("dist/cli.js is esbuild's bundle of src/cli.ts, not tsc's output", () => {
    const text = readFileSync(join(repoRoot, 'dist', 'cli.js'), 'utf8');
    expect(meta.outputs['dist/cli.js']?.entryPoint).toBe('src/cli.ts');
    expect(meta.outputs['dist/cli.js']?.bytes).toBe(Buffer.byteLength(text));
    expect(text.startsWith('#!/usr/bin/env node\n')).toBe(true);
    // tsc's cli.js imports ./main.js; the bundle imports its chunks.
    expect(text).not.toContain('./main.js');
    expect(text).toMatch(/"\.\/chunks\/main-\w+\.js"/);
  });

  it.each([
    ['--version', ['--version']],
    ['score', ['score', government]],
    ['report -f html', ['report', government, '-f', 'html', '-o', '{dir}/r.html']],
    ['report -f md', ['report', government, '-f', 'md', '-o', '{dir}/r.md']],
    ['compare', ['compare', government, ngo, '-f', 'html', '-o', '{dir}/c.html']],
    ['show -f html', ['show', 'sr-practical-approach-2022', '-f', 'html', '-o', '{dir}/s.html']],
    [
      'validate',
      [
        'validate',
        'checklists/sr-practical-approach-2022.yaml',
        'checklists/sr-protection-systems-2013.yaml',
      ],
    ],
  ])(
    '%s loads only the bundle and a few of its chunks, no module compiled by tsc and no package',
    (_, args) => {
      const loaded = modulesLoaded(args);
      for (const file of loaded) expect(file).toMatch(/^dist\/(cli\.js|chunks\/[\w-]+\.js)$/);
      expect(loaded).toContain('dist/cli.js');
      // Before the bundle, report opened 259 modules. What is left is the main chunk, the chunks of the heavy code
      // the command uses (the YAML reader, the templates, the Handlebars runtime) and the small chunks esbuild
      // splits out of what they share with the main chunk: 28 at most today, about 15 once the yaml package loads
      // only when the fast reader declines.
      expect(loaded.length).toBeLessThanOrEqual(30);
    },
  );

  it('--version loads the entry and the handful of chunks it imports, not the command-line parser', () => {
    const loaded = modulesLoaded(['--version']);
    expect(loaded.length).toBeLessThanOrEqual(6);
    expect(loaded.some((f) => f.includes('/main-'))).toBe(false);
  });

  it('validate of clean bundled checklists is answered before the command-line parser and the validator load; other files skip the parser', () => {
    const chunksHolding = (input: RegExp): string[] =>
      Object.entries(meta.outputs)
        .filter(([file, o]) => file.endsWith('.js') && Object.keys(o.inputs ?? {}).some((i) => input.test(i)))
        .map(([file]) => file);
    const heavy = chunksHolding(
      /^(src\/main\.ts|src\/validate\/validate-document\.ts|src\/load\/load-file\.ts|.*node_modules\/commander\/)/,
    );
    expect(heavy.length).toBeGreaterThan(0);
    const clean = modulesLoaded(['validate', ...bundledChecklists]);
    for (const chunk of heavy) expect(clean).not.toContain(chunk);
    expect(clean.length).toBeLessThanOrEqual(14);
    // A file the cache does not hold (an answers file) is checked by the validator, still without the parser.
    const checked = modulesLoaded(['validate', bundledChecklists[0] ?? '', government]);
    expect(checked.some((f) => f.includes('/validate-plain-'))).toBe(true);
    expect(checked.some((f) => f.includes('/main-'))).toBe(false);
    const commander = chunksHolding(/node_modules\/commander\//);
    for (const chunk of commander) expect(checked).not.toContain(chunk);
    // Any option but --lang goes through the command-line parser.
    const parsed = modulesLoaded(['validate', '-f', 'json', bundledChecklists[0] ?? '', government]);
    expect(parsed.some((f) => f.includes('/main-'))).toBe(true);
  });

  it('a run loads the message catalog of its own language only', () => {
    const chunkHolding = (input: string): string | undefined =>
      Object.entries(meta.outputs).find(([, o]) => Object.keys(o.inputs ?? {}).includes(input))?.[0];
    const translated = ['fr', 'es', 'ar'].map((lang) => chunkHolding(`src/i18n/${lang}.ts`));
    // Each translated catalog is a chunk of its own, apart from English and from each other.
    expect(new Set([...translated, chunkHolding('src/i18n/en.ts')]).size).toBe(4);
    const english = modulesLoaded(['score', government]);
    for (const chunk of translated) expect(english).not.toContain(chunk);
    const french = modulesLoaded(['score', government, '--lang', 'fr']);
    expect(french).toContain(translated[0]);
    expect(french).not.toContain(translated[1]);
    expect(french).not.toContain(translated[2]);
  });

  it('a run rendering a template loads the compiled templates of its format only', () => {
    const templatesOf = (format: string): string | undefined =>
      Object.keys(meta.outputs).find((f) => f.startsWith(`dist/chunks/opsc-templates_${format}-`));
    const [html, md] = [templatesOf('html'), templatesOf('md')];
    expect(html).toBeDefined();
    expect(md).toBeDefined();
    const page = modulesLoaded(['show', 'sr-practical-approach-2022', '-f', 'html', '-o', '{dir}/s.html']);
    expect(page).toContain(html);
    expect(page).not.toContain(md);
    const text = modulesLoaded(['report', government, '-f', 'md', '-o', '{dir}/r.md']);
    expect(text).toContain(md);
    expect(text).not.toContain(html);
  });

  it('the guidance renderer (markdown-it) and the Handlebars compiler load only when needed', () => {
    const chunkOf = (input: RegExp): string[] =>
      Object.entries(meta.outputs)
        .filter(([, o]) => o.entryPoint !== undefined && input.test(o.entryPoint))
        .map(([file]) => file);
    const markdownIt = chunkOf(/node_modules\/markdown-it\//);
    const compiler = chunkOf(/node_modules\/handlebars\/lib\/index\.js$/);
    expect(markdownIt).toHaveLength(1);
    expect(compiler).toHaveLength(1);
    const report = modulesLoaded(['report', government, '-f', 'html', '-o', '{dir}/r.html']);
    expect(report).not.toContain(markdownIt[0]);
    expect(report).not.toContain(compiler[0]);
    // The questionnaire shows guidance: markdown-it, still no compiler.
    const show = modulesLoaded(['show', 'sr-practical-approach-2022', '-f', 'html', '-o', '{dir}/s.html']);
    expect(show).toContain(markdownIt[0]);
    expect(show).not.toContain(compiler[0]);
  });
});
