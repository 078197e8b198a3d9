import { test as base, expect, type Page } from '@playwright/test';
import { copyFile, readFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import type Axe from 'axe-core';
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

/** The WCAG 2.2 A and AA rule sets every screen is checked against. */
const wcagTags = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'];

let axeSource: Promise<string> | undefined;

/**
 * Fails on any serious or critical axe-core violation, listing them so the fix is obvious. Every
 * WCAG 2.2 A/AA rule, or only `rules` when given.
 *
 * axe-core is put in the page once per page load and run there directly: the app has no frames,
 * and @axe-core/playwright evaluated axe's 600 kB source twice per check and collected every
 * passing node too (together about 0.6 s a check, half a minute of the suite).
 */
export async function expectNoSeriousAxeViolations(page: Page, screen: string, rules?: string[]): Promise<void> {
  if (!(await page.evaluate(() => 'axe' in window))) {
    axeSource ??= readFile(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');
    await page.evaluate(await axeSource);
  }
  const violations = await page.evaluate(
    async ({ tags, only }) => {
      // From the top: a control scrolled under the sticky top bar is hidden by the scroll, not by
      // the layout, and axe would count it as a target too small to press.
      window.scrollTo(0, 0);
      const { axe } = window as unknown as { axe: typeof Axe };
      const results = await axe.run(document, {
        runOnly: only ? { type: 'rule', values: only } : { type: 'tag', values: tags },
        resultTypes: ['violations'],
      });
      return results.violations.map(({ id, help, impact, nodes }) => ({
        id,
        help,
        impact,
        targets: nodes.map((node) => node.target.join(' ')),
      }));
    },
    { tags: wcagTags, only: rules },
  );
  const serious = violations.filter((violation) => violation.impact === 'serious' || violation.impact === 'critical');
  expect(
    serious.map((violation) => `${violation.id}: ${violation.help} (${violation.targets.join(', ')})`),
    `axe-core on ${screen}`,
  ).toEqual([]);
}
