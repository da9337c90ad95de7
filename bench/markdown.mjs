// Markdown tables and number formats of the benchmark's output (pure).

/** A Markdown table: `columns` are [header, 'l' | 'r'] pairs, `rows` arrays of cell strings. */
export function table(columns, rows) {
  const head = `| ${columns.map(([h]) => h).join(' | ')} |`;
  const rule = `| ${columns.map(([, align]) => (align === 'r' ? '---:' : '---')).join(' | ')} |`;
  return [head, rule, ...rows.map((cells) => `| ${cells.map(escapeCell).join(' | ')} |`)].join('\n');
}

/** Milliseconds: whole from 100 ms, one decimal from 10 ms, two below. */
export function ms(value) {
  if (value === undefined) return '–';
  return value.toFixed(value >= 100 ? 0 : value >= 10 ? 1 : 2);
}

/** A timing's median. */
export function median(m) {
  return m ? ms(m.median) : '–';
}

/** A timing's range, "min-max". */
export function range(m) {
  return m ? `${ms(m.min)}-${ms(m.max)}` : '–';
}

/** Megabytes, whole. */
export function mb(value) {
  return value === undefined ? '–' : value.toFixed(0);
}

/** A ratio as "1.23x" (two decimals), or "–" when there is none. */
export function times(value) {
  return value === undefined ? '–' : `${value.toFixed(2)}x`;
}

function escapeCell(cell) {
  return String(cell).replaceAll('|', '\\|');
}

/**
 * The table of a group of paired measurements (wall time, CPU time, peak RSS): each row { label, m, refs } where
 * `m` is a result of runPaired (or { failed }) and `refs` the results its ratios are taken to, one per name in `refNames` ("× node -e 0", ...).
 */
export function measurementTable(refNames, rows) {
  return table(
    [
      ['command', 'l'],
      ['median ms', 'r'],
      ['min-max ms', 'r'],
      ['CPU ms', 'r'],
      ['peak RSS MB', 'r'],
      ...refNames.map((name) => [`× ${name}`, 'r']),
    ],
    rows.map(({ label, m, refs }) => {
      if (!m || m.failed)
        return [
          `${label}: not measured (${m?.failed ?? 'not run'})`,
          '–',
          '–',
          '–',
          '–',
          ...refNames.map(() => '–'),
        ];
      return [
        label,
        median(m),
        range(m),
        ms(m.cpu),
        mb(m.rss),
        ...refs.map((ref) => (ref === m || !ref || ref.failed ? '–' : times(m.median / ref.median))),
      ];
    }),
  );
}
