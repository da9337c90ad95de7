// Kept apart from the writer, with no imports: standard output's guard loads it before `--version` answers.

const REASONS: Record<string, string> = {
  ENOENT: 'no such folder',
  EACCES: 'permission denied',
  EPERM: 'permission denied',
  EISDIR: 'is a directory, not a file',
  ENOSPC: 'no space left on the device',
  EDQUOT: 'disk quota exceeded',
  EFBIG: 'file too large',
  EROFS: 'read-only file system',
  EPIPE: 'nothing is reading it any more',
  EIO: 'input/output error',
};

/** Turns an error from writing a file into one plain sentence. */
export function describeWriteError(path: string, error: NodeJS.ErrnoException): string {
  const code = error.code ?? 'unknown error';
  const reason = REASONS[code];
  return reason ? `${path}: cannot write: ${reason} (${code})` : `${path}: cannot write (${code})`;
}
