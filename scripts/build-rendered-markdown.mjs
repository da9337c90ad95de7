// Runs after build-clean-cache: renders the guidance of each bundled checklist's questionnaire (`show -f html`) in
// every language, through the program's own code (tsc's output, as the other build steps use), and keeps each
// Markdown source with its HTML in dist/clean-cache/markdown/<id>.<lang>.json. `show` takes them as rendered
// (report/markdown.ts useRenderedMarkdown): rendering 127 guidance texts with markdown-it was most of what a
// questionnaire cost. Only a source byte for byte the same is taken, so an edited checklist or translation is
// rendered as before.
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { PassThrough } from 'node:stream';
import { main } from '../dist/main.js';
import { takeRenderedMarkdown } from '../dist/report/markdown.js';
import { LANGUAGES } from '../dist/i18n/index.js';
import {
  cleanCacheDir,
  ENTRIES_LIST,
  RENDERED_MARKDOWN_DIR,
  renderedMarkdownFile,
} from '../dist/load/clean-cache.js';

const root = join(import.meta.dirname, '..');
mkdirSync(join(cleanCacheDir, RENDERED_MARKDOWN_DIR), { recursive: true });
const ids = Object.values(JSON.parse(readFileSync(join(cleanCacheDir, ENTRIES_LIST), 'utf8'))).map(
  (e) => e.id,
);
for (const id of ids) {
  for (const lang of LANGUAGES) {
    takeRenderedMarkdown();
    let stderr = '';
    const code = await main(['show', id, '-f', 'html', '--lang', lang], {
      stdout: { write: () => true, isTTY: false },
      stderr: { write: (s) => ((stderr += s), true) },
      stdin: new PassThrough(),
      env: {},
      cwd: root,
      program: join(root, 'dist', 'cli.js'),
    });
    if (code !== 0)
      throw new Error(`build-rendered-markdown: show ${id} --lang ${lang} exited ${code}: ${stderr}`);
    const file = renderedMarkdownFile(id, lang);
    if (file === undefined) throw new Error(`build-rendered-markdown: no file name for ${id}.${lang}`);
    writeFileSync(file, JSON.stringify(takeRenderedMarkdown()));
  }
}
