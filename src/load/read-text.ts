import { isUtf8 } from 'node:buffer';
import { open, stat } from 'node:fs/promises';
import { LIMITS } from '../parse/limits.js';
import type { MessageKey } from '../i18n/en.js';
import { translator } from '../i18n/format.js';

/** Why a file could not be read as text. `fatal` problems stop the run (exit 2). */
export type ReadProblem =
  | { kind: 'fatal'; message: string }
  | {
      kind: 'content';
      code: 'file-too-large' | 'file-binary' | 'file-encoding' | 'file-empty';
      message: string;
    };

export type ReadResult = { ok: true; text: string } | { ok: false; problem: ReadProblem };

/**
 * Reads a UTF-8 text file within the size limit; strips a BOM; refuses binary or undecodable content.
 * `name` is how messages refer to the file (by default, its path).
 */
export async function readText(
  path: string,
  maxBytes: number = LIMITS.maxFileBytes,
  name: string = path,
): Promise<ReadResult> {
  const read = await readBytes(path, maxBytes, name);
  return read.ok ? textOf(read.bytes) : read;
}

/** A file's checked UTF-8 bytes (without a byte-order mark), or why they cannot be read as text. */
export type BytesResult = { ok: true; bytes: Buffer } | { ok: false; problem: ReadProblem };

/**
 * readText's checks and reading, without the decoding: for the reader of large files that decodes only what it
 * must (load-file.ts); textOf gives readText's result from the bytes.
 */
export async function readBytes(
  path: string,
  maxBytes: number = LIMITS.maxFileBytes,
  name: string = path,
): Promise<BytesResult> {
  const t = translator();
  let size: number;
  try {
    const info = await stat(path);
    if (info.isDirectory()) return fatal(t('cli.fs.directory', { file: name }));
    if (!info.isFile()) return fatal(t('cli.read.notRegular', { file: name }));
    size = info.size;
  } catch (error) {
    return fatal(describeFsError(name, error));
  }
  if (size > maxBytes) return tooLarge(size, maxBytes);
  let bytes: Buffer;
  try {
    bytes = await readWhole(path, size, maxBytes);
  } catch (error) {
    return fatal(describeFsError(name, error));
  }
  return bytes.length > maxBytes ? tooLarge(bytes.length, maxBytes) : checkedBytes(bytes);
}

function tooLarge(size: number, maxBytes: number): { ok: false; problem: ReadProblem } {
  const sizes = { size: formatBytes(size), limit: formatBytes(maxBytes) };
  return content('file-too-large', translator()('cli.read.tooLarge', sizes));
}

/**
 * The file's bytes, read in as few calls as its size allows (readFile reads in 512 KiB steps, each a trip
 * through the thread pool: 19 for a 9 MB checklist). A file that grows while it is read is read to its end, and
 * stops once past `maxBytes`.
 */
async function readWhole(path: string, size: number, maxBytes: number): Promise<Buffer> {
  const handle = await open(path, 'r');
  try {
    // One byte more than the size, so that the second read finds the end (or that the file grew).
    let buffer = Buffer.allocUnsafe(size + 1);
    let length = 0;
    for (;;) {
      if (length === buffer.length) {
        if (length > maxBytes) break;
        const larger = Buffer.allocUnsafe(Math.min(2 * length, maxBytes + 1));
        buffer.copy(larger);
        buffer = larger;
      }
      const { bytesRead } = await handle.read(buffer, length, buffer.length - length, null);
      if (bytesRead === 0) break;
      length += bytesRead;
    }
    return buffer.subarray(0, length);
  } finally {
    await handle.close();
  }
}

/**
 * Decodes bytes as UTF-8 text, with the same checks as readText. The bytes are checked first and then decoded
 * straight into one string, with no second full-size copy on the way (a large checklist is read at about the
 * cost of its text).
 */
export function decodeText(bytes: Uint8Array): ReadResult {
  const checked = checkedBytes(bytes);
  return checked.ok ? textOf(checked.bytes) : checked;
}

function checkedBytes(bytes: Uint8Array): BytesResult {
  const t = translator();
  if (bytes.includes(0)) return content('file-binary', t('cli.read.binary'));
  if (!isUtf8(bytes)) return content('file-encoding', t('cli.read.encoding'));
  const buffer = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const bom = buffer[0] === 0xef && buffer[1] === 0xbb && buffer[2] === 0xbf ? 3 : 0;
  return { ok: true, bytes: buffer.subarray(bom) };
}

/** The text of checked bytes (readBytes), as readText gives it. */
export function textOf(bytes: Buffer): ReadResult {
  const text = bytes.toString('utf8');
  if (text.trim() === '') return content('file-empty', translator()('cli.read.empty'));
  return { ok: true, text };
}

function fatal(message: string): { ok: false; problem: ReadProblem } {
  return { ok: false, problem: { kind: 'fatal', message } };
}

function content(
  code: 'file-too-large' | 'file-binary' | 'file-encoding' | 'file-empty',
  message: string,
): { ok: false; problem: ReadProblem } {
  return { ok: false, problem: { kind: 'content', code, message } };
}

/** The message of each file-system error code that has one of its own. */
const FS_ERRORS: Readonly<Record<string, MessageKey>> = {
  ENOENT: 'cli.fs.noSuchFile',
  EACCES: 'cli.fs.permissionDenied',
  EPERM: 'cli.fs.permissionDenied',
  EISDIR: 'cli.fs.directory',
};

/** What failed, for the message of an error code with none of its own. */
const FS_ACTIONS = {
  read: 'cli.fs.cannotRead',
  create: 'cli.fs.cannotCreate',
  write: 'cli.fs.cannotWrite',
} as const;

/** Turns a file-system error met while reading (or creating, or writing) a file into one plain sentence. */
export function describeFsError(
  path: string,
  error: unknown,
  action: keyof typeof FS_ACTIONS = 'read',
): string {
  const t = translator();
  const code = (error as NodeJS.ErrnoException | undefined)?.code;
  const own = code !== undefined && Object.hasOwn(FS_ERRORS, code) ? FS_ERRORS[code] : undefined;
  if (own) return t(own, { file: path });
  return t(FS_ACTIONS[action], { file: path, code: code ?? t('cli.fs.unknownError') });
}

function formatBytes(n: number): string {
  // One decimal as toFixed rounds it (Intl.NumberFormat rounds some halves the other way).
  if (n >= 1024 * 1024) return translator()('cli.read.mebibytes', { size: (n / 1024 / 1024).toFixed(1) });
  return translator()('cli.read.kibibytes', { size: Math.ceil(n / 1024) });
}
