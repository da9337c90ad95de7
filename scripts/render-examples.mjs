// Regenerates the example reports in examples/ from the example answers files (run: npm run examples).
import { execFileSync } from 'node:child_process';
import { readdirSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const cli = join(root, 'dist', 'cli.js');
const examples = join(root, 'examples');

for (const name of readdirSync(examples)
  .filter((n) => n.endsWith('.answers.yaml'))
  .sort()) {
  const base = name.replace(/\.answers\.yaml$/, '');
  for (const format of ['md', 'html']) {
    const out = join('examples', `${base}.report.${format}`);
    execFileSync(process.execPath, [cli, 'report', join('examples', name), '-f', format, '-o', out], {
      cwd: root,
      stdio: ['ignore', 'inherit', 'pipe'],
    });
    process.stdout.write(`wrote ${out}\n`);
  }
}

// The government's report in full detail, and its brief as a PDF (A4, printed by the system's Chromium) and as Word.
const government = join('examples', 'veloria-government.answers.yaml');
for (const [out, args] of [
  ['veloria-government.report.full.html', ['-f', 'html', '--detail', 'full']],
  ['veloria-government.report.pdf', ['-f', 'pdf']],
  ['veloria-government.report.docx', ['-f', 'docx']],
]) {
  execFileSync(process.execPath, [cli, 'report', government, ...args, '-o', join('examples', out)], {
    cwd: root,
    stdio: ['ignore', 'inherit', 'pipe'],
  });
  process.stdout.write(`wrote examples/${out}\n`);
}

// Comparisons: progress (the 2024 self-assessment against the 2026 one) and divergence (government against NGO).
const comparisons = [
  ['compare-progress', 'veloria-government-2024.answers.yaml', 'veloria-government.answers.yaml'],
  ['compare-divergence', 'veloria-government.answers.yaml', 'veloria-ngo.answers.yaml'],
];
for (const [name, base, current] of comparisons) {
  for (const format of ['md', 'html']) {
    const out = join('examples', `${name}.${format}`);
    execFileSync(
      process.execPath,
      [cli, 'compare', join('examples', base), join('examples', current), '-f', format, '-o', out],
      { cwd: root, stdio: ['ignore', 'inherit', 'pipe'] },
    );
    process.stdout.write(`wrote ${out}\n`);
  }
}
