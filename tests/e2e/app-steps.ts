import type { Page } from '@playwright/test';
import { expect } from './fixtures';

export const passphrase = 'quiet river lantern morning';

/** Creates a vault from the welcome screen and waits for the first unlocked screen. */
export async function createVault(page: Page, chosen = passphrase): Promise<void> {
  await expect(page.getByRole('heading', { name: 'Welcome to Waypoint' })).toBeVisible();
  await page.getByLabel('Passphrase', { exact: true }).fill(chosen);
  await page.getByLabel('Type it again', { exact: true }).fill(chosen);
  await page.getByLabel('I understand that a forgotten passphrase cannot be recovered.', { exact: true }).check();
  await page.getByRole('button', { name: 'Create my vault' }).click();
  await expect(page.getByRole('heading', { name: 'Start your plan' })).toBeVisible({ timeout: 20_000 });
}

/** After unlocking, Waypoint returns to the area that was open, like a screen lock does. */
export async function expectUnlocked(page: Page): Promise<void> {
  await expect(page.getByRole('navigation', { name: 'Main' })).toBeVisible({ timeout: 20_000 });
}

export async function unlock(page: Page, typed: string): Promise<void> {
  await page.getByLabel('Passphrase', { exact: true }).fill(typed);
  await page.getByRole('button', { name: 'Unlock' }).click();
}

/** Full-page screenshots land in test-results/screens/, named by host, to be looked at after a run. */
export async function screenshot(page: Page, name: string, hostName: string): Promise<void> {
  await page.screenshot({ path: `test-results/screens/${hostName}-${name}.png`, fullPage: true });
}
