import { vi } from 'vitest';
import { describeFixtures } from '../helpers/fixture-suite.js';

// Every fixture again with the fast reader off and the quick reader on for files of any size (normally only for
// large files the fast reader declines): it must change nothing a user sees, neither which files are clean nor
// any diagnostic or position.
vi.mock('../../src/parse/fast-parse.js', () => ({ fastParsed: () => undefined }));
vi.mock('../../src/parse/quick-parse.js', async (original) => ({
  ...(await original<typeof import('../../src/parse/quick-parse.js')>()),
  QUICK_FROM_CHARS: 0,
}));

describeFixtures();
