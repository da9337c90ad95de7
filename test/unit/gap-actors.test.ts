import { describe, expect, it } from 'vitest';
import { responsibleActors } from '../../src/report/actor-names.js';
import { main } from '../../src/main.js';
import { fakeIo } from '../helpers/io.js';
import { reportViewOf } from '../helpers/report-view.js';

async function run(args: string[]): Promise<string> {
  const io = fakeIo(process.cwd());
  expect(await main(args, io)).toBe(0);
  return io.out();
}

describe('every gap names who is responsible, in plain words', () => {
  it('names declared actors by their label and others by their id made readable, in the question’s order', () => {
    const names = new Map([['government', 'Government and ministries']]);
    expect(responsibleActors(['law_enforcement', 'government'], names)).toEqual([
      'Law enforcement',
      'Government and ministries',
    ]);
    expect(responsibleActors(undefined, names)).toEqual([]);
  });

  it('the report: the action table names who is responsible; the annex names it for each other action; the JSON has the names', async () => {
    const file = 'examples/veloria-ngo.answers.yaml';
    const view = await reportViewOf([file]);
    const questions = (view.annex?.sections ?? []).flatMap((s) => s.questions);
    const participation = questions.find((q) => q.id === 'PRO-PAR-02');
    expect(participation?.actors).toEqual([
      'Government and ministries',
      'Social and child protection services',
      'Children and young people',
      'Civil society organizations',
    ]);
    const md = await run(['report', file, '-f', 'md', '--detail', 'full']);
    const start = md.indexOf('## What to do first');
    const table = md.slice(start, md.indexOf('\n## ', start + 1));
    for (const row of view.actions.rows) expect(table).toContain(row.actors.join('; '));
    const annex = md.slice(md.indexOf('## Annex'));
    const withActors = questions.filter(
      (q) => q.action !== null && q.seeAction === null && q.actors.length > 0,
    );
    expect(withActors.length).toBeGreaterThan(50);
    expect(annex.match(/^- \*\*Responsible:\*\* /gm)).toHaveLength(withActors.length);
    const data = JSON.parse(await run(['report', file, '-f', 'json'])) as {
      gaps: { id: string; actors: { name: string }[] }[];
    };
    expect(data.gaps.find((g) => g.id === 'PRO-PAR-02')?.actors.map((a) => a.name)).toEqual(
      participation?.actors,
    );
  });
});
