import type { Locator, Page } from '@playwright/test';
import { readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import type { ChannelInput } from '../../shared/ipc/contract';
import { createPlanHandlers } from '../../electron/plan/plan-handlers';
import { systemClock } from '../../electron/ports/clock';
import { weakestAllowedKdfParams } from '../../electron/vault/kdf-params';
import { VaultSession } from '../../electron/vault/vault-session';
import {
  colourRules,
  expect,
  expectNoSeriousAxeViolations,
  passphrase,
  type WaypointFixtures,
  type WaypointWorkerFixtures,
} from './fixtures';
import type { RunningApp } from './hosts/running-app';
import { sequentialIds } from '../support/sequential-ids';

export { passphrase };

/** The app's main navigation (Plan, Check-ins, Progress, Export, Settings). */
export const mainNav = (page: Page) => page.getByRole('navigation', { name: 'Main' });

/**
 * Opens an area from the main navigation by keyboard and waits for its heading to take focus. It
 * first waits for the screen on show to have focused its own heading (screens focus it once their
 * data is in), or that late focus could land after the link's and Enter would go nowhere.
 */
export async function openAreaByKeyboard(page: Page, area: string, heading: string): Promise<void> {
  await expect(page.locator('h1:focus')).toHaveCount(1);
  const link = mainNav(page).getByRole('link', { name: area });
  await link.focus();
  await expect(link).toBeFocused();
  await page.keyboard.press('Enter');
  await expect(page.getByRole('heading', { level: 1, name: heading, exact: true })).toBeFocused();
}

/** One of the mood picker's eleven options. */
export const moodOption = (page: Page, mood: number) => page.getByRole('radio', { name: `${mood} out of 10` });

/**
 * Waits until `locator` is visible, looking every 100 ms. A plain `toBeVisible()` with the 10 s
 * budget looks every 500 ms once 270 ms have gone by (Playwright's backoff scales with the
 * timeout), which cost about 0.45 s an unlock here. The steps every test takes use this.
 */
export async function expectVisibleSoon(locator: Locator, timeout = 10_000): Promise<void> {
  await expect(async () => expect(locator).toBeVisible({ timeout: 2_000 })).toPass({ timeout, intervals: [0] });
}

/**
 * Creates a vault from the welcome screen, says "Not now" to the recovery key it offers, and waits
 * for the first unlocked screen.
 */
export async function createVault(page: Page, chosen = passphrase): Promise<void> {
  await expectVisibleSoon(page.getByRole('heading', { name: 'Welcome to Waypoint' }));
  await page.getByLabel('Passphrase', { exact: true }).fill(chosen);
  await page.getByLabel('Type it again', { exact: true }).fill(chosen);
  await page.getByLabel(/^I understand that without a recovery key/).check();
  await page.getByRole('button', { name: 'Create my vault' }).click();
  await expectVisibleSoon(page.getByRole('heading', { name: 'My vault is ready' }));
  await page.getByRole('button', { name: 'Not now' }).click();
  await expectVisibleSoon(page.getByRole('heading', { name: 'Start your plan' }));
}

/** After unlocking, Waypoint returns to the area that was open, like a screen lock does. */
export async function expectUnlocked(page: Page): Promise<void> {
  await expectVisibleSoon(page.getByRole('navigation', { name: 'Main' }));
}

export async function unlock(page: Page, typed: string): Promise<void> {
  const passphraseField = page.getByLabel('Passphrase', { exact: true });
  await expectVisibleSoon(passphraseField);
  await passphraseField.fill(typed);
  await page.getByRole('button', { name: 'Unlock' }).click();
}

/** Locks with the button and unlocks again with the test passphrase: what a person finds after a break. */
export async function lockAndUnlock(page: Page): Promise<void> {
  await page.getByRole('button', { name: /^Lock/ }).click();
  await expectVisibleSoon(page.getByRole('heading', { name: 'Unlock Waypoint' }));
  await unlock(page, passphrase);
  await expectUnlocked(page);
}

/** Runs `check` once in each theme on the same page: the app follows the system's colour scheme. */
/**
 * axe-core and a screenshot in both themes: every rule in the light theme, the colour rules in the
 * dark one (see `colourRules`), so a ten-year screen's check fits the per-test budget.
 */
export async function expectAccessibleInBothThemes(page: Page, screen: string, hostName: string): Promise<void> {
  await inBothThemes(page, async (colorScheme) => {
    await expectNoSeriousAxeViolations(
      page,
      `${screen}, ${colorScheme}`,
      colorScheme === 'dark' ? colourRules : undefined,
    );
    await screenshot(page, `${screen.replaceAll(/[^a-z0-9]+/gi, '-')}-${colorScheme}`, hostName);
  });
}

export async function inBothThemes(page: Page, check: (colorScheme: 'light' | 'dark') => Promise<void>): Promise<void> {
  for (const colorScheme of ['light', 'dark'] as const) {
    await page.emulateMedia({ colorScheme });
    await check(colorScheme);
  }
}

/**
 * Full-page screenshots to look at after a run, in test-results/screens/ named by host. Encoding a
 * tall page costs about 0.3 s, some 20 s over the suite, so they are taken only when asked for:
 * `WAYPOINT_SCREENSHOTS=1 npm run test:e2e`.
 */
export const screenshotsWanted = process.env['WAYPOINT_SCREENSHOTS'] === '1';

export async function screenshot(
  page: Page,
  name: string,
  hostName: string,
  options: { fullPage: boolean } = { fullPage: true },
): Promise<void> {
  if (!screenshotsWanted) return;
  await page.screenshot({ path: `test-results/screens/${hostName}-${name}.png`, fullPage: options.fullPage });
}

/**
 * Makes the vault a test starts from in the test process, in the real format (the weakest KDF a
 * file may hold), with a plan started from `template` through main's own handler, so a test that
 * is about one screen does not spend its budget on the screens before it.
 */
export async function seedVault(
  userDataDir: string,
  options: { template?: ChannelInput<'plan.start'>['template']; fill?: (session: VaultSession) => void } = {},
): Promise<void> {
  const vaultPath = path.join(userDataDir, 'waypoint.vault');
  // A vault with only a template is the same file every time: made once per worker, then copied
  // (a new vault costs a crypto worker, Argon2id and a sealed save: ~0.3 s a test here).
  if (!options.fill) {
    const key = options.template ?? 'empty';
    const made = templateVaults.get(key);
    if (made) return writeFile(vaultPath, made, { flag: 'wx', mode: 0o600 });
    await makeVault(vaultPath, options);
    templateVaults.set(key, await readFile(vaultPath));
    return;
  }
  await makeVault(vaultPath, options);
}

/** The file of each vault seeded with a template alone, in this worker. */
const templateVaults = new Map<string, Buffer>();

async function makeVault(vaultPath: string, options: Parameters<typeof seedVault>[1] = {}): Promise<void> {
  const session = await VaultSession.create(vaultPath, passphrase, {
    program: 'cli',
    kdfParams: weakestAllowedKdfParams,
  });
  if (options.template) {
    await createPlanHandlers(session, { newId: sequentialIds('seed'), clock: systemClock })['plan.start']({
      template: options.template,
    });
  }
  options.fill?.(session);
  await session.close();
}

/**
 * Seeds the vault (see `seedVault`), launches Waypoint on it and unlocks it; with `clock`, the
 * renderer's clock stands still at that moment from before the page loads.
 */
export async function openSeeded(
  { launch, userDataDir }: Pick<WaypointFixtures, 'launch' | 'userDataDir'>,
  seed: Parameters<typeof seedVault>[1] = {},
  launchOptions: Parameters<WaypointFixtures['launch']>[0] & { clock?: string } = {},
): Promise<RunningApp> {
  await seedVault(userDataDir, seed);
  const { clock, ...options } = launchOptions;
  const app = await launch({ ...options, ...(clock ? { rendererClock: clock } : {}) });
  await unlock(app.page, passphrase);
  await expectUnlocked(app.page);
  return app;
}

/** Launches on a copy of the 10-year demo vault, unlocked, on 20 November 2026 at noon in London. */
export async function openDemo(
  {
    launch,
    userDataDir,
    copyDemoVault,
  }: Pick<WaypointFixtures & WaypointWorkerFixtures, 'launch' | 'userDataDir' | 'copyDemoVault'>,
  colorScheme: 'light' | 'dark' = 'light',
): Promise<RunningApp> {
  await copyDemoVault(userDataDir);
  const app = await launch({ colorScheme, timeZone: 'Europe/London', rendererClock: '2026-11-20T12:00:00Z' });
  await unlock(app.page, passphrase);
  await expectUnlocked(app.page);
  return app;
}

/** Main's clock and the renderer's at the same moment, in London: the day things count for is fixed. */
export const inLondonAt = (at: string) => ({ timeZone: 'Europe/London', clock: at, mainClock: at });
