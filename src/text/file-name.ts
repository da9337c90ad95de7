/**
 * The last part of a path, as node:path's basename gives it, without the file system module: core code names files
 * in what it builds but never touches them. Both separators count, so a Windows path shows its file name too.
 */
export function basename(path: string): string {
  const trimmed = path.replace(/[\\/]+$/, '');
  return trimmed.slice(Math.max(trimmed.lastIndexOf('/'), trimmed.lastIndexOf('\\')) + 1);
}
