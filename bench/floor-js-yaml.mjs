// A floor: read each file named and load it with js-yaml (data only, no positions), nothing else.
import { readFileSync } from 'node:fs';
import { load } from 'js-yaml';

for (const file of process.argv.slice(2)) load(readFileSync(file, 'utf8'));
