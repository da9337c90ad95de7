import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['test/**/*.test.ts'],
    setupFiles: ['test/setup-schemas.ts', 'test/setup-renderers.ts'],
    // Tests expect English whatever the machine's locale; a test of the language choice sets its own environment.
    env: { OPSC_LANG: 'en' },
    testTimeout: 30000,
    hookTimeout: 60000,
  },
});
