import type { Report } from '../diagnostics/summary.js';
import { formatText } from '../diagnostics/text.js';
import { formatJson } from '../diagnostics/json.js';
import { formatGithub } from '../diagnostics/github.js';
import { formatSarif } from '../diagnostics/sarif.js';
import type { FormatRegistry } from './output-format.js';

/** The output formats of `validate`: pure functions from the checked files and diagnostics to text. */
export const VALIDATE_FORMATS: FormatRegistry<Report, string> = {
  text: { description: 'one file:line:col line per problem, then a summary', render: formatText },
  json: { description: 'files, problems and counts as JSON', render: formatJson },
  github: { description: 'GitHub Actions annotations', render: formatGithub },
  sarif: { description: 'SARIF 2.1.0, for code-scanning dashboards', render: formatSarif },
};
