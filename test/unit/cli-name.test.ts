import { describe, expect, it } from 'vitest';
import { chooseCliName, type CliFacts } from '../../src/commands/cli-name.js';
import { quote } from '../../src/text/shell-quote.js';

const ROOT = '/home/ana/opsc-audit';
const PROGRAM = `${ROOT}/dist/cli.js`;

/** A file system of links: each path to the real path it resolves to. */
function disk(files: Record<string, string>) {
  return (path: string): string | undefined => files[path];
}

const base: CliFacts = {
  path: ['/usr/local/bin', '/usr/bin'],
  program: PROGRAM,
  packageRoot: ROOT,
  cwd: '/home/ana/assessments',
  npx: false,
  windows: false,
};

describe('the name the tool prints for itself', () => {
  const cases: [string, Partial<CliFacts>, Record<string, string>, string][] = [
    [
      'installed (npm install -g or npm link): the opsc-audit on PATH is this program',
      {},
      { '/usr/local/bin/opsc-audit': PROGRAM },
      'opsc-audit',
    ],
    [
      'the first opsc-audit on PATH is another installation',
      {},
      { '/usr/local/bin/opsc-audit': '/opt/old/dist/cli.js', '/usr/bin/opsc-audit': PROGRAM },
      `node ${PROGRAM}`,
    ],
    ['not installed, run with node from anywhere', {}, {}, `node ${PROGRAM}`],
    [
      'npx inside the package folder (the link npx adds in node_modules/.bin does not count)',
      {
        npx: true,
        cwd: `${ROOT}/examples`,
        path: [`${ROOT}/node_modules/.bin`, '/usr/bin'],
      },
      { [`${ROOT}/node_modules/.bin/opsc-audit`]: PROGRAM },
      'npx opsc-audit',
    ],
    [
      'npx from another folder would ask the public registry: node instead',
      { npx: true, path: ['/tmp/_npx/1/node_modules/.bin', '/usr/bin'] },
      { '/tmp/_npx/1/node_modules/.bin/opsc-audit': PROGRAM },
      `node ${PROGRAM}`,
    ],
    [
      'installed and run through npx: the installed name',
      { npx: true, cwd: ROOT },
      { '/usr/bin/opsc-audit': PROGRAM },
      'opsc-audit',
    ],
    [
      'Windows: an npm shim beside node_modules/opsc-audit of this package',
      { windows: true, path: ['C:\\npm', 'C:\\Windows'] },
      { 'C:\\npm/opsc-audit.cmd': 'C:\\npm/opsc-audit.cmd', 'C:\\npm/node_modules/opsc-audit': ROOT },
      'opsc-audit',
    ],
    [
      'a path with a space is quoted for the shell',
      { program: '/home/ana/my tools/opsc-audit/dist/cli.js' },
      {},
      "node '/home/ana/my tools/opsc-audit/dist/cli.js'",
    ],
  ];
  it.each(cases)('%s', (_name, facts, files, expected) => {
    expect(chooseCliName({ ...base, ...facts }, disk(files))).toBe(expected);
  });
});

describe('quote', () => {
  it('leaves plain words and paths, quotes the rest so a shell reads them back unchanged', () => {
    expect(quote('answers-2026-01-02.yaml')).toBe('answers-2026-01-02.yaml');
    expect(quote('/tmp/a b.yaml')).toBe("'/tmp/a b.yaml'");
    expect(quote("it's.yaml")).toBe("'it'\\''s.yaml'");
    expect(quote('$HOME.yaml')).toBe("'$HOME.yaml'");
  });
});
