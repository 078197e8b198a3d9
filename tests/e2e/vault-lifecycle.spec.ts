import { readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { createVault, expectUnlocked, passphrase, screenshot, openSeeded, seedVault, unlock } from './app-steps';
import { expect, expectNoSeriousAxeViolations, test } from './fixtures';

const newPassphrase = 'amber kettle orchard sailing';

test('the create form explains a weak passphrase and a mismatch at once, and keeps what was typed', async ({
  launch,
  hostName,
}) => {
  const { page } = await launch();
  await expectNoSeriousAxeViolations(page, 'create vault');
  await screenshot(page, 'create-vault', hostName);
  await page.getByLabel('Passphrase', { exact: true }).fill('password1');
  await page.getByLabel('Type it again', { exact: true }).fill('password2');
  await page.getByRole('button', { name: 'Create my vault' }).click();
  await expect(page.getByText('Choose a stronger passphrase')).toBeVisible();
  await expect(page.getByText('The two passphrases are different.')).toBeVisible();
  await expect(page.getByText('Please confirm you have read this.')).toBeVisible();
  await expect(page.getByLabel('Passphrase', { exact: true })).toHaveValue('password1');
  await expectNoSeriousAxeViolations(page, 'create vault with errors');
  await screenshot(page, 'create-vault-errors', hostName);
});

test('a person creates a vault and lands on the start of their plan, and nothing tries to leave the machine', async ({
  launch,
  hostName,
}) => {
  const { page, foreignRequests } = await launch();
  await createVault(page);
  await expectNoSeriousAxeViolations(page, 'plan');
  await screenshot(page, 'plan', hostName);
  expect(foreignRequests, 'requests that would have left the machine').toEqual([]);
});

for (const areas of [
  ['Check-ins', 'Progress'],
  ['Export', 'Settings'],
]) {
  test(`${areas.join(' and ')} open with their heading focused and pass axe-core`, async ({
    launch,
    hostName,
    userDataDir,
  }) => {
    const { page } = await openSeeded({ launch, userDataDir }, {});
    for (const area of areas) {
      await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: area }).click();
      await expect(page.getByRole('heading', { level: 1, name: area, exact: true })).toBeFocused();
      await expectNoSeriousAxeViolations(page, area);
      await screenshot(page, area.toLowerCase(), hostName);
    }
  });
}

test('locks, says a wrong passphrase is wrong, unlocks, locks by keyboard, and opens again after a relaunch', async ({
  launch,
  hostName,
  userDataDir,
}) => {
  await seedVault(userDataDir);
  const first = await launch();
  const { page } = first;
  await expect(page.getByRole('heading', { name: 'Unlock Waypoint' })).toBeVisible();
  await expectNoSeriousAxeViolations(page, 'unlock');

  await unlock(page, 'not my passphrase');
  await expect(page.getByText('That passphrase does not open this vault.')).toBeVisible();
  await expect(page.getByLabel('Passphrase', { exact: true })).toHaveValue('not my passphrase');
  await expectNoSeriousAxeViolations(page, 'unlock with wrong passphrase');
  await screenshot(page, 'unlock-wrong-passphrase', hostName);

  await unlock(page, passphrase);
  await expectUnlocked(page);
  await page.getByRole('button', { name: /^Lock/ }).click();
  await expect(page.getByRole('heading', { name: 'Unlock Waypoint' })).toBeVisible();
  await unlock(page, passphrase);
  await expectUnlocked(page);

  // Keyboard only: the shortcut locks.
  await page.keyboard.press('Control+L');
  await expect(page.getByRole('heading', { name: 'Unlock Waypoint' })).toBeVisible();
  expect(first.foreignRequests, 'requests that would have left the machine').toEqual([]);

  const relaunched = await launch();
  await expect(relaunched.page.getByRole('heading', { name: 'Unlock Waypoint' })).toBeVisible();
  await unlock(relaunched.page, passphrase);
  await expect(relaunched.page.getByRole('heading', { name: 'Start your plan' })).toBeVisible();
});

test('changing the passphrase makes the old one stop working', async ({ launch, userDataDir }) => {
  const { page } = await openSeeded({ launch, userDataDir }, {});
  await page.getByRole('link', { name: 'Settings' }).click();

  await page.getByLabel('Current passphrase', { exact: true }).fill('wrong current passphrase');
  await page.getByLabel('New passphrase', { exact: true }).fill(newPassphrase);
  await page.getByLabel('Type the new passphrase again', { exact: true }).fill(newPassphrase);
  await page.getByRole('button', { name: 'Change passphrase' }).click();
  await expect(page.getByText('Your current passphrase was not right, so nothing was changed.')).toBeVisible();

  await page.getByLabel('Current passphrase', { exact: true }).fill(passphrase);
  await page.getByRole('button', { name: 'Change passphrase' }).click();
  await expect(page.getByText('Passphrase changed.')).toBeVisible({ timeout: 30_000 });
  await expectNoSeriousAxeViolations(page, 'settings after passphrase change');

  await page.getByRole('button', { name: /^Lock/ }).click();
  await unlock(page, passphrase);
  await expect(page.getByText('That passphrase does not open this vault.')).toBeVisible({ timeout: 20_000 });
  await unlock(page, newPassphrase);
  await expectUnlocked(page);
  await expect(page.getByRole('heading', { name: 'Settings', level: 1 })).toBeVisible();
});

test('Waypoint locks itself after the idle time and says why', async ({ launch, hostName, userDataDir }) => {
  const { page } = await openSeeded({ launch, userDataDir }, {}, { idleLockMs: 2_500 });
  await expect(page.getByRole('heading', { name: 'Unlock Waypoint' })).toBeVisible();
  await expect(page.getByText('Waypoint locked itself after a while without activity.')).toBeVisible();
  await screenshot(page, 'auto-locked', hostName);
  await unlock(page, passphrase);
  await expectUnlocked(page);
});

test('the auto-lock time is a setting that survives locking', async ({ launch, userDataDir }) => {
  const { page } = await openSeeded({ launch, userDataDir }, {});
  await page.getByRole('link', { name: 'Settings' }).click();
  const select = page.getByLabel('Lock Waypoint after this long without activity', { exact: true });
  await expect(select).toHaveValue('10');
  await select.selectOption('5');
  await expect(page.getByText('Waypoint will lock after 5 minutes without activity.')).toBeVisible();
  await page.keyboard.press('Control+L');
  await unlock(page, passphrase);
  await page.getByRole('link', { name: 'Settings' }).click();
  await expect(page.getByLabel('Lock Waypoint after this long without activity', { exact: true })).toHaveValue('5');
});

test('the create screen passes axe-core in the dark theme too', async ({ launch, hostName }) => {
  const { page } = await launch({ colorScheme: 'dark' });
  await expectNoSeriousAxeViolations(page, 'create vault (dark)');
  await screenshot(page, 'create-vault-dark', hostName);
});

test('settings and the unlock error pass axe-core in the dark theme too', async ({ launch, hostName, userDataDir }) => {
  const { page } = await openSeeded({ launch, userDataDir }, {}, { colorScheme: 'dark' });
  await page.getByRole('link', { name: 'Settings' }).click();
  await expectNoSeriousAxeViolations(page, 'settings (dark)');
  await screenshot(page, 'settings-dark', hostName);
  await page.keyboard.press('Control+L');
  await unlock(page, 'not my passphrase');
  await expect(page.getByText('That passphrase does not open this vault.')).toBeVisible({ timeout: 20_000 });
  await expectNoSeriousAxeViolations(page, 'unlock error (dark)');
  await screenshot(page, 'unlock-wrong-passphrase-dark', hostName);
});

test('a damaged vault is not opened, and the message says where the backups are', async ({ launch, userDataDir }) => {
  await seedVault(userDataDir);

  const vaultPath = path.join(userDataDir, 'waypoint.vault');
  const bytes = await readFile(vaultPath);
  bytes[bytes.length - 100]! ^= 0x01;
  await writeFile(vaultPath, bytes);

  const { page } = await launch();
  await unlock(page, passphrase);
  const alert = page.getByRole('alert');
  await expect(alert).toContainText('Your vault file is damaged, so Waypoint did not open it.');
  await expect(alert).toContainText(path.join(userDataDir, 'waypoint-backups'));
  await expectNoSeriousAxeViolations(page, 'unlock with damaged vault');
  expect(Buffer.from(await readFile(vaultPath)).equals(bytes)).toBe(true);
});

test('a vault marked as in use on another computer says so, and opens when I choose "Open anyway"', async ({
  launch,
  hostName,
  userDataDir,
}) => {
  await seedVault(userDataDir);
  // What a synced folder brings from a laptop switched off with Waypoint open.
  await writeFile(
    path.join(userDataDir, 'waypoint.vault.lock'),
    JSON.stringify({ pid: 4242, hostname: 'old-laptop', program: 'app', since: '2026-11-20T09:00:00.000Z' }),
  );
  const { page } = await launch();
  await unlock(page, passphrase);
  const alert = page.getByRole('alert');
  await expect(alert).toContainText('Waypoint may already be open somewhere else.');
  await expect(alert).toContainText('on another computer ("old-laptop")');
  await expectNoSeriousAxeViolations(page, 'unlock with a lock from another computer');
  await screenshot(page, 'unlock-lock-elsewhere', hostName);
  await alert.getByRole('button', { name: 'Open anyway' }).click();
  await expectUnlocked(page);
  expect(JSON.parse(await readFile(path.join(userDataDir, 'waypoint.vault.lock'), 'utf8'))).toMatchObject({
    hostname: expect.not.stringMatching(/^old-laptop$/),
    program: 'app',
  });
});
