import AxeBuilder from '@axe-core/playwright';
import { test as base, expect, type Page } from '@playwright/test';
import { copyFile } from 'node:fs/promises';
import path from 'node:path';
import { fillDemoVault } from '../../electron/demo/demo-vault';
import { weakestAllowedKdfParams } from '../../electron/vault/kdf-params';
import { VaultSession } from '../../electron/vault/vault-session';
import { sequentialIds } from '../support/sequential-ids';
import { makeTempFolder, removeTempFolder } from '../support/temp-folder';
import { launchChromiumHost } from './hosts/chromium-host';
import { launchElectronHost } from './hosts/electron-host';
import type { HostLaunchOptions, HostName, RunningApp } from './hosts/running-app';

export interface WaypointFixtures {
  /** A fresh user-data folder for this test; survives relaunches within the test. */
  userDataDir: string;
  /** Starts Waypoint on this project's host. Later calls (relaunch) close the previous one first. */
  launch(options?: Omit<HostLaunchOptions, 'userDataDir'>): Promise<RunningApp>;
}

export interface WaypointOptions {
  hostName: HostName;
}

/** The passphrase of every vault the tests make. */
export const passphrase = 'quiet river lantern morning';

export interface WaypointWorkerFixtures {
  /**
   * Puts a copy of the 10-year demo vault (ending 20 November 2026) in a user-data folder. The
   * vault is made once per worker: filling ten years takes seconds a test cannot spare.
   */
  copyDemoVault(userDataDir: string): Promise<void>;
}

export const test = base.extend<WaypointFixtures & WaypointOptions, WaypointWorkerFixtures>({
  hostName: ['chromium', { option: true }],
  copyDemoVault: [
    // eslint-disable-next-line no-empty-pattern
    async ({}, use) => {
      const folder = await makeTempFolder('e2e-demo');
      const demo = path.join(folder, 'waypoint.vault');
      const session = await VaultSession.create(demo, passphrase, {
        program: 'cli',
        kdfParams: weakestAllowedKdfParams,
      });
      session.change((db) => fillDemoVault(db, { years: 10, today: '2026-11-20' }, sequentialIds('demo')));
      await session.close();
      await use((userDataDir) => copyFile(demo, path.join(userDataDir, 'waypoint.vault')));
      await removeTempFolder(folder);
    },
    { scope: 'worker', timeout: 30_000 },
  ],
  // eslint-disable-next-line no-empty-pattern
  userDataDir: async ({}, use) => {
    const folder = await makeTempFolder('e2e');
    await use(folder);
    await removeTempFolder(folder);
  },
  launch: async ({ hostName, userDataDir }, use) => {
    let running: RunningApp | undefined;
    await use(async (options = {}) => {
      await running?.close();
      const launchOptions = { ...options, userDataDir };
      running =
        hostName === 'electron' ? await launchElectronHost(launchOptions) : await launchChromiumHost(launchOptions);
      return running;
    });
    await running?.close();
  },
});

export { expect };

/**
 * The axe-core rules whose outcome depends on colour. A theme changes colours only: names, roles,
 * structure and sizes are the same in both, so a screen checked in full in one theme needs only
 * these in the other.
 */
export const colourRules = ['color-contrast', 'link-in-text-block'];

/**
 * Fails on any serious or critical axe-core violation, listing them so the fix is obvious. Every
 * WCAG 2.2 A/AA rule, or only `rules` when given.
 */
export async function expectNoSeriousAxeViolations(page: Page, screen: string, rules?: string[]): Promise<void> {
  // axe.run in the page itself: the app has no cross-origin frames, so the default's extra blank
  // page for combining frame results (~0.8 s a check here) buys nothing.
  const builder = new AxeBuilder({ page })
    .setLegacyMode()
    .withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa']);
  if (rules) builder.withRules(rules);
  const results = await builder.analyze();
  const serious = results.violations.filter(
    (violation) => violation.impact === 'serious' || violation.impact === 'critical',
  );
  expect(
    serious.map(
      (violation) =>
        `${violation.id}: ${violation.help} (${violation.nodes.map((node) => node.target.join(' ')).join(', ')})`,
    ),
    `axe-core on ${screen}`,
  ).toEqual([]);
}
