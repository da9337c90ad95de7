import { constants } from 'node:fs';
import { access, mkdtemp, readFile, rm, stat, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { delimiter, isAbsolute, join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import type { Io } from '../model/io.js';
import { InputError, UsageError } from '../errors.js';
import { oneLine } from '../text/sanitize.js';
import { translator } from '../i18n/format.js';

/** The environment variable naming the Chromium (or Chrome) program that prints PDFs. */
export const CHROMIUM_VARIABLE = 'OPSC_AUDIT_CHROMIUM';

/** The program names looked for on PATH, in order, when the variable is not set. */
export const CHROMIUM_NAMES = [
  'chromium',
  'chromium-browser',
  'google-chrome',
  'google-chrome-stable',
  'chrome',
  'microsoft-edge',
] as const;

/** How long Chromium may take to print one page set (a 200-page questionnaire takes about 15 s on a slow machine). */
const TIMEOUT_MS = 180_000;

/**
 * The Chromium program to print with: the one `OPSC_AUDIT_CHROMIUM` names (relative to the working folder), else
 * the first of CHROMIUM_NAMES found on PATH. None: a usage error (exit code 2) naming the variable; the tool never
 * downloads a browser.
 */
export async function findChromium(env: Io['env'], cwd: string): Promise<string> {
  const t = translator();
  const named = env[CHROMIUM_VARIABLE];
  if (named !== undefined && named !== '') {
    const file = resolve(cwd, named);
    if (await isProgram(file)) return file;
    throw new UsageError(t('cli.pdf.notProgram', { variable: CHROMIUM_VARIABLE, file: oneLine(named, 200) }));
  }
  const dirs = (env.PATH ?? '').split(delimiter).filter((d) => d !== '' && isAbsolute(d));
  for (const name of CHROMIUM_NAMES)
    for (const dir of dirs) {
      const file = join(dir, name);
      if (await isProgram(file)) return file;
    }
  throw new UsageError(t('cli.pdf.noChromium', { variable: CHROMIUM_VARIABLE }));
}

async function isProgram(file: string): Promise<boolean> {
  try {
    await access(file, constants.X_OK);
    return (await stat(file)).isFile();
  } catch {
    return false;
  }
}

/**
 * Prints an HTML page to PDF with the system's Chromium, headless, from a temporary folder holding the page, a
 * fresh browser profile and the PDF, removed afterwards whatever happens. The page's CSP allows no script and no
 * network; `--no-sandbox` only when running as root (where Chromium refuses to start with its sandbox).
 */
export async function printPdf(html: string, io: Pick<Io, 'env' | 'cwd'>): Promise<Uint8Array> {
  const program = await findChromium(io.env, io.cwd);
  const dir = await mkdtemp(join(tmpdir(), 'opsc-audit-pdf-'));
  try {
    const page = join(dir, 'page.html');
    const pdf = join(dir, 'page.pdf');
    await writeFile(page, html, { mode: 0o600 });
    const args = [
      '--headless',
      ...(process.getuid?.() === 0 ? ['--no-sandbox'] : []),
      `--user-data-dir=${join(dir, 'profile')}`,
      '--no-first-run',
      '--no-default-browser-check',
      '--disable-extensions',
      '--disable-background-networking',
      '--disable-sync',
      '--disable-gpu',
      '--no-pdf-header-footer',
      `--print-to-pdf=${pdf}`,
      pathToFileURL(page).href,
    ];
    await run(program, args, dir);
    try {
      return new Uint8Array(await readFile(pdf));
    } catch {
      throw new InputError(
        translator()('cli.pdf.failed', { program, reason: translator()('cli.pdf.noFile') }),
      );
    }
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
}

/** Runs the program in its own process group (killed whole on timeout); its output is kept only for an error. */
function run(program: string, args: readonly string[], cwd: string): Promise<void> {
  const t = translator();
  return new Promise((done, fail) => {
    // Loaded here, not at the top: node:child_process costs about 5 ms to load, and every command but a PDF
    // print would pay it (the CLI is one bundle).
    const { spawn } = process.getBuiltinModule('node:child_process');
    const child = spawn(program, args, { cwd, detached: true, stdio: ['ignore', 'ignore', 'pipe'] });
    let errors = '';
    child.stderr.on('data', (chunk: Buffer) => {
      if (errors.length < 10_000) errors += chunk.toString('utf8');
    });
    const timer = setTimeout(() => {
      killGroup(child.pid);
      fail(new InputError(t('cli.pdf.timedOut', { program, seconds: TIMEOUT_MS / 1000 })));
    }, TIMEOUT_MS);
    child.on('error', (error: NodeJS.ErrnoException) => {
      clearTimeout(timer);
      fail(new InputError(t('cli.pdf.failed', { program, reason: error.code ?? error.message })));
    });
    child.on('close', (code) => {
      clearTimeout(timer);
      killGroup(child.pid); // helpers (GPU, zygote) that outlive the browser
      if (code === 0) done();
      else {
        const last = errors.trim().split('\n').at(-1) ?? '';
        const reason = last === '' ? t('cli.pdf.exitCode', { code: code ?? -1 }) : oneLine(last, 160);
        fail(new InputError(t('cli.pdf.failed', { program, reason })));
      }
    });
  });
}

function killGroup(pid: number | undefined): void {
  if (pid === undefined) return;
  try {
    process.kill(-pid, 'SIGKILL');
  } catch {
    // already gone
  }
}
