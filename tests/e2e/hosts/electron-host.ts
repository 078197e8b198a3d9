import { _electron as electron } from '@playwright/test';
import { existsSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import type { HostLaunchOptions, RunningApp } from './running-app';

const mainEntry = path.resolve(import.meta.dirname, '../../../out/main/index.js');

/**
 * The Electron binary, if it has been downloaded. The electron package fetches it lazily at first
 * run; on machines without internet it never arrives and the Electron project is skipped.
 */
export function electronBinaryPath(): string | undefined {
  try {
    const packageDir = path.dirname(createRequire(import.meta.url).resolve('electron/package.json'));
    const pathFile = path.join(packageDir, 'path.txt');
    if (!existsSync(pathFile)) return undefined;
    const binary = path.join(packageDir, 'dist', readFileSync(pathFile, 'utf8').trim());
    return existsSync(binary) ? binary : undefined;
  } catch {
    return undefined;
  }
}

export async function launchElectronHost(options: HostLaunchOptions): Promise<RunningApp> {
  const executablePath = electronBinaryPath();
  if (!executablePath) throw new Error('No Electron binary: the Electron project should have been skipped.');
  const app = await electron.launch({
    executablePath,
    args: [mainEntry, ...(process.platform === 'linux' && process.getuid?.() === 0 ? ['--no-sandbox'] : [])],
    colorScheme: options.colorScheme ?? 'light',
    env: {
      ...process.env,
      WAYPOINT_USER_DATA_DIR: options.userDataDir,
      ...(options.timeZone ? { TZ: options.timeZone } : {}),
      ...(options.idleLockMs ? { WAYPOINT_IDLE_LOCK_MS: String(options.idleLockMs) } : {}),
    },
  });
  const page = await app.firstWindow();
  await page.waitForLoadState('domcontentloaded');
  if (options.rendererClock) await page.clock.setFixedTime(new Date(options.rendererClock));
  return {
    host: 'electron',
    page,
    foreignRequests: [],
    // The native dialog cannot be clicked by a test: main's dialog module answers instead.
    answerSaveDialog: (file) =>
      app.evaluate(({ dialog }, target) => {
        const answer = target ? { canceled: false, filePath: target } : { canceled: true, filePath: '' };
        dialog.showSaveDialog = (() => Promise.resolve(answer)) as typeof dialog.showSaveDialog;
      }, file),
    answerOpenDialog: (chosen) =>
      app.evaluate(({ dialog }, target) => {
        const answer = target ? { canceled: false, filePaths: [target] } : { canceled: true, filePaths: [] };
        dialog.showOpenDialog = (() => Promise.resolve(answer)) as typeof dialog.showOpenDialog;
      }, chosen),
    close: async () => {
      await app.close();
    },
  };
}
