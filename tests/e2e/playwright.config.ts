import { defineConfig } from '@playwright/test';
import { electronBinaryPath } from './hosts/electron-host';
import type { WaypointOptions } from './fixtures';

const electronBinary = electronBinaryPath();
// Printed once, by the runner's main process (workers load this file too).
if (!electronBinary && process.env['TEST_WORKER_INDEX'] === undefined) {
  console.log(
    'Electron host: skipped — no Electron binary in node_modules/electron (it is downloaded at first `npm start` on a machine with internet).',
  );
}

export default defineConfig<WaypointOptions>({
  testDir: '.',
  globalSetup: '../support/no-leftovers.ts',
  outputDir: '../../test-results/e2e',
  // The per-test budget; a test near it is split, not given more time.
  timeout: 15_000,
  expect: { timeout: 10_000 },
  fullyParallel: true,
  // One worker: each test's time is its own, not shared with another on a 2-core machine.
  workers: 1,
  reporter: [['list']],
  // Recording a trace costs ~0.9 s a test here (about 45 s of the suite), so none is recorded by
  // default: a failure keeps its screenshot and error context, and `npm run test:e2e -- --trace on`
  // records traces when one is needed.
  use: { trace: 'off', screenshot: 'only-on-failure' },
  projects: [
    { name: 'chromium-host', use: { hostName: 'chromium' } },
    ...(electronBinary ? [{ name: 'electron-host', use: { hostName: 'electron' as const } }] : []),
  ],
});
