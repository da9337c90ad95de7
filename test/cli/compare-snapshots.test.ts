import { describe, expect, it } from 'vitest';
import { renderCompareReport } from '../../src/commands/compare.js';
import { C, compareFixtureView } from '../helpers/compare-fixture.js';

// Reviewed snapshot files: update them on purpose (vitest -u), read the diff, never blindly.
// The shared stylesheet is left out of the HTML snapshots: it belongs to the report and changes on its own.
const withoutCss = (html: string) =>
  html
    .replace(/<style>[\s\S]*?<\/style>/, '<style>/* report.css + compare.css */</style>')
    .replace(/'sha256-[A-Za-z0-9+/=]+'/g, "'sha256-(hash of the stylesheet)'");
describe('compare reports match the reviewed snapshots', () => {
  const progress = () =>
    compareFixtureView(`${C}/gov-2024.yaml`, `${C}/gov-2026.yaml`, {
      baseChecklist: `${C}/checklist-v1.0.yaml`,
    });
  const divergence = () => compareFixtureView(`${C}/gov-2026.yaml`, `${C}/ngo-2026.yaml`);

  it('progress, Markdown', async () => {
    await expect(await renderCompareReport(await progress(), 'md')).toMatchFileSnapshot(
      '../snapshots/compare-progress.md',
    );
  });
  it('progress, HTML', async () => {
    await expect(withoutCss(await renderCompareReport(await progress(), 'html'))).toMatchFileSnapshot(
      '../snapshots/compare-progress.html',
    );
  });
  it('divergence, Markdown', async () => {
    await expect(await renderCompareReport(await divergence(), 'md')).toMatchFileSnapshot(
      '../snapshots/compare-divergence.md',
    );
  });
  it('divergence, HTML', async () => {
    await expect(withoutCss(await renderCompareReport(await divergence(), 'html'))).toMatchFileSnapshot(
      '../snapshots/compare-divergence.html',
    );
  });
});
