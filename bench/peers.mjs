// The peers: ajv-cli (the schema on the content as JSON) and Spectral (a ruleset applying the same schema to the
// YAML), pinned, installed by the benchmark into a scratch folder and reused while the versions match.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

/** The exact versions measured (ajv-formats: the version they bring, named so ajv-cli's `-c` finds it). */
export const PEER_VERSIONS = {
  'ajv-cli': '5.0.0',
  '@stoplight/spectral-cli': '6.16.3',
  'ajv-formats': '2.1.1',
};

/**
 * Makes the peers ready in `dir`: reuses them when every pinned version is installed there, else installs them
 * (only into `defaultDir`: a folder given with BENCH_PEERS_DIR is used as it is). Returns { ok: true, ajv(file),
 * spectral(file) } giving each peer's node arguments, or { ok: false, reason }. Never throws.
 */
export function preparePeers({ dir, defaultDir, schema, log }) {
  try {
    if (!installed(dir)) {
      if (dir !== defaultDir) return { ok: false, reason: `${dir} does not hold ${pinned().join(', ')}` };
      log(`peers: installing ${pinned().join(', ')} into ${dir}`);
      mkdirSync(dir, { recursive: true });
      if (!existsSync(join(dir, 'package.json')))
        writeFileSync(join(dir, 'package.json'), '{ "private": true }\n');
      const r = spawnSync(
        'npm',
        ['install', '--prefix', dir, '--no-audit', '--no-fund', '--save-exact', ...pinned()],
        { encoding: 'utf8', timeout: 10 * 60 * 1000 },
      );
      if (r.status !== 0 || !installed(dir)) {
        const why = (r.error?.message ?? r.stderr ?? '').trim().split('\n').slice(-1)[0];
        return { ok: false, reason: `npm install failed${why ? `: ${why}` : ''}` };
      }
    }
    const ruleset = join(dir, 'opsc-bench-ruleset.mjs');
    writeFileSync(ruleset, rulesetText(schema));
    const ajvBin = join(dir, 'node_modules', 'ajv-cli', 'dist', 'index.js');
    const spectralBin = join(dir, 'node_modules', '@stoplight', 'spectral-cli', 'dist', 'index.js');
    return {
      ok: true,
      versions: pinned().join(', '),
      ajv: (json) => [
        ajvBin,
        'validate',
        '--spec=draft2020',
        '-c',
        'ajv-formats',
        '--strict=false',
        '-s',
        schema,
        '-d',
        json,
      ],
      spectral: (yaml) => [spectralBin, 'lint', '-r', ruleset, yaml],
    };
  } catch (error) {
    return { ok: false, reason: error instanceof Error ? error.message : String(error) };
  }
}

function pinned() {
  return Object.entries(PEER_VERSIONS).map(([name, version]) => `${name}@${version}`);
}

function installed(dir) {
  return Object.entries(PEER_VERSIONS).every(([name, version]) => {
    const file = join(dir, 'node_modules', name, 'package.json');
    return existsSync(file) && JSON.parse(readFileSync(file, 'utf8')).version === version;
  });
}

/** A Spectral ruleset with one rule: the whole document against the JSON Schema, draft 2020-12. */
function rulesetText(schema) {
  return [
    "import { readFileSync } from 'node:fs';",
    "import { schema } from '@stoplight/spectral-functions';",
    `const s = JSON.parse(readFileSync(${JSON.stringify(schema)}, 'utf8'));`,
    'export default {',
    '  rules: {',
    "    'checklist-schema': {",
    "      given: '$',",
    "      severity: 'error',",
    "      then: { function: schema, functionOptions: { schema: s, dialect: 'draft2020-12' } },",
    '    },',
    '  },',
    '};',
    '',
  ].join('\n');
}
