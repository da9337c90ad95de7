import { defineConfig } from 'vitest/config';

// The tests that run in-process on the sources, for mutation testing (npm run mutation): tests that drive the
// built binary, a pseudo-terminal or a browser exercise dist/, which mutants of src/ never reach; the shipped-files
// test compares generated sources byte for byte, which Stryker's instrumented copies never match.
export default defineConfig({
  test: {
    include: ['test/**/*.test.ts'],
    setupFiles: ['test/setup-schemas.ts'],
    exclude: [
      'test/**/*-pty.test.ts',
      'test/**/*-browser.test.ts',
      'test/**/*-binary.test.ts',
      'test/unit/bench-generator.test.ts',
      'test/unit/validate-shipped.test.ts',
      // These run the built binary (as another user, too), which mutants of src/ never reach.
      'test/cli/output-safety.test.ts',
      'test/cli/many-diagnostics.test.ts',
    ],
    testTimeout: 30000,
    hookTimeout: 60000,
  },
});
