/** One row of checklists/COVERAGE.md. */
export interface CoverageRow {
  source: string;
  para: string;
  questions: string[];
  none: boolean;
}

/** One checklist's part of COVERAGE.md: its scope ranges and rows. */
export interface CoverageSection {
  scope: { source: string; from: number; to: number }[];
  rows: CoverageRow[];
}

/** Parses COVERAGE.md: `## <id>`, a `Scope:` line, and a table `| source | para | measure | questions |`. */
export function parseCoverage(markdown: string): Record<string, CoverageSection> {
  const out: Record<string, CoverageSection> = {};
  let current: CoverageSection | undefined;
  for (const line of markdown.split('\n')) {
    const heading = /^## (\S+)\s*$/.exec(line);
    if (heading?.[1]) {
      current = { scope: [], rows: [] };
      out[heading[1]] = current;
      continue;
    }
    if (!current) continue;
    if (line.startsWith('Scope:')) {
      for (const part of line.slice(6).split(';')) {
        const m = /^\s*(\S+) paras ([\d\s,-]+)/.exec(part);
        if (!m?.[1] || !m[2]) continue;
        for (const range of m[2].split(',')) {
          const [from, to] = range.trim().split('-').map(Number);
          if (from !== undefined && !Number.isNaN(from))
            current.scope.push({ source: m[1], from, to: to ?? from });
        }
      }
      continue;
    }
    const cells = line.split('|').map((c) => c.trim());
    if (cells.length < 6 || cells[1] === 'source' || /^-+$/.test(cells[1] ?? '')) continue;
    const questions = cells[4] ?? '';
    const none = questions.startsWith('none:');
    current.rows.push({
      source: cells[1] ?? '',
      para: cells[2] ?? '',
      questions: none
        ? []
        : questions
            .split(',')
            .map((q) => q.trim())
            .filter(Boolean),
      none,
    });
  }
  return out;
}
