// Writes test/fixtures/seed-shingles.txt: hashes of every 12-word run in the source documents
// (../shared/seeds), so a test can prove no checklist copies a sentence without the sources living in this repo.
// Usage: node scripts/make-seed-shingles.mjs [seeds-folder]
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { shingleHashes } from './shingles.mjs';

const dir = process.argv[2] ?? '../shared/seeds';
const all = new Set();
for (const name of readdirSync(dir).sort()) {
  for (const h of shingleHashes(readFileSync(join(dir, name), 'utf8'))) all.add(h);
}
writeFileSync('test/fixtures/seed-shingles.txt', `${[...all].sort().join('\n')}\n`);
console.log(`${all.size} shingles`);
