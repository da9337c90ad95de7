import { vi } from 'vitest';
import { describeFixtures } from '../helpers/fixture-suite.js';

// Every fixture again with the fast reader off, so small files go through the exact parser (as a file the fast
// reader declines does): the fixtures' expected diagnostics hold whichever reader reads a file.
vi.mock('../../src/parse/fast-parse.js', () => ({ fastParsed: () => undefined }));

describeFixtures();
