import { appendFileSync } from 'node:fs';

/** Module customization hook: appends each loaded module's URL to MODULE_LOG, then loads it as usual. */
export async function load(url, context, next) {
  if (process.env.MODULE_LOG) appendFileSync(process.env.MODULE_LOG, `${url}\n`);
  return next(url, context);
}
