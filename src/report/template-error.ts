/** A template that does not compile or render: one line, for the user. */
export class TemplateError extends Error {
  override name = 'TemplateError';
}
