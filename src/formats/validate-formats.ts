import type { Report } from '../diagnostics/summary.js';
import { formatText } from '../diagnostics/text.js';
import { formatJson } from '../diagnostics/json.js';
import { formatGithub } from '../diagnostics/github.js';
import { formatSarif } from '../diagnostics/sarif.js';
import type { FormatRegistry } from './output-format.js';

/** The output formats of `validate`: pure functions from the checked files and diagnostics to text. */
export const VALIDATE_FORMATS: FormatRegistry<Report, string> = {
  text: { description: 'cli.format.validateText', render: formatText },
  json: { description: 'cli.format.validateJson', render: formatJson },
  github: { description: 'cli.format.github', render: formatGithub },
  sarif: { description: 'cli.format.sarif', render: formatSarif },
};
