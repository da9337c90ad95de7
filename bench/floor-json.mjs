// A floor: read each file named (the same content as JSON) and JSON.parse it, nothing else.
import { readFileSync } from 'node:fs';

for (const file of process.argv.slice(2)) JSON.parse(readFileSync(file, 'utf8'));
