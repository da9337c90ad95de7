/**
 * Checklist guidance is Markdown; a terminal shows it as plain text. Emphasis markers and backticks are
 * dropped, links become `text (address)`, headings lose their `#`s and list bullets become `•`. Anything
 * else, including line breaks and indentation, is kept as written.
 */
export function plainMarkdown(source: string): string {
  return source
    .split('\n')
    .map((line) =>
      line
        .replace(/^(\s*)#{1,6}\s+/, '$1')
        .replace(/^(\s*)[-*+]\s+/, '$1• ')
        .replace(/\[([^\]\n]+)\]\(([^)\s]+)\)/g, '$1 ($2)')
        .replace(/(\*\*|__)(?=\S)(.+?)(?<=\S)\1/g, '$2')
        .replace(/(^|[^\w*])[*_](?=\S)([^*_\n]+?)(?<=\S)[*_](?![\w*])/g, '$1$2')
        .replace(/`([^`\n]+)`/g, '$1'),
    )
    .join('\n');
}
