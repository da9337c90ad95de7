import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { renderFixture } from '../helpers/render-fixture.js';
import { loadFixtureIndex } from '../helpers/fixtures.js';
import { buildQuestionnaireView } from '../../src/report/build-questionnaire-view.js';
import { renderTemplate } from '../../src/report/render.js';
import { readBundledTemplate, readTemplateAssets } from '../../src/load/read-templates.js';

const snapshots = join(import.meta.dirname, '..', 'snapshots');

// Reviewed snapshot files: a change here is a change in what users receive. Update on purpose (vitest -u), and read the diff.
describe('report snapshots (fixture checklist and answers)', () => {
  it.each(['md', 'html'] as const)('report.%s (the brief)', async (format) => {
    await expect(await renderFixture('reports/answers.yaml', format)).toMatchFileSnapshot(
      join(snapshots, `report-fixture.${format}`),
    );
  });

  it.each(['md', 'html'] as const)('report.%s --detail full', async (format) => {
    await expect(await renderFixture('reports/answers.yaml', format, 'full')).toMatchFileSnapshot(
      join(snapshots, `report-fixture-full.${format}`),
    );
  });

  it.each(['md', 'html'] as const)('questionnaire.%s', async (format) => {
    const view = buildQuestionnaireView(loadFixtureIndex('reports/checklist.yaml'), 'opsc-audit test');
    const name = `questionnaire.${format}.hbs`;
    const out = renderTemplate(
      await readBundledTemplate(name),
      view,
      format,
      await readTemplateAssets(format),
      name,
    );
    // The stylesheets (report.css + questionnaire.css) are checked by the print test, not frozen here.
    const page = out
      .replace(/<style>[\s\S]*?<\/style>/, '<style>/* report.css + questionnaire.css */</style>')
      .replace(/'sha256-[A-Za-z0-9+/=]+'/g, "'sha256-(hash of the stylesheet)'");
    await expect(page).toMatchFileSnapshot(join(snapshots, `questionnaire-fixture.${format}`));
  });

  it('HTML report is self-contained: CSP, no remote resource, no script', async () => {
    const html = await renderFixture('reports/answers.yaml', 'html');
    // Styles are allowed by the hash of each style block's exact text; nothing inline, no base or form target.
    const csp = /<meta http-equiv="Content-Security-Policy" content="([^"]*)">/.exec(html)?.[1] ?? '';
    const styles = [...html.matchAll(/<style>([\s\S]*?)<\/style>/g)].map((m) => m[1] ?? '');
    expect(styles.length).toBeGreaterThan(0);
    const hashes = styles.map((s) => `'sha256-${createHash('sha256').update(s).digest('base64')}'`);
    expect(csp).toBe(
      `default-src 'none'; style-src ${hashes.join(' ')}; base-uri 'none'; form-action 'none'`,
    );
    expect(html).not.toMatch(/\sstyle=/);
    expect(html).toMatch(/^<!doctype html>\n<html lang="en" dir="ltr">/);
    expect(html).not.toMatch(/<script|<link|<img|<iframe|@import|url\(/i);
    expect(html).not.toMatch(/(src|href)="(?!#|https?:\/\/(undocs\.org|example\.org)\/)/);
  });
});

describe('examples', () => {
  it('the checked-in example answers name the default checklist', () => {
    for (const name of ['veloria-government', 'veloria-ngo']) {
      const text = readFileSync(
        join(import.meta.dirname, '..', '..', 'examples', `${name}.answers.yaml`),
        'utf8',
      );
      expect(text).toMatch(/id: sr-practical-approach-2022/);
    }
  });
});
