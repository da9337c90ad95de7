import { mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import MarkdownIt from 'markdown-it';
import { describe, expect, it, vi } from 'vitest';
import { RENDERED_MARKDOWN_DIR, cleanCacheDir, renderedMarkdownFor } from '../../src/load/clean-cache.js';
import { loadMarkdown, renderMarkdownHtml, takeRenderedMarkdown } from '../../src/report/markdown.js';
import { repoRoot, runCli } from './validate-harness.js';

// The build renders the bundled checklists' guidance once (scripts/build-rendered-markdown.mjs); `show` takes it
// as rendered. It must be exactly what rendering gives, and cover what the questionnaire shows.
const dir = join(cleanCacheDir, RENDERED_MARKDOWN_DIR);
const files = readdirSync(dir).filter((f) => f.endsWith('.json'));

describe('guidance rendered at build time', () => {
  it('is kept for every bundled checklist in every language', () => {
    expect(files).toContain('sr-practical-approach-2022.fr.json');
    expect(files).toHaveLength(16);
  });

  it.each(files)('%s holds exactly the HTML that rendering its sources gives', async (file) => {
    await loadMarkdown();
    takeRenderedMarkdown();
    const pairs = JSON.parse(readFileSync(join(dir, file), 'utf8')) as [string, string][];
    expect(pairs.length).toBeGreaterThan(10);
    for (const [source, html] of pairs) expect(renderMarkdownHtml(source), source).toBe(html);
    takeRenderedMarkdown();
  });

  it.each(['en', 'fr', 'es', 'ar'])(
    'covers every text the questionnaire of the default checklist renders in %s: nothing is rendered again',
    async (lang) => {
      takeRenderedMarkdown();
      const render = vi.spyOn(MarkdownIt.prototype, 'render');
      const run = await runCli(['show', 'sr-practical-approach-2022', '-f', 'html', '--lang', lang]);
      expect(run.code).toBe(0);
      expect(run.stdout).toContain('<html');
      expect(render).not.toHaveBeenCalled();
      render.mockRestore();
      const used = new Map(takeRenderedMarkdown());
      const kept = new Map(renderedMarkdownFor('sr-practical-approach-2022', lang));
      expect(used.size).toBe(kept.size);
      for (const [source, html] of used) expect(kept.get(source)).toBe(html);
    },
  );

  it('renders what the build did not see: an edited copy of the default checklist', async () => {
    const scratch = mkdtempSync(join(tmpdir(), 'opsc-md-'));
    const original = readFileSync(join(repoRoot, 'checklists', 'sr-practical-approach-2022.yaml'), 'utf8');
    const edited = original.replace(
      '**What this means.** Marrying off',
      '**What this means here.** Marrying off',
    );
    expect(edited).not.toBe(original);
    writeFileSync(join(scratch, 'edited.yaml'), edited);
    takeRenderedMarkdown();
    const render = vi.spyOn(MarkdownIt.prototype, 'render');
    const run = await runCli(['show', join(scratch, 'edited.yaml'), '-f', 'html']);
    expect(run.code).toBe(0);
    // Only the edited text is rendered; the others are taken as the build rendered them.
    expect(render).toHaveBeenCalledTimes(1);
    render.mockRestore();
    expect(run.stdout).toContain('<strong>What this means here.</strong> Marrying off');
    takeRenderedMarkdown();
    rmSync(scratch, { recursive: true, force: true });
  });

  it('names no file for an id or language tag that is not a plain name', () => {
    expect(renderedMarkdownFor('../../etc/passwd', 'en')).toBeUndefined();
    expect(renderedMarkdownFor('sr-practical-approach-2022', '../x')).toBeUndefined();
    expect(renderedMarkdownFor('no-such-checklist', 'en')).toBeUndefined();
  });
});
