import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { main } from '../../src/main.js';
import { fakeIo } from '../helpers/io.js';
import { isTranslationFileName } from '../../src/translate/file-name.js';

const root = join(import.meta.dirname, '..', '..');
const readme = readFileSync(join(root, 'README.md'), 'utf8');
const section = readme.slice(
  readme.indexOf('\n## Answers file\n'),
  readme.indexOf('\n## Checklist format\n'),
);
const scratch = mkdtempSync(join(tmpdir(), 'opsc-readme-answers-'));
afterAll(() => {
  rmSync(scratch, { recursive: true, force: true });
});

interface Level {
  key: string;
  label: string;
  description: string;
}

describe('the README for a new user', () => {
  it('starts with the two commands CI and a reviewer run from a clone', () => {
    const blocks = [...readme.matchAll(/```sh\n([\s\S]*?)```/g)].map((m) => m[1]);
    expect(blocks[0]).toBe('npm ci\nnpx opsc-audit assess\n');
  });

  it('has an "Answers file" section, just before "Checklist format"', () => {
    expect(section.length).toBeGreaterThan(1000);
    expect(readme.indexOf('\n## Answers file\n')).toBeLessThan(readme.indexOf('\n## Checklist format\n'));
  });

  it('lists the scale levels of every bundled checklist with the words the user sees', () => {
    const header = '| `level` | shown as | meaning |\n| --- | --- | --- |\n';
    expect(section).toContain(header);
    const table = section.slice(section.indexOf(header) + header.length);
    const rows = [...table.matchAll(/^\| `([a-z_]+)` \| ([^|`]+) \| ([^|]+) \|$/gm)].map((m) => ({
      key: m[1],
      label: m[2]?.trim(),
      description: m[3]?.trim(),
    }));
    const checklists = readdirSync(join(root, 'checklists')).filter(
      (name) => name.endsWith('.yaml') && !isTranslationFileName(name),
    );
    expect(checklists.length).toBeGreaterThan(0);
    for (const name of checklists) {
      const checklist = parse(readFileSync(join(root, 'checklists', name), 'utf8')) as { scale: Level[] };
      expect(checklist.scale.map(({ key, label, description }) => ({ key, label, description }))).toEqual(
        rows,
      );
    }
  });

  it('gives an example answers file that validate accepts as it is (but the shortened digest)', async () => {
    const example = /```yaml\n([\s\S]*?)```/.exec(section)?.[1] ?? '';
    const bundled = readFileSync(join(root, 'examples', 'veloria-government.answers.yaml'), 'utf8');
    const digest = /digest: (sha256:[0-9a-f]{64})/.exec(bundled)?.[1] ?? '';
    expect(example).toMatch(/digest: sha256:[0-9a-f]+…/);
    const file = join(scratch, 'readme.answers.yaml');
    writeFileSync(file, example.replace(/sha256:[0-9a-f]+…/, digest));
    const io = fakeIo(root);
    expect(await main(['validate', '--strict', file], io)).toBe(0);
    expect(io.out()).toContain('no problems');
  });
});
