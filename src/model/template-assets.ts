/**
 * A Handlebars template: its text (a user's `--template`, or a bundled template read from templates/ when the
 * program runs from source), compiled when it is rendered; or a bundled template the build compiled.
 */
export type TemplateSource = string | PrecompiledTemplate;

/**
 * A bundled template compiled at build time (scripts/build-bundle.mjs, through report/precompile.ts), once for each
 * format it may be rendered in: rendering it needs the Handlebars runtime only.
 */
export interface PrecompiledTemplate {
  /** The template's code (the object Handlebars.precompile writes), by format. */
  readonly precompiled: Readonly<Partial<Record<'md' | 'html', object>>>;
  /** Its text mentions `guidanceHtml`, which renders checklist Markdown. */
  readonly guidance: boolean;
}

/** Shared template material: partials by name, and the CSS inlined into HTML. */
export interface TemplateAssets {
  partials: Readonly<Record<string, TemplateSource>>;
  css: string;
  /** More style blocks after the CSS (e.g. print-only rules), each allowed by its hash in the page's CSP. */
  styles?: readonly string[];
  /** The language of the templates' own text; English when not given. */
  language?: string;
}
