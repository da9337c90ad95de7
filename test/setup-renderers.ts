// A command loads the Handlebars compiler (for a template given as text) and markdown-it (for guidance) before it
// renders (report/render.ts prepareTemplates). Tests that build views and render templates in-process, from
// source, where the bundled templates are read as text, get both here.
import { loadMarkdown } from '../src/report/markdown.js';
import { prepareTemplates } from '../src/report/render.js';

await prepareTemplates(['guidanceHtml']);
await loadMarkdown();
