import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['test/**/*.test.ts'],
    setupFiles: ['test/setup-schemas.ts', 'test/setup-renderers.ts'],
    testTimeout: 30000,
    hookTimeout: 60000,
  },
});
