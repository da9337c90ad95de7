import { access } from 'node:fs/promises';

/** Whether a file (or anything) is at `path`; any error reading its entry counts as no. */
export async function fileExists(path: string): Promise<boolean> {
  try {
    await access(path);
    return true;
  } catch {
    return false;
  }
}
