import type { Report } from './summary.js';
import { formatText } from './text.js';
import { formatJson } from './json.js';
import { formatGithub } from './github.js';
import { formatSarif } from './sarif.js';

/** Diagnostic output formats, by name: pure functions from a report to text. */
export const DIAGNOSTIC_FORMATS: Record<string, (report: Report) => string> = {
  text: formatText,
  json: formatJson,
  github: formatGithub,
  sarif: formatSarif,
};
