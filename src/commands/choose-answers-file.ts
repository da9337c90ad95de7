import { mkdir, readdir, stat } from 'node:fs/promises';
import { homedir } from 'node:os';
import { delimiter, dirname, isAbsolute, join, relative, resolve } from 'node:path';
import type { Io } from '../model/io.js';
import type { ChecklistIndex } from '../model/checklist.js';
import type { Prompter } from '../interview/prompter-types.js';
import { askWhichAnswers, rankCandidates, summariseCandidate } from '../interview/choose-answers.js';
import { calendarDate } from '../interview/answer-status.js';
import { findAnswersFiles, type FoundAnswers } from '../open/find-answers.js';
import { packageRoot } from '../load/paths.js';
import { oneLine } from '../text/sanitize.js';
import { quote } from '../text/shell-quote.js';
import { realPathOf } from './cli-name.js';
import {
  ANSWERS_DIRS_VARIABLE,
  chooseAnswersFolder,
  freeAnswersName,
  searchFolders,
} from './answers-location.js';
import { listOf, translator } from '../i18n/format.js';

/**
 * The answers file of an `assess` run without `-o`: the answers files of this checklist found in the usual folders
 * are listed, most recent first, and Enter resumes the first; otherwise (or when the user asks for a new one) a
 * file name is asked, proposing a free name in the default folder. Returns the path as the user should see it
 * (relative to the current folder when inside it), or undefined when the user quits.
 */
export async function chooseAnswersFile(
  prompter: Prompter,
  index: ChecklistIndex,
  io: Io,
  today: Date,
): Promise<string | undefined> {
  const t = translator();
  const id = index.checklist.id;
  const home = io.env.HOME ?? io.env.USERPROFILE ?? homedir();
  const place = chooseAnswersFolder({
    cwd: io.cwd,
    realCwd: realPathOf(io.cwd) ?? io.cwd,
    packageRoot: realPathOf(packageRoot) ?? packageRoot,
    home,
  });
  const folders = searchFolders(place.folder, io.cwd, io.env[ANSWERS_DIRS_VARIABLE], delimiter);
  const found = unique(await findAnswersFiles(folders));
  const show = (path: string): string => shownPath(path, io.cwd);
  if (place.ownTree) prompter.print(t('cli.assess.ownFolder', { folder: io.cwd, better: place.folder }));
  const others = found.filter((f) => f.ok && f.answers.checklist.id !== id);
  if (others.length > 0) {
    const ids = [...new Set(others.map((f) => (f.ok ? oneLine(f.answers.checklist.id, 60) : '')))];
    const [only] = ids;
    prompter.print(
      ids.length === 1 && only !== undefined
        ? t('cli.assess.found.otherChecklist', { count: others.length, id: only, quoted: quote(only) })
        : t('cli.assess.found.otherChecklists', { count: others.length, ids: listOf(ids) }),
    );
  }
  const mine = found.flatMap((f) =>
    f.ok && f.answers.checklist.id === id
      ? [summariseCandidate(index, { display: show(f.path), answers: f.answers, modified: f.modified })]
      : [],
  );
  const unusable = found.filter((f) => !f.ok).map((f) => ({ display: show(f.path) }));
  if (mine.length > 0 || unusable.length > 0) {
    const choice = await askWhichAnswers(prompter, id, rankCandidates(mine), unusable);
    if (choice === 'quit') return undefined;
    if (choice !== 'new') return choice.resume;
  }
  const taken = new Set(await readdir(place.folder).catch(() => [] as string[]));
  const proposed = show(join(place.folder, freeAnswersName(id, calendarDate(today), taken)));
  const answer = (
    await prompter.input(t('cli.assess.askOutput'), {
      default: proposed,
      validate: (v) => (v.trim() === '' ? t('cli.assess.enterFileName') : true),
    })
  ).trim();
  if (place.ownTree && dirname(resolve(io.cwd, answer)) === place.folder) {
    const exists = await stat(place.folder).then(
      () => true,
      () => false,
    );
    if (!exists) {
      await mkdir(place.folder, { recursive: true, mode: 0o700 });
      prompter.print(t('cli.assess.folderCreated', { folder: place.folder }));
    }
  }
  return answer;
}

/** A path relative to the current folder when inside it, else absolute (so that a printed command works there). */
function shownPath(path: string, cwd: string): string {
  const rel = relative(cwd, path);
  return rel !== '' && !rel.startsWith('..') && !isAbsolute(rel) ? rel : path;
}

/** Each file once, though two listed folders lead to it. */
function unique(found: readonly FoundAnswers[]): FoundAnswers[] {
  const seen = new Set<string>();
  return found.filter((f) => {
    const real = realPathOf(f.path) ?? f.path;
    if (seen.has(real)) return false;
    seen.add(real);
    return true;
  });
}
