import { realpathSync } from 'node:fs';
import { delimiter, isAbsolute, join, relative } from 'node:path';
import { packageRoot } from '../load/paths.js';
import { quote } from '../text/shell-quote.js';

/** What decides how the program names itself in the commands it prints. */
export interface CliFacts {
  /** The folders of PATH, in order. */
  path: readonly string[];
  /** The real path of the running program (dist/cli.js). */
  program: string;
  /** The real path of the package the program belongs to. */
  packageRoot: string;
  /** The user's folder, real path. */
  cwd: string;
  /** Run through npx (npm exec). */
  npx: boolean;
  /** On Windows, npm installs `opsc-audit.cmd` shims beside `node_modules/opsc-audit` rather than links. */
  windows: boolean;
}

/** The real path of a file, or undefined when there is none. */
export type RealPath = (path: string) => string | undefined;

const NAME = 'opsc-audit';

/**
 * The command that runs this program from the user's folder: `opsc-audit` when the first `opsc-audit` on PATH is
 * this very installation (node_modules/.bin folders, which npx adds, are not where the user's shell looks);
 * `npx opsc-audit` when run through npx inside the package's own folder (the only place npx finds it without
 * asking the public registry); otherwise `node /path/to/dist/cli.js`, which works from anywhere.
 */
export function chooseCliName(facts: CliFacts, realPath: RealPath): string {
  const folders = facts.path.filter((dir) => dir !== '' && !/node_modules[\\/]\.bin[\\/]?$/.test(dir));
  const names = facts.windows ? [`${NAME}.cmd`, `${NAME}.ps1`, NAME] : [NAME];
  for (const dir of folders) {
    const found = names.find((name) => realPath(join(dir, name)) !== undefined);
    if (found === undefined) continue;
    const same =
      realPath(join(dir, found)) === facts.program ||
      (found !== NAME && realPath(join(dir, 'node_modules', NAME)) === facts.packageRoot);
    if (same) return NAME;
    // The shell runs the first one it finds; this one is another installation.
    break;
  }
  if (facts.npx && isInside(facts.cwd, facts.packageRoot)) return `npx ${NAME}`;
  return `node ${quote(facts.program)}`;
}

/** True when `path` is `folder` or inside it. */
export function isInside(path: string, folder: string): boolean {
  const rel = relative(folder, path);
  return rel === '' || (!rel.startsWith('..') && !isAbsolute(rel));
}

/** The real path of a file, or undefined when it does not exist or cannot be reached. */
export const realPathOf: RealPath = (path) => {
  try {
    return realpathSync(path);
  } catch {
    return undefined;
  }
};

/** How this program, running from `program` (the bin's own path), names itself for a user in `cwd`. */
export function detectCliName(
  program: string,
  env: Readonly<Record<string, string | undefined>>,
  cwd: string,
): string {
  const real = (p: string): string => realPathOf(p) ?? p;
  return chooseCliName(
    {
      path: (env.PATH ?? env.Path ?? '').split(delimiter),
      program: real(program),
      packageRoot: real(packageRoot),
      cwd: real(cwd),
      npx: env.npm_command === 'exec',
      windows: process.platform === 'win32',
    },
    realPathOf,
  );
}
