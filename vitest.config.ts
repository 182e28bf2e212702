import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['test/**/*.test.{ts,tsx}'],
    testTimeout: 20_000,
    hookTimeout: 30_000,
    // Pseudo-terminal tests start real processes: keep parallelism modest on 2 cores.
    maxWorkers: 2,
    // Ink draws only its last frame when it thinks it runs in CI (CI=true), which would
    // hide every frame in-process render tests look at; the tests are not the app.
    env: { CI: 'false' },
  },
});
