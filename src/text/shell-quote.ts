/** Quotes a word for a POSIX shell command line when it needs it (a path with spaces, quotes or `$`). */
export function quote(word: string): string {
  return /^[\w./@:+-]+$/.test(word) ? word : `'${word.replace(/'/g, `'\\''`)}'`;
}
