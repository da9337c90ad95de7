// Loaded by standard output's guard only once a write has failed, so that `--version` answers without the catalog.
import type { MessageKey } from '../i18n/en.js';
import { translator } from '../i18n/format.js';

/** The reason given for each error code of a failed write. */
const REASONS: Readonly<Record<string, MessageKey>> = {
  ENOENT: 'cli.write.noFolder',
  EACCES: 'cli.write.permissionDenied',
  EPERM: 'cli.write.permissionDenied',
  EISDIR: 'cli.write.directory',
  ENOSPC: 'cli.write.noSpace',
  EDQUOT: 'cli.write.quota',
  EFBIG: 'cli.write.tooLarge',
  EROFS: 'cli.write.readOnly',
  EPIPE: 'cli.write.noReader',
  EIO: 'cli.write.io',
};

/** Turns an error from writing a file into one plain sentence. */
export function describeWriteError(path: string, error: NodeJS.ErrnoException): string {
  const t = translator();
  const code = error.code ?? t('cli.fs.unknownError');
  const reason = Object.hasOwn(REASONS, code) ? REASONS[code] : undefined;
  return reason
    ? t('cli.write.failedBecause', { file: path, reason: t(reason), code })
    : t('cli.fs.cannotWrite', { file: path, code });
}
