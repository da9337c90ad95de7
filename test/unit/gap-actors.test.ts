import { describe, expect, it } from 'vitest';
import { responsibleActors } from '../../src/report/actor-names.js';
import { main } from '../../src/main.js';
import { fakeIo } from '../helpers/io.js';

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

  it('the report: each gap of the list has a Responsible line, the per-question detail has none, the JSON has the names', async () => {
    const file = 'examples/veloria-ngo.answers.yaml';
    const data = JSON.parse(await run(['report', file, '-f', 'json'])) as {
      gaps: { id: string; actors: { id: string; name: string }[] }[];
    };
    const participation = data.gaps.find((g) => g.id === 'PRO-PAR-02');
    expect(participation?.actors.map((a) => a.name)).toEqual([
      'Government and ministries',
      'Social and child protection services',
      'Children and young people',
      'Civil society organizations',
    ]);
    const md = await run(['report', file, '-f', 'md']);
    const gapList = md.slice(
      md.indexOf('## Prioritised gaps'),
      md.indexOf('\n## ', md.indexOf('## Prioritised gaps') + 1),
    );
    const withActors = data.gaps.filter((g) => g.actors.length > 0).length;
    expect(withActors).toBeGreaterThan(50);
    expect(gapList.match(/^- \*\*Responsible:\*\* /gm)).toHaveLength(withActors);
    expect(md.match(/^- \*\*Responsible:\*\* /gm)).toHaveLength(withActors);
    expect(gapList).toContain(
      '- **Responsible:** Government and ministries; Social and child protection services; Children and young people; Civil society organizations\n',
    );
  });
});
