// `validate` of the synthetic checklists, clean and with one error, against the floors (node -e 0, js-yaml load,
// JSON.parse of the same content as JSON) and the peers (ajv-cli on the JSON, Spectral on the YAML).
import { basename, join } from 'node:path';
import { runsFor } from './config.mjs';
import { measurementTable } from './markdown.mjs';
import { runPaired } from './paired.mjs';

export const VARIANTS = ['clean', 'err'];
const REFS = ['node', 'jsyaml', 'json', 'ajv', 'spectral'];
const REF_NAMES = ['node -e 0', 'js-yaml', 'JSON.parse', 'ajv-cli', 'Spectral'];
const LABELS = {
  node: 'node -e 0',
  jsyaml: 'js-yaml load',
  json: 'JSON.parse',
  ajv: 'ajv-cli',
  spectral: 'Spectral',
  ours: 'opsc-audit validate',
};

/** Runs one paired group per size and variant; returns { results: `${n}/${variant}` -> key -> m, markdown }. */
export function runValidate({ cli, work, config, log, peers, synthetic }) {
  const here = import.meta.dirname;
  const results = new Map();
  const rows = [];
  for (const n of config.sizes) {
    const f = synthetic[n];
    for (const variant of VARIANTS) {
      const err = variant === 'err';
      const yaml = err ? f.cErr : f.c;
      const json = err ? f.cErrJson : f.cJson;
      const status = err ? 1 : 0;
      const commands = [
        { key: 'node', label: LABELS.node, steps: [['-e', '0']], status: 0 },
        { key: 'jsyaml', label: 'js-yaml load', steps: [[join(here, 'floor-js-yaml.mjs'), yaml]], status: 0 },
        { key: 'json', label: 'JSON.parse', steps: [[join(here, 'floor-json.mjs'), json]], status: 0 },
        ...(peers.ok
          ? [
              // Each peer must find the error (and only then fail), and accept the clean file.
              {
                key: 'ajv',
                label: 'ajv-cli',
                steps: [peers.ajv(json)],
                status,
                output: err ? ['/weight'] : [' valid'],
              },
              {
                key: 'spectral',
                label: 'Spectral',
                steps: [peers.spectral(yaml)],
                status,
                output: err ? [`${f.errLine}:`, 'weight'] : [],
              },
            ]
          : []),
        {
          key: 'ours',
          label: 'opsc-audit validate',
          steps: [[cli, 'validate', yaml]],
          status,
          output: err ? [`${basename(yaml)}:${f.errLine}:`, 'weight'] : [],
        },
      ];
      const group = runPaired(commands, {
        runs: runsFor(config, n),
        work,
        cwd: work,
        name: `validate ${n} ${variant}`,
        log,
      });
      if (!peers.ok)
        for (const key of ['ajv', 'spectral']) group.set(key, { failed: `peers skipped: ${peers.reason}` });
      results.set(`${n}/${variant}`, group);
      const refs = REFS.map((k) => group.get(k));
      for (const key of [...REFS, 'ours']) {
        const label = `${n} ${err ? 'one error' : 'clean'}: ${LABELS[key]}`;
        rows.push({ label, m: group.get(key), refs });
      }
    }
  }
  return { results, markdown: measurementTable(REF_NAMES, rows) };
}
