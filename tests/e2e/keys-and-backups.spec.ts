import type { Page } from '@playwright/test';
import { copyFile, mkdir, readFile, utimes } from 'node:fs/promises';
import path from 'node:path';
import { execFileSync } from 'node:child_process';
import { insertCheckIn } from '../../electron/check-ins/check-in-repository';
import { weakestAllowedKdfParams } from '../../electron/vault/kdf-params';
import { backupFolderFor } from '../../electron/vault/vault-backups';
import { VaultSession } from '../../electron/vault/vault-session';
import { checkInFields } from '../support/check-in-fields';
import { makeTempFolder, removeTempFolder } from '../support/temp-folder';
import {
  expectAccessibleInBothThemes,
  expectUnlocked,
  mainNav,
  openSeeded,
  passphrase,
  screenshot,
  screenshotsWanted,
  seedVault,
  unlock,
} from './app-steps';
import { expect, expectNoSeriousAxeViolations, test } from './fixtures';

const newPassphrase = 'copper meadow tidal lantern';
/** The renderer's day for tests whose seeded check-ins are from 21 November 2026: they stay among "Recent days" whatever the date the suite runs on. */
const dayAfterSeeding = '2026-11-22T12:00:00Z';

test('a recovery key made in Settings: shown once, saved as a page to print, kept once typed back', async ({
  launch,
  userDataDir,
  hostName,
}) => {
  const { page, answerSaveDialog } = await openSeeded({ launch, userDataDir });
  await mainNav(page).getByRole('link', { name: 'Settings' }).click();
  const card = page.getByRole('region', { name: 'My recovery key' });
  await card.getByRole('button', { name: 'Make a recovery key' }).click();
  await card.getByLabel('My passphrase', { exact: true }).fill(passphrase);
  await card.getByRole('button', { name: 'Show my recovery key' }).click();
  const shown = card.locator('.recovery-key');
  await expect(shown).toBeVisible();
  const recoveryKey = (await shown.locator('.recovery-key-group').allTextContents()).join('-');
  expect(recoveryKey).toMatch(/^[0-9A-Z]{4}(-[0-9A-Z]{4}){7}$/);

  // The printable page: through the same PDF path, with the key and nothing else from the vault.
  const pageFile = path.join(userDataDir, 'recovery-key-page.pdf');
  await answerSaveDialog(pageFile);
  await card.getByRole('button', { name: 'Save a page to print…' }).click();
  await expect(card.getByText(/Saved as recovery-key-page\.pdf/)).toBeVisible();
  const text = execFileSync('pdftotext', ['-layout', pageFile, '-']).toString();
  expect(text).toContain('Waypoint recovery key');
  expect(text.replaceAll(/\s+/g, '')).toContain(recoveryKey.replaceAll('-', ''));
  expect(text).not.toMatch(/Page \d|Private/);
  // To be looked at, with the screenshots.
  if (screenshotsWanted) {
    await mkdir('test-results/screens', { recursive: true });
    await copyFile(pageFile, `test-results/screens/${hostName}-recovery-key-page.pdf`);
  }
  await expectAccessibleInBothThemes(page, 'settings recovery key shown', hostName);

  await card.getByRole('button', { name: 'I have written it down' }).click();
  await card.getByLabel('My recovery key, as I wrote it down').fill(recoveryKey.slice(0, -1));
  await card.getByRole('button', { name: 'Check and keep this key' }).click();
  await expect(card.getByText(/that has 31\./)).toBeVisible();
  await card.getByLabel('My recovery key, as I wrote it down').fill(recoveryKey.toLowerCase().replaceAll('-', ' '));
  await card.getByRole('button', { name: 'Check and keep this key' }).click();
  await expect(card.getByText('My recovery key is ready.', { exact: false })).toBeVisible();
  await expect(card.getByRole('button', { name: 'Make a new recovery key' })).toBeVisible();
});

test('I forgot my passphrase: my recovery key opens the vault and I set a new one', async ({
  launch,
  userDataDir,
  hostName,
}) => {
  await seedVault(userDataDir);
  const seeded = await VaultSession.open(path.join(userDataDir, 'waypoint.vault'), passphrase, {
    program: 'cli',
    kdfParams: weakestAllowedKdfParams,
  });
  const recoveryKey = await seeded.makeRecoveryKey(passphrase);
  await seeded.confirmRecoveryKey(recoveryKey);
  await seeded.close();

  const { page } = await launch();
  await page.getByRole('button', { name: 'I forgot my passphrase' }).click();
  // A typo: the sixth character changed for one it never is (a random key's own `Q` would be no typo).
  const typo = recoveryKey[5] === 'Q' ? 'R' : 'Q';
  await page
    .getByLabel('My recovery key', { exact: true })
    .fill(`${recoveryKey.slice(0, 5)}${typo}${recoveryKey.slice(6)}`);
  await page.getByLabel('My new passphrase', { exact: true }).fill(newPassphrase);
  await page.getByLabel('Type the new passphrase again', { exact: true }).fill(newPassphrase);
  await page.getByRole('button', { name: 'Unlock and set my new passphrase' }).click();
  await expect(page.getByText('Waypoint could not use that recovery key.')).toBeVisible();
  await expectNoSeriousAxeViolations(page, 'unlock with my recovery key, a typo');
  await screenshot(page, 'unlock-with-recovery-key', hostName);
  await page.getByLabel('My recovery key', { exact: true }).fill(recoveryKey);
  await page.getByRole('button', { name: 'Unlock and set my new passphrase' }).click();
  await expectUnlocked(page);

  await page.getByRole('button', { name: /^Lock/ }).click();
  await unlock(page, passphrase);
  await expect(page.getByText('That passphrase does not open this vault.')).toBeVisible();
  await unlock(page, newPassphrase);
  await expectUnlocked(page);
});

test('restoring yesterday’s backup from Settings keeps today’s version as a backup first', async ({
  launch,
  userDataDir,
  hostName,
}) => {
  const vaultPath = path.join(userDataDir, 'waypoint.vault');
  const addCheckIn = (id: string, at: string, note: string) => (session: VaultSession) =>
    session.change((db) => insertCheckIn(db, id, checkInFields({ at, note }), 0));
  await seedVault(userDataDir, { fill: addCheckIn('yesterday', '2026-11-21T08:00:00.000Z', 'Yesterday morning') });
  // Yesterday's backup: the vault as it was then, with its one check-in. Then today's check-in.
  const yesterday = path.join(backupFolderFor(vaultPath), 'waypoint-2026-11-21T08-00-00Z.vault');
  await mkdir(path.dirname(yesterday), { recursive: true });
  await copyFile(vaultPath, yesterday);
  const today = await VaultSession.open(vaultPath, passphrase, { program: 'cli' });
  addCheckIn('today', '2026-11-22T08:00:00.000Z', 'Written today, after the backup')(today);
  await today.close();

  const { page } = await launch({ rendererClock: dayAfterSeeding });
  await unlock(page, passphrase);
  await expectUnlocked(page);
  await mainNav(page).getByRole('link', { name: 'Settings' }).click();
  const backups = page.getByRole('region', { name: 'Backups' });
  const rows = backups.getByRole('row');
  await expect(rows).toHaveCount(3); // the header, today's backup (made at this unlock) and yesterday's
  await expect(rows.nth(1).getByRole('cell').nth(1)).toHaveText('2');
  await expect(rows.nth(2).getByRole('cell').nth(1)).toHaveText('1');
  await rows
    .nth(2)
    .getByRole('button', { name: /Restore the version from/ })
    .click();
  await expect(backups.getByText(/^Restore my vault as it was on/)).toBeFocused();
  await expectNoSeriousAxeViolations(page, 'settings backups, asking before a restore');
  await screenshot(page, 'settings-backups-restore', hostName);
  await backups.getByRole('button', { name: 'Restore this version', exact: true }).click();
  await expect(page.getByText(/^My vault is back as it was on/)).toBeVisible();

  await mainNav(page).getByRole('link', { name: 'Check-ins' }).click();
  await expect(page.getByText('Yesterday morning')).toBeVisible();
  await expect(page.getByText('Written today, after the backup')).toHaveCount(0);
  // Today's version is still a backup (the newest), with both check-ins: the restore can be undone.
  await mainNav(page).getByRole('link', { name: 'Settings' }).click();
  await expect(
    page.getByRole('region', { name: 'Backups' }).getByRole('row').nth(1).getByRole('cell').nth(1),
  ).toHaveText('2');
});

test('a backup copy from another computer opens from the first-run screen', async ({ launch, hostName }) => {
  const elsewhere = await makeTempFolder('e2e-usb');
  try {
    const copy = path.join(elsewhere, 'waypoint.vault');
    const session = await VaultSession.create(copy, passphrase, { program: 'cli', kdfParams: weakestAllowedKdfParams });
    session.change((db) =>
      insertCheckIn(
        db,
        'from-usb',
        checkInFields({ at: '2026-11-21T08:00:00.000Z', note: 'Written on my old laptop' }),
        0,
      ),
    );
    await session.close();
    const original = await readFile(copy);

    const { page, answerOpenDialog } = await launch({ rendererClock: dayAfterSeeding });
    await expect(page.getByRole('heading', { name: 'Welcome to Waypoint' })).toBeVisible();
    await answerOpenDialog(copy);
    await page.getByRole('button', { name: 'Open a vault file…' }).click();
    await expect(page.getByText('waypoint.vault', { exact: true })).toBeVisible();
    await page.getByLabel('Passphrase for that vault', { exact: true }).fill('not the passphrase');
    await page.getByRole('button', { name: 'Open this vault' }).click();
    await expect(page.getByText('That passphrase does not open this vault.')).toBeVisible();
    await expectNoSeriousAxeViolations(page, 'first run, opening a vault file');
    await screenshot(page, 'first-run-open-vault-file', hostName);
    await page.getByLabel('Passphrase for that vault', { exact: true }).fill(passphrase);
    await page.getByRole('button', { name: 'Open this vault' }).click();
    await expectUnlocked(page);
    await mainNav(page).getByRole('link', { name: 'Check-ins' }).click();
    await expect(page.getByText('Written on my old laptop')).toBeVisible();
    expect(await readFile(copy)).toEqual(original);
  } finally {
    await removeTempFolder(elsewhere);
  }
});

test('a backup kept in a folder I choose: copied at once and at every lock; an unplugged drive is a quiet notice', async ({
  launch,
  userDataDir,
  hostName,
}) => {
  const usb = await makeTempFolder('e2e-usb');
  try {
    const { page, answerOpenDialog } = await openSeeded({ launch, userDataDir });
    await mainNav(page).getByRole('link', { name: 'Settings' }).click();
    const card = page.getByRole('region', { name: 'Also keep a backup in…' });
    await answerOpenDialog(usb);
    await card.getByRole('button', { name: 'Choose a folder…' }).click();
    await expect(card.getByText(usb, { exact: true })).toBeVisible();
    await expect(card.getByText('Not yet')).toHaveCount(0);
    const copy = path.join(usb, 'waypoint.vault');
    expect(await readFile(copy)).toEqual(await readFile(path.join(userDataDir, 'waypoint.vault')));
    await expectAccessibleInBothThemes(page, 'settings backup elsewhere', hostName);

    await removeTempFolder(usb); // the drive is unplugged
    await page.getByRole('button', { name: /^Lock/ }).click();
    await unlock(page, passphrase);
    await expectUnlocked(page);
    await mainNav(page).getByRole('link', { name: 'Settings' }).click();
    await expect(card.getByRole('status').filter({ hasText: 'a drive that is not plugged in?' })).toBeVisible();
    await expect(card.getByRole('alert')).toHaveCount(0);
    await expect(card.getByText('Not yet')).toHaveCount(0);
    await screenshot(page, 'settings-backup-elsewhere-unplugged', hostName);
  } finally {
    await removeTempFolder(usb);
  }
});

test('a recovery key shown, then a new passphrase, then the key typed back: each step says what opens my vault, and the old passphrase never does again', async ({
  launch,
  userDataDir,
}) => {
  const { page } = await openSeeded({ launch, userDataDir });
  await mainNav(page).getByRole('link', { name: 'Settings' }).click();
  const card = page.getByRole('region', { name: 'My recovery key' });
  await card.getByRole('button', { name: 'Make a recovery key' }).click();
  await card.getByLabel('My passphrase', { exact: true }).fill(passphrase);
  await card.getByRole('button', { name: 'Show my recovery key' }).click();
  await expect(card.locator('.recovery-key')).toBeVisible();
  const recoveryKey = (await card.locator('.recovery-key .recovery-key-group').allTextContents()).join('-');
  await card.getByRole('button', { name: 'I have written it down' }).click();

  // Before typing it back, the passphrase changes.
  const change = page.getByRole('region', { name: 'Change passphrase' });
  await change.getByLabel('Current passphrase', { exact: true }).fill(passphrase);
  await change.getByLabel('New passphrase', { exact: true }).fill(newPassphrase);
  await change.getByLabel('Type the new passphrase again', { exact: true }).fill(newPassphrase);
  await change.getByRole('button', { name: 'Change passphrase' }).click();
  await expect(change.getByText(/^Passphrase changed\./)).toContainText(
    'The new passphrase opens the vault now; the old one no longer does. No recovery key opens it. The recovery key shown and not typed back yet is still waiting',
  );

  await card.getByLabel('My recovery key, as I wrote it down').fill(recoveryKey);
  await card.getByRole('button', { name: 'Check and keep this key' }).click();
  await expect(card.getByText(/^My recovery key is ready\./)).toContainText(
    'The passphrase that opens the vault is the same as before. The new recovery key opens it too',
  );
  await expectNoSeriousAxeViolations(page, 'settings, what opens my vault after a key change');

  await page.getByRole('button', { name: /^Lock/ }).click();
  await unlock(page, passphrase);
  await expect(page.getByText('That passphrase does not open this vault.')).toBeVisible();
  await unlock(page, newPassphrase);
  await expectUnlocked(page);

  // Removing it says so too.
  await mainNav(page).getByRole('link', { name: 'Settings' }).click();
  await card.getByRole('button', { name: 'Remove my recovery key' }).click();
  await card.getByLabel('My passphrase', { exact: true }).fill(newPassphrase);
  await card.getByRole('button', { name: 'Remove my recovery key' }).click();
  await expect(card.getByText(/^My recovery key is removed\./)).toContainText('No recovery key opens it.');
  await expect(card.getByRole('button', { name: 'Make a recovery key' })).toBeVisible();
});

/**
 * A seeded vault, and in a folder beside it the same vault changed on "another computer" (a copy
 * with one more check-in), to be synced over it. The folder goes when the test ends.
 */
async function vaultWithAnotherVersion(userDataDir: string) {
  const vaultPath = path.join(userDataDir, 'waypoint.vault');
  await seedVault(userDataDir, {
    fill: (session) =>
      session.change((db) =>
        insertCheckIn(db, 'shared', checkInFields({ at: '2026-11-21T08:00:00.000Z', note: 'Before both' }), 0),
      ),
  });
  const elsewhere = await makeTempFolder('e2e-other-computer');
  const otherCopy = path.join(elsewhere, 'waypoint.vault');
  await copyFile(vaultPath, otherCopy);
  const other = await VaultSession.open(otherCopy, passphrase, { program: 'cli' });
  other.change((db) =>
    insertCheckIn(db, 'other', checkInFields({ at: '2026-11-21T09:00:00.000Z', note: 'Written elsewhere' }), 0),
  );
  await other.close();
  return { vaultPath, otherCopy, cleanUp: () => removeTempFolder(elsewhere) };
}

const autoLockField = (page: Page) => page.getByLabel('Lock Waypoint after this long without activity');
const conflictBanner = (page: Page) =>
  page.getByRole('alert').filter({ hasText: 'Another program changed my vault file' });

test('a sync tool touching my vault file changes nothing; another version written over it asks which to keep, and "Use the other version" opens it', async ({
  launch,
  userDataDir,
  hostName,
}) => {
  const { vaultPath, otherCopy, cleanUp } = await vaultWithAnotherVersion(userDataDir);
  try {
    const { page } = await launch({ rendererClock: dayAfterSeeding });
    await unlock(page, passphrase);
    await expectUnlocked(page);
    // A sync tool touches the file without changing it: nothing to ask.
    await utimes(vaultPath, new Date(), new Date(Date.now() + 60_000));
    await mainNav(page).getByRole('link', { name: 'Settings' }).click();
    await autoLockField(page).selectOption({ label: '5 minutes' });
    await expect(page.getByText(/^Saved at/)).toBeVisible();

    // Then it writes the other computer's version over it.
    await copyFile(otherCopy, vaultPath);
    await autoLockField(page).selectOption({ label: '15 minutes' });
    await expect(conflictBanner(page)).toBeVisible();
    await expectNoSeriousAxeViolations(page, 'a save refused: which version do I keep');
    await screenshot(page, 'conflict-choice', hostName);
    await conflictBanner(page).getByRole('button', { name: 'Use the other version' }).click();
    await expect(page.getByText(/^My vault is now the version the other program wrote/)).toBeVisible();
    await mainNav(page).getByRole('link', { name: 'Check-ins' }).click();
    await expect(page.getByText('Written elsewhere')).toBeVisible();
    // Mine is among the backups (with today's, made at the unlock).
    await mainNav(page).getByRole('link', { name: 'Settings' }).click();
    await expect(page.getByRole('region', { name: 'Backups' }).getByRole('row')).toHaveCount(3);
  } finally {
    await cleanUp();
  }
});

test('another version written over my vault file: "Keep my version" saves mine and keeps the other as a backup', async ({
  launch,
  userDataDir,
}) => {
  const { vaultPath, otherCopy, cleanUp } = await vaultWithAnotherVersion(userDataDir);
  try {
    const { page } = await launch({ rendererClock: dayAfterSeeding });
    await unlock(page, passphrase);
    await expectUnlocked(page);
    await copyFile(otherCopy, vaultPath);
    await mainNav(page).getByRole('link', { name: 'Settings' }).click();
    await autoLockField(page).selectOption({ label: '30 minutes' });
    await conflictBanner(page).getByRole('button', { name: 'Keep my version' }).click();
    await expect(page.getByText(/^My version is saved as my vault\./)).toBeVisible();
    await expect(page.getByText(/^Saved at/)).toBeVisible();
    await mainNav(page).getByRole('link', { name: 'Check-ins' }).click();
    await expect(page.getByText('Before both')).toBeVisible();
    await expect(page.getByText('Written elsewhere')).toHaveCount(0);
    await mainNav(page).getByRole('link', { name: 'Settings' }).click();
    await expect(page.getByRole('region', { name: 'Backups' }).getByRole('row')).toHaveCount(3);
  } finally {
    await cleanUp();
  }
});

test('a backup that no longer opens with my passphrase says so, and goes only when I choose', async ({
  launch,
  userDataDir,
}) => {
  await seedVault(userDataDir);
  // A backup made under another passphrase (one a key change could not re-seal).
  const stranger = await makeTempFolder('e2e-stranger');
  try {
    const file = path.join(stranger, 'waypoint.vault');
    await (
      await VaultSession.create(file, 'an earlier passphrase here', {
        program: 'cli',
        kdfParams: weakestAllowedKdfParams,
      })
    ).close();
    const backup = path.join(
      backupFolderFor(path.join(userDataDir, 'waypoint.vault')),
      'waypoint-2026-11-01T08-00-00Z.vault',
    );
    await mkdir(path.dirname(backup), { recursive: true });
    await copyFile(file, backup);
  } finally {
    await removeTempFolder(stranger);
  }
  const { page } = await launch();
  await unlock(page, passphrase);
  await expectUnlocked(page);
  await mainNav(page).getByRole('link', { name: 'Settings' }).click();
  const backups = page.getByRole('region', { name: 'Backups' });
  const row = backups.getByRole('row').filter({ hasText: 'Does not open with my passphrase' });
  await expect(row).toHaveCount(1);
  await row.getByRole('button', { name: /^Remove the backup from/ }).click();
  await expect(backups.getByText(/^Remove the backup from/)).toBeFocused();
  await expect(backups.getByText(/made before I changed my passphrase/)).toBeVisible();
  await expectNoSeriousAxeViolations(page, 'settings backups, asking before removing one that does not open');
  await backups.getByRole('button', { name: 'Remove this backup', exact: true }).click();
  await expect(backups.getByText(/^The backup from .* is removed\./)).toBeVisible();
  await expect(backups.getByRole('row').filter({ hasText: 'Does not open with my passphrase' })).toHaveCount(0);
});
