// The interview's save after one answer changes, timed against a plain atomic write of the same bytes.
import { mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { open, readFile, rename } from 'node:fs/promises';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { makeAnswers, makeChecklist, toYaml } from './generate.mjs';

/**
 * For each size N: an answers file of N answers (each stamped with its question digest, as the interview stamps
 * them) for a synthetic checklist of N questions, read and opened as `assess` opens it (lock held, conflict
 * guard baseline, first save). Then, in `runs` paired rounds (after one untimed warm-up round):
 * - `save N`: the interview's save after the respondent changes one answer (recordAnswer: conditions, header,
 *   order, serialisation, the conflict guard, the atomic write with fsync, the new disk stamp);
 * - `atomic write N`: the same bytes written to a temporary file in the same folder, fsync'd, renamed over it.
 * Returns rows `{ name, median, min, max }` (milliseconds) and, per size, the ratio of the two medians.
 */
export async function measureSave(root, work, sizes, runs) {
  const dist = (...parts) => import(join(root, 'dist', ...parts));
  const { useSchemas } = await dist('validate', 'schemas.js');
  const { shippedSchemas } = await dist('load', 'schema-source.js');
  useSchemas(shippedSchemas);
  const { loadChecklist } = await dist('open', 'checklists.js');
  const { readAnswersShape } = await dist('open', 'read-answers.js');
  const { checklistDigest, questionDigest } = await dist('model', 'digest.js');
  const { acquireLock } = await dist('answers', 'lock.js');
  const { stampFile } = await dist('answers', 'disk-stamp.js');
  const { guardedSave } = await dist('answers', 'guarded-save.js');
  const { openSession, recordAnswer } = await dist('interview', 'session.js');

  const folder = join(work, 'save-bench');
  rmSync(folder, { recursive: true, force: true });
  mkdirSync(folder, { recursive: true });
  const rows = [];
  const ratios = [];
  try {
    for (const n of sizes) {
      const checklistPath = join(folder, `checklist-${n}.yaml`);
      writeFileSync(checklistPath, toYaml(makeChecklist(n)));
      const loaded = await loadChecklist(checklistPath, folder);
      if (!loaded.ok) throw new Error(`synthetic checklist ${n}: ${loaded.message}`);
      const index = loaded.index;
      const doc = makeAnswers(n, { digest: checklistDigest(index.checklist) });
      for (const [id, answer] of Object.entries(doc.answers)) {
        const q = index.byId.get(id);
        if (q) answer.digest = questionDigest(q);
      }
      const path = join(folder, `answers-${n}.yaml`);
      writeFileSync(path, toYaml(doc));

      // As assess opens it: the lock, the baseline stamp, the file as read, the session, the first save.
      const lock = await acquireLock(path, path, undefined);
      try {
        const baseline = await stampFile(path);
        const read = await readAnswersShape(path, { cwd: folder, purpose: 'resume' });
        if (!read.ok) throw new Error(`synthetic answers ${n}: ${read.message}`);
        const file = read.answers;
        const save = guardedSave({ path, display: path }, baseline, {
          now: () => new Date(),
          resume: 'opsc-audit assess',
        });
        const session = openSession(index, file, {}, save, () => new Date(), { details: false });
        await session.save(file);

        // One level question (not a yes/no, not conditional) whose answer changes at every save.
        const target =
          index.questions.find((q) => q.kind === 'level' && !q.question.when) ?? index.questions[2];
        const id = target.question.id;
        const levels = ['none', 'paper', 'pilot', 'partial', 'established'];
        let turn = 0;
        const change = () => {
          turn++;
          const next = { ...session.file.answers[id], level: levels[turn % levels.length] };
          delete next.value;
          return recordAnswer(session, id, next);
        };
        await change();
        const bytes = await readFile(path);
        const plainPath = join(folder, `plain-${n}.yaml`);
        writeFileSync(plainPath, bytes);
        let serial = 0;
        const plain = () => plainAtomicWrite(plainPath, `${plainPath}.${process.pid}.${serial++}.tmp`, bytes);
        // Paired: each run times one save and one plain write back to back, so both see the same machine load.
        const [saves, writes] = await timePaired([change, plain], runs);

        rows.push({ name: `save ${n}`, ...saves }, { name: `atomic write ${n}`, ...writes });
        const ratio = saves.median / writes.median;
        ratios.push({ size: n, save: saves.median, write: writes.median, ratio, met: ratio <= 3 });
      } finally {
        await lock.release();
      }
    }
  } finally {
    rmSync(folder, { recursive: true, force: true });
  }
  return { rows, ratios };
}

/** Writes bytes to a new temporary file beside the target, flushes it to disk, and renames it over the target. */
async function plainAtomicWrite(target, temp, bytes) {
  const handle = await open(temp, 'wx', 0o600);
  try {
    await handle.write(bytes);
    await handle.sync();
  } finally {
    await handle.close();
  }
  await rename(temp, target);
}

/**
 * Median, min and max in milliseconds of `runs` calls of each function, called in turn within each run (after
 * one untimed warm-up round).
 */
async function timePaired(fns, runs) {
  for (const fn of fns) await fn();
  const times = fns.map(() => []);
  for (let i = 0; i < runs; i++) {
    for (const [k, fn] of fns.entries()) {
      const start = performance.now();
      await fn();
      times[k].push(performance.now() - start);
    }
  }
  return times.map(summary);
}

function summary(times) {
  times.sort((a, b) => a - b);
  const half = times.length / 2;
  const median = times.length % 2 === 1 ? times[Math.floor(half)] : (times[half - 1] + times[half]) / 2;
  return { median, min: times[0], max: times[times.length - 1] };
}

// Run directly: `node bench/save.mjs [runs] [sizes...]` prints the table (after `npm run build`).
if (import.meta.url === `file://${process.argv[1]}`) {
  const root = new URL('..', import.meta.url).pathname;
  const runs = Number(process.argv[2] ?? 9);
  const sizes = process.argv.length > 3 ? process.argv.slice(3).map(Number) : [100, 1000, 10000];
  const work = join(process.env.TMPDIR ?? '/tmp', `opsc-save-bench-${process.pid}`);
  const { rows, ratios } = await measureSave(root, work, sizes, runs);
  rmSync(work, { recursive: true, force: true });
  const ms = (v) => v.toFixed(2).padStart(9);
  for (const r of rows)
    console.log(`${r.name.padEnd(20)} median ${ms(r.median)} ms  min ${ms(r.min)}  max ${ms(r.max)}`);
  for (const r of ratios)
    console.log(`ratio ${String(r.size).padEnd(6)} ${r.ratio.toFixed(2)}x ${r.met ? 'met' : 'not met'}`);
}
