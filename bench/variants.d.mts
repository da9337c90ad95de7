/** The comment line the edited copies of the bundled checklists get. */
export const EDIT_COMMENT: string;
/** `text` with one comment line added in the middle of its data (or at the end). */
export function withCommentLine(text: string): string;
/** An answers file's text with its respondent's country set. */
export function withCountry(text: string, country: string): string;
