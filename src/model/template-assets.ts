/** Shared template material: partials by name, and the CSS inlined into HTML. */
export interface TemplateAssets {
  partials: Readonly<Record<string, string>>;
  css: string;
  /** The language of the templates' own text; English when not given. */
  language?: string;
}
