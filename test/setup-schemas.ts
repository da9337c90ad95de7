// Validation is handed the shipped schemas by the program at start (main.ts); tests that validate directly get
// them here.
import { useSchemas } from '../src/validate/schemas.js';
import { shippedSchemas } from '../src/load/schema-source.js';

useSchemas(shippedSchemas);
