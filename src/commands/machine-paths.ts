import { isAbsolute, relative } from 'node:path';
import { pathToFileURL } from 'node:url';
import type { MachinePaths } from '../diagnostics/summary.js';

/** How machine formats name files for a run in `cwd`: the file system's path rules stay out of the formatters. */
export function machinePaths(cwd: string): MachinePaths {
  return {
    relative: (file) => relativePath(file, cwd),
    uri: (file) => toUri(relativePath(file, cwd)),
  };
}

/** A file as CI tools expect it: relative to the working folder (unless outside it), with forward slashes. */
function relativePath(file: string, cwd: string): string {
  const rel = isAbsolute(file) ? relative(cwd, file) : file;
  const outside = isAbsolute(file) && (rel.startsWith('..') || isAbsolute(rel));
  return (outside ? file : rel).split('\\').join('/');
}

/** A URI, as SARIF requires: a relative reference with each segment percent-encoded, or a file: URI. */
function toUri(path: string): string {
  if (isAbsolute(path)) return pathToFileURL(path).href;
  return path.split('/').map(encodeURIComponent).join('/');
}
