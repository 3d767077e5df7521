import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['{db,api,jobs,web,test}/**/*.test.ts'],
    exclude: ['**/node_modules/**', '**/dist/**'],
    // Browser tests take several waiting steps on two busy cores (CI runs every file at once); a step that waits
    // in vain still fails on its own, sooner (test/helpers/browser-app.ts).
    testTimeout: 60_000,
    hookTimeout: 60_000,
  },
});
