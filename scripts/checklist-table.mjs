// Prints the README's table of bundled checklists: sources and question counts per pillar, per theme (the
// questions specific to it), theme-specific and cross-cutting, and per normative basis.
// test/unit/readme.test.ts checks that README.md contains exactly this table.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';

const THEMES = ['child_marriage', 'prostitution', 'travel_tourism', 'online'];
const PILLARS = ['prevention', 'protection', 'rehabilitation'];
const BASES = ['obligation', 'recommendation', 'practice'];

/** Markdown table rows for every bundled checklist. */
export function checklistTable(dir) {
  const lines = [
    '| checklist | version | sources | questions | prevention | protection | rehabilitation | child marriage | prostitution | travel & tourism | online | theme-specific | cross-cutting | obligation | recommendation | practice |',
    '| --- | --- | --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: |',
  ];
  // Translations (x.fr.yaml) lie beside the checklists: they are not checklists.
  for (const name of readdirSync(dir)
    .filter((n) => n.endsWith('.yaml') && !/\.[a-z]{2,3}(-[A-Za-z0-9]{2,8})*\.yaml$/.test(n))
    .sort()) {
    const c = parse(readFileSync(join(dir, name), 'utf8'));
    const questions = c.sections.flatMap((s) => s.questions.map((q) => ({ ...q, pillar: s.pillar })));
    const byPillar = PILLARS.map((p) => questions.filter((q) => q.pillar === p).length);
    // A theme the checklist does not declare is shown as "–", not 0: it is not scored at all.
    const declared = new Set((c.themes ?? []).map((t) => (typeof t === 'string' ? t : t.id)));
    const byTheme = THEMES.map((t) =>
      declared.has(t) ? questions.filter((q) => (q.themes ?? []).includes(t)).length : '–',
    );
    const specific = questions.filter((q) => (q.themes ?? []).length > 0).length;
    byTheme.push(specific, questions.length - specific);
    const byBasis = BASES.map((b) => questions.filter((q) => q.basis === b).length);
    const id = c.id === 'sr-practical-approach-2022' ? `\`${c.id}\` (default)` : `\`${c.id}\``;
    lines.push(
      `| ${id} | ${c.version} | ${c.sources.map((s) => s.id).join(', ')} | ${questions.length} | ${byPillar.join(' | ')} | ${byTheme.join(' | ')} | ${byBasis.join(' | ')} |`,
    );
  }
  return lines.join('\n');
}

if (import.meta.url === `file://${process.argv[1]}`) {
  console.log(checklistTable(join(import.meta.dirname, '..', 'checklists')));
}
