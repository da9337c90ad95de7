import { inflateRawSync } from 'node:zlib';

/** Why a zip file (an xlsx workbook) is refused before any library unpacks it. */
export type ZipProblem = { kind: 'not-zip' } | { kind: 'too-large' };

/**
 * Checks a zip archive against a zip bomb: at most `maxParts` entries, stored or deflated, whose sizes add up to at
 * most `maxBytes` unpacked; each deflated entry is inflated with its declared size as the ceiling, so a header
 * that lies about a size is caught too. Returns undefined when the archive is within the bounds.
 */
export function checkZipBounds(
  bytes: Uint8Array,
  maxBytes: number,
  maxParts: number,
): ZipProblem | undefined {
  const buffer = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const end = findEnd(buffer);
  if (end < 0) return { kind: 'not-zip' };
  const entries = buffer.readUInt16LE(end + 10);
  let at = buffer.readUInt32LE(end + 16);
  if (entries > maxParts) return { kind: 'too-large' };
  let total = 0;
  try {
    for (let i = 0; i < entries; i++) {
      if (buffer.readUInt32LE(at) !== 0x02014b50) return { kind: 'not-zip' };
      const method = buffer.readUInt16LE(at + 10);
      const packed = buffer.readUInt32LE(at + 20);
      const size = buffer.readUInt32LE(at + 24);
      const header = buffer.readUInt32LE(at + 42);
      at += 46 + buffer.readUInt16LE(at + 28) + buffer.readUInt16LE(at + 30) + buffer.readUInt16LE(at + 32);
      total += size;
      if (total > maxBytes) return { kind: 'too-large' };
      if (buffer.readUInt32LE(header) !== 0x04034b50) return { kind: 'not-zip' };
      const start = header + 30 + buffer.readUInt16LE(header + 26) + buffer.readUInt16LE(header + 28);
      const data = buffer.subarray(start, start + packed);
      if (method === 0) {
        if (packed !== size) return { kind: 'not-zip' };
      } else if (method === 8) {
        inflateRawSync(data, { maxOutputLength: Math.max(size, 1) });
      } else return { kind: 'not-zip' };
    }
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === 'ERR_BUFFER_TOO_LARGE'
      ? { kind: 'too-large' }
      : { kind: 'not-zip' };
  }
  return undefined;
}

/** The offset of the end-of-central-directory record, searched from the end (after at most a 64 KiB comment). */
function findEnd(buffer: Buffer): number {
  const stop = Math.max(0, buffer.length - 22 - 0xffff);
  for (let i = buffer.length - 22; i >= stop; i--) if (buffer.readUInt32LE(i) === 0x06054b50) return i;
  return -1;
}
