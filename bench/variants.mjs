// Variants of real files for the benchmark (pure text and data transformations).

/** The comment line the edited copies of the bundled checklists get. */
export const EDIT_COMMENT = '# Edited for the benchmark: one comment line added.';

/**
 * `text` with one comment line added: before the first sequence item `- id:` in the second half of the file (a
 * question, in the middle of the data, indented like it), or at the end when there is none. A line at that
 * indentation cannot be inside a block scalar above it, so the data is unchanged.
 */
export function withCommentLine(text) {
  const lines = text.split('\n');
  const half = Math.floor(lines.length / 2);
  const at = lines.findIndex((line, i) => i >= half && /^\s*- id: /.test(line));
  if (at === -1) return `${text}${text.endsWith('\n') || text === '' ? '' : '\n'}${EDIT_COMMENT}\n`;
  const indent = /^\s*/.exec(lines[at])[0];
  return [...lines.slice(0, at), `${indent}${EDIT_COMMENT}`, ...lines.slice(at)].join('\n');
}

/** An answers file's text with its respondent's country set to `country` (the first `  country:` line). */
export function withCountry(text, country) {
  const line = /^ {2}country: .*$/m;
  if (!line.test(text)) throw new Error('withCountry: no respondent country line');
  return text.replace(line, `  country: ${JSON.stringify(country)}`);
}
