import { defineConfig } from 'vitest/config';

// The tests mutation testing runs (npm run mutation): the unit tests, which call the pure core directly. The CLI
// tests run main() with every command loaded, or the built binary, a pseudo-terminal or a browser (dist/, which
// mutants of src/ never reach); run per mutant they made a run of src/score alone take over an hour on two
// cores. A mutant of the core that only a CLI test kills is a missing unit test. The shipped-files test compares
// generated sources byte for byte, which Stryker's instrumented copies never match.
export default defineConfig({
  test: {
    include: ['test/unit/**/*.test.ts'],
    setupFiles: ['test/setup-schemas.ts'],
    exclude: [
      'test/unit/bench-generator.test.ts',
      'test/unit/validate-shipped.test.ts',
      // Reads the build's cache of clean checklists (dist/clean-cache), which Stryker's sandbox does not match.
      'test/unit/clean-cache.test.ts',
    ],
    testTimeout: 30000,
    hookTimeout: 60000,
  },
});
