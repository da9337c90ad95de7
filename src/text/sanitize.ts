// C0/C1 control characters and escape sequences; tabs and newlines are handled by the callers' needs.
const CONTROL =
  // eslint-disable-next-line no-control-regex -- matching control characters is the point
  /\u001b\[[0-9;?]*[ -/]*[@-~]|\u001b\][^\u0007\u001b]*(\u0007|\u001b\\)?|[\u0000-\u0008\u000b-\u001f\u007f-\u009f]/g;

/** Removes terminal control characters and escape sequences from untrusted text; keeps tabs and newlines. */
export function stripControl(text: string): string {
  return text.replace(CONTROL, '');
}

/** Makes untrusted text safe for a one-line terminal message: no control characters, no line breaks, bounded. */
export function oneLine(text: string, max = 200): string {
  const flat = stripControl(text).replace(/\s+/g, ' ').trim();
  return flat.length > max ? `${flat.slice(0, max - 1)}…` : flat;
}
