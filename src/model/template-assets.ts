/** Shared template material: partials by name, and the CSS inlined into HTML. */
export interface TemplateAssets {
  partials: Readonly<Record<string, string>>;
  css: string;
  /** More style blocks after the CSS (e.g. print-only rules), each allowed by its hash in the page's CSP. */
  styles?: readonly string[];
  /** The language of the templates' own text; English when not given. */
  language?: string;
}
