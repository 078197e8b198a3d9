import { readdir, readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import type { Page } from '@playwright/test';
import { lockedCheckInsFileName } from '../../electron/locked-check-ins/locked-check-in-files';
import { addLockedEntryKey } from '../../electron/locked-check-ins/locked-check-in-repository';
import { newLockedEntryKey, sealLockedEntry } from '../../electron/locked-check-ins/locked-check-in-seal';
import { loadSodium } from '../../electron/vault/sodium';
import type { VaultSession } from '../../electron/vault/vault-session';
import {
  expectAccessibleInBothThemes,
  expectUnlocked,
  inLondonAt,
  mainNav,
  openSeeded,
  passphrase,
  screenshot,
  unlock,
} from './app-steps';
import { expect, expectNoSeriousAxeViolations, test } from './fixtures';

/** Settings: lets me check in while locked, and says what that keeps beside the vault. */
async function turnOnLockedCheckIns(page: Page): Promise<void> {
  await mainNav(page).getByRole('link', { name: 'Settings' }).click();
  const setting = page.getByRole('region', { name: 'Checking in while Waypoint is locked' });
  await expect(setting).toContainText('Nobody can read it until I unlock');
  await expect(setting).toContainText('someone else at this computer could have written one');
  await setting.getByRole('checkbox', { name: 'Let me check in without unlocking' }).check();
  await expect(setting.getByText('The lock screen now lets me check in without my passphrase.')).toBeVisible();
}

/** Everything in the vault's folder, as text: what someone at the computer could read while locked. */
async function filesBesideTheVault(userDataDir: string): Promise<string> {
  const names = await readdir(userDataDir);
  const texts = await Promise.all(
    names.filter((name) => name.startsWith('locked-')).map((name) => readFile(path.join(userDataDir, name), 'latin1')),
  );
  return texts.join('\n');
}

test('checking in without unlocking, by keyboard: turned on in Settings, sealed on the lock screen where nothing of it can be read', async ({
  launch,
  userDataDir,
  hostName,
}) => {
  const { page } = await openSeeded(
    { launch, userDataDir },
    { template: 'mental-health' },
    inLondonAt('2026-11-19T19:00:00Z'),
  );
  await turnOnLockedCheckIns(page);
  await page.keyboard.press('Control+l');
  const lockScreen = page.getByRole('region', { name: 'Check in without unlocking' });
  await lockScreen.getByRole('button', { name: 'Check in now' }).press('Enter');
  // The mood has focus: a number key chooses, Tab goes to the line, Enter seals.
  await expect(lockScreen.getByRole('radio', { name: '5 out of 10' })).toBeFocused();
  await page.keyboard.press('3');
  await page.keyboard.press('Tab');
  await page.keyboard.type('A hard evening, I called Sam.');
  await page.keyboard.press('Enter');
  await expect(lockScreen.getByRole('status').filter({ hasText: 'Sealed.' })).toContainText(
    'Nobody can read it until I unlock, not even Waypoint.',
  );
  await lockScreen.getByRole('button', { name: 'Check in again' }).click();
  await page.keyboard.press('9');
  await page.keyboard.press('Tab');
  await page.keyboard.type('Not mine.');
  await page.keyboard.press('Enter');
  await expect(lockScreen.getByText('2 check-ins are waiting for my next unlock.')).toBeVisible();
  // Beside the vault: a public key and sealed lines, no word of what was written.
  const besideTheVault = await filesBesideTheVault(userDataDir);
  expect(besideTheVault).toContain('publicKey');
  expect(besideTheVault).not.toMatch(/hard evening|Sam|Not mine|"mood"/);
  await expectNoSeriousAxeViolations(page, 'lock screen with a check-in sealed');
  await screenshot(page, 'lock-screen-locked-check-in', hostName);
});

test('at the unlock, each check-in written while locked is kept or discarded by keyboard; a kept one is in my check-ins', async ({
  launch,
  userDataDir,
  hostName,
}) => {
  // Two entries sealed while locked, as the lock screen writes them, beside a vault holding the key.
  const sodium = await loadSodium();
  const key = newLockedEntryKey(sodium);
  const sealed = [
    { mood: 3, note: 'A hard evening, I called Sam.', writtenAt: '2026-11-19T19:10:00.000Z', id: 'a'.repeat(32) },
    { mood: 9, note: 'Not mine.', writtenAt: '2026-11-19T19:40:00.000Z', id: 'b'.repeat(32) },
  ].map((entry) => sealLockedEntry(sodium, key.publicKey, { version: 1, timeZone: 'Europe/London', ...entry }));
  await writeFile(path.join(userDataDir, lockedCheckInsFileName), `${sealed.join('\n')}\n`);
  const fill = (session: VaultSession) =>
    session.change((db) => addLockedEntryKey(db, key, new Date('2026-11-19T18:00:00Z')));
  const { page } = await openSeeded(
    { launch, userDataDir },
    { template: 'mental-health', fill },
    inLondonAt('2026-11-19T21:00:00Z'),
  );
  const review = page.getByRole('region', { name: '2 check-ins written while Waypoint was locked' });
  await expect(review.getByRole('listitem')).toHaveText([
    /(7:10 PM|19:10) · mood 3 out of 10 · A hard evening, I called Sam\./,
    /(7:40 PM|19:40) · mood 9 out of 10 · Not mine\./,
  ]);
  await expectAccessibleInBothThemes(page, 'check-ins written while locked', hostName);
  await review.getByRole('button', { name: /^Discard the check-in written .*(7:40 PM|19:40)/ }).focus();
  await page.keyboard.press('Enter');
  await expect(page.getByText(/^Discarded the check-in written .*(7:40 PM|19:40)/)).toBeVisible();
  // Focus goes to the heading, which says how many are left: the next Tab reaches the next entry.
  await expect(page.getByRole('heading', { name: '1 check-in written while Waypoint was locked' })).toBeFocused();
  const one = page.getByRole('region', { name: '1 check-in written while Waypoint was locked' });
  await one.getByRole('button', { name: /^Keep/ }).focus();
  await page.keyboard.press('Enter');
  await expect(page.getByText('Kept the check-in of November 19, 2026 in my check-ins.')).toBeVisible();
  // The file that carried them is gone once the vault holds them.
  expect(await readdir(userDataDir)).not.toContain(lockedCheckInsFileName);

  await mainNav(page).getByRole('link', { name: 'Check-ins' }).click();
  await expect(page.getByText('A hard evening, I called Sam.')).toBeVisible();
  await expect(page.getByText('Not mine.')).toHaveCount(0);
});

test('a check-in reminder clicked while locked opens the sealed check-in, and the unlock does not ask again', async ({
  launch,
  userDataDir,
  hostName,
}) => {
  test.skip(
    hostName === 'electron',
    'Main’s clock and the notification centre cannot be driven in an Electron process.',
  );
  const { page, reminders } = await openSeeded(
    { launch, userDataDir },
    { template: 'mental-health' },
    inLondonAt('2026-11-19T18:00:00Z'),
  );
  await turnOnLockedCheckIns(page);
  const settings = page.getByRole('region', { name: 'Reminders' });
  await settings.getByRole('button', { name: '+ Add a reminder time' }).click();
  await expect(settings.getByLabel('Reminder 1', { exact: true })).toHaveValue('20:00');
  await page.keyboard.press('Control+l');
  await expect(page.getByRole('button', { name: 'Check in now' })).toBeVisible();
  await reminders!.moveClock('2026-11-19T20:00:30Z');
  expect(reminders!.shown).toEqual([{ title: 'Waypoint', body: 'Time for your check-in.' }]);
  reminders!.click(0);
  const lockScreen = page.getByRole('region', { name: 'Check in without unlocking' });
  await expect(lockScreen.getByRole('radio', { name: '5 out of 10' })).toBeFocused();
  await page.keyboard.press('7');
  await page.keyboard.press('Enter');
  await expect(lockScreen.getByText('Sealed.')).toBeVisible();

  await unlock(page, passphrase);
  await expectUnlocked(page);
  await expect(page.getByRole('region', { name: '1 check-in written while Waypoint was locked' })).toBeVisible();
  await expect(page.getByRole('dialog', { name: 'How am I today?' })).toHaveCount(0);
});
