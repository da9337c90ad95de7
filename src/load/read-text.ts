import { isUtf8 } from 'node:buffer';
import { readFile, stat } from 'node:fs/promises';
import { LIMITS } from '../parse/limits.js';

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
  let size: number;
  try {
    const info = await stat(path);
    if (info.isDirectory()) return fatal(`${name}: is a directory, not a file`);
    if (!info.isFile()) return fatal(`${name}: not a regular file`);
    size = info.size;
  } catch (error) {
    return fatal(describeFsError(name, error));
  }
  if (size > maxBytes) {
    return content('file-too-large', `file is ${formatBytes(size)}, over the ${formatBytes(maxBytes)} limit`);
  }
  let bytes: Buffer;
  try {
    bytes = await readFile(path);
  } catch (error) {
    return fatal(describeFsError(name, error));
  }
  return decodeText(bytes);
}

/**
 * Decodes bytes as UTF-8 text, with the same checks as readText. The bytes are checked first and then decoded
 * straight into one string, with no second full-size copy on the way (a large checklist is read at about the
 * cost of its text).
 */
export function decodeText(bytes: Uint8Array): ReadResult {
  if (bytes.includes(0)) return content('file-binary', 'file contains NUL bytes: not a text file');
  if (!isUtf8(bytes)) return content('file-encoding', 'file is not valid UTF-8; save it as UTF-8');
  const buffer = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const bom = buffer[0] === 0xef && buffer[1] === 0xbb && buffer[2] === 0xbf ? 3 : 0;
  const text = buffer.toString('utf8', bom);
  if (text.trim() === '') return content('file-empty', 'file is empty');
  return { ok: true, text };
}

function fatal(message: string): ReadResult {
  return { ok: false, problem: { kind: 'fatal', message } };
}

function content(
  code: 'file-too-large' | 'file-binary' | 'file-encoding' | 'file-empty',
  message: string,
): ReadResult {
  return { ok: false, problem: { kind: 'content', code, message } };
}

/** Turns a file-system error into one plain sentence. */
export function describeFsError(path: string, error: unknown): string {
  const code = (error as NodeJS.ErrnoException | undefined)?.code;
  switch (code) {
    case 'ENOENT':
      return `${path}: no such file`;
    case 'EACCES':
    case 'EPERM':
      return `${path}: permission denied`;
    case 'EISDIR':
      return `${path}: is a directory, not a file`;
    default:
      return `${path}: cannot read (${code ?? 'unknown error'})`;
  }
}

function formatBytes(n: number): string {
  return n >= 1024 * 1024 ? `${(n / 1024 / 1024).toFixed(1)} MiB` : `${Math.ceil(n / 1024)} KiB`;
}
