import type { HelperOptions } from 'handlebars';
import Handlebars from 'handlebars/dist/cjs/handlebars.runtime.js';
import { translator, type MessageParams } from '../i18n/format.js';
import type { MessageKey } from '../i18n/en.js';
import { currentLanguage } from '../i18n/index.js';
import { escapeMarkdownCell, escapeMarkdownInline, escapeMarkdownUrl } from './markdown.js';
import { codeName, type CodeKind } from './code-names.js';
import type { PrecompiledTemplate, TemplateSource } from '../model/template-assets.js';

/** The private Handlebars environment every report is rendered with; all helpers live here. */
export type ReportHandlebars = ReturnType<typeof Handlebars.create>;

/**
 * Creates a fresh Handlebars instance with the report helpers and the given partials registered: from the
 * runtime only (templates compiled at build time), or from `compiler` (the full Handlebars, which templates given
 * as text need: a user's --template). Precompiled partials are registered in their `format`'s compilation.
 */
export function createReportHandlebars(
  partials: Readonly<Record<string, TemplateSource>>,
  format: 'md' | 'html',
  lang: string = currentLanguage(),
  compiler?: typeof Handlebars,
): ReportHandlebars {
  const hb = (compiler ?? Handlebars).create();
  const t = translator(lang);
  // {{t "key" name=value}}: the catalog text of a key, its placeholders filled from the hash.
  hb.registerHelper('t', (key: MessageKey, options: HelperOptions) => t(key, options.hash as MessageParams));
  // The built-in {{log}} prints to standard output, into a report written there.
  hb.registerHelper('log', () => {
    throw new Error(t('template.logUnavailable', { helper: '{{log}}' }));
  });
  // Markdown escaping for the .md templates (compiled with noEscape, so every value goes through one of these).
  hb.registerHelper('md', (value: unknown) => escapeMarkdownInline(asText(value)));
  hb.registerHelper('cell', (value: unknown) => escapeMarkdownCell(asText(value)));
  hb.registerHelper('mdurl', (value: unknown) => escapeMarkdownUrl(asText(value)));
  hb.registerHelper('eq', (a: unknown, b: unknown) => a === b);
  // {{codeName "role" respondent.role}}: the name of a code of the formats (a role, a comparison's mode).
  hb.registerHelper('codeName', (kind: CodeKind, code: unknown) => codeName(kind, asText(code), t));
  // A precompiled partial named for the other format (md-…, html-…) was compiled for that format only.
  for (const [name, source] of Object.entries(partials))
    if (typeof source === 'string') hb.registerPartial(name, source);
    else if (source.precompiled[format] !== undefined)
      hb.registerPartial(name, precompiledTemplate(hb, source, format));
  return hb;
}

/** A precompiled template's code for a format, made a template of `hb`. */
export function precompiledTemplate(
  hb: ReportHandlebars,
  source: PrecompiledTemplate,
  format: 'md' | 'html',
): HandlebarsTemplateDelegate {
  const spec = source.precompiled[format];
  if (spec === undefined) throw new Error(translator()('template.noCompilation', { format }));
  return hb.template(spec);
}

function asText(value: unknown): string {
  if (value === null || value === undefined) return '';
  if (typeof value === 'string') return value;
  if (typeof value === 'number' || typeof value === 'boolean') return String(value);
  return JSON.stringify(value);
}
