import Handlebars, { type HelperOptions } from 'handlebars';
import { translator, type MessageParams } from '../i18n/format.js';
import type { MessageKey } from '../i18n/en.js';
import { currentLanguage } from '../i18n/index.js';
import { escapeMarkdownCell, escapeMarkdownInline, escapeMarkdownUrl } from './markdown.js';
import { codeName, type CodeKind } from './code-names.js';

/** The private Handlebars environment every report is rendered with; all helpers live here. */
export type ReportHandlebars = ReturnType<typeof Handlebars.create>;

/** Creates a fresh Handlebars instance with the report helpers and the given partials registered. */
export function createReportHandlebars(
  partials: Readonly<Record<string, string>>,
  lang: string = currentLanguage(),
): ReportHandlebars {
  const hb = Handlebars.create();
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
  for (const [name, source] of Object.entries(partials)) hb.registerPartial(name, source);
  return hb;
}

function asText(value: unknown): string {
  if (value === null || value === undefined) return '';
  if (typeof value === 'string') return value;
  if (typeof value === 'number' || typeof value === 'boolean') return String(value);
  return JSON.stringify(value);
}
