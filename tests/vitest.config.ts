import react from '@vitejs/plugin-react';
import path from 'node:path';
import { defineConfig } from 'vitest/config';

const root = path.resolve(import.meta.dirname, '..');

export default defineConfig({
  test: {
    root,
    globalSetup: ['tests/support/no-leftovers.ts'],
    // Both cores: Vitest's default here is one worker (cores - 1), which leaves one idle while
    // each test file mostly waits on its own crypto worker and the disk (~130 s against ~90 s).
    maxWorkers: 2,
    projects: [
      {
        test: {
          name: 'unit',
          // One module registry per worker: sql.js and libsodium load their WASM once, not per file.
          isolate: false,
          root,
          environment: 'node',
          include: ['tests/unit/**/*.test.ts'],
          // The budget for any one test; a test near it is a bug to fix, not a limit to raise.
          testTimeout: 15_000,
          hookTimeout: 15_000,
        },
      },
      {
        test: {
          // `npm run test:slow`: crash sweeps with real processes, run by CI after `npm test`.
          name: 'slow',
          root,
          environment: 'node',
          include: ['tests/slow/**/*.test.ts'],
          testTimeout: 120_000,
        },
      },
      {
        plugins: [react()],
        test: {
          name: 'component',
          // One module registry per worker, as for unit tests: React, the screens and jsdom's
          // globals load once, not per file (46 → 21 s of CPU here). Each test renders its own
          // providers and Testing Library empties the document after it, so nothing carries over
          // (checked with the files shuffled, in one worker and in two).
          isolate: false,
          root,
          environment: 'jsdom',
          include: ['tests/component/**/*.test.tsx'],
          setupFiles: ['tests/component/setup.ts'],
          testTimeout: 15_000,
        },
      },
    ],
  },
});
