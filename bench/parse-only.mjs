// The floor for a file: read it and parse it with the yaml package, nothing else.
import { readFileSync } from 'node:fs';
import { parseDocument, LineCounter } from 'yaml';

const doc = parseDocument(readFileSync(process.argv[2], 'utf8'), { lineCounter: new LineCounter() });
doc.toJS();
