import { render, screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { MemoryRouter } from 'react-router';
import { beforeAll, describe, expect, it } from 'vitest';
import { SettingsArea } from '../../renderer/app/settings-area';
import { AppProviders } from '../../renderer/app/app-providers';
import { VaultError } from '../../electron/vault/vault-error';
import type { BackupFailure } from '../../shared/vault/vault-status';
import { memoryVaultClient, vaultStatus } from './memory-vault-client';

async function renderSettings(
  lifecycle: NonNullable<Parameters<typeof memoryVaultClient>[0]>['lifecycle'] = {},
  backupFailure?: BackupFailure,
) {
  const fake = await memoryVaultClient({ lifecycle, backupFailure });
  const status = vaultStatus('unlocked');
  render(
    <AppProviders client={fake.client}>
      <MemoryRouter>
        <SettingsArea status={status} onRestored={() => undefined} />
      </MemoryRouter>
    </AppProviders>,
  );
  return fake;
}

async function submitChange(user: ReturnType<typeof userEvent.setup>): Promise<void> {
  await user.type(screen.getByLabelText('Current passphrase', { exact: true }), 'my old passphrase');
  await user.type(screen.getByLabelText('New passphrase', { exact: true }), 'amber kettle orchard sailing');
  await user.type(
    screen.getByLabelText('Type the new passphrase again', { exact: true }),
    'amber kettle orchard sailing',
  );
  await user.click(screen.getByRole('button', { name: 'Change passphrase' }));
}

// The strength checker's dictionaries load on demand; load them once up front, so no test waits on them.
beforeAll(async () => {
  await import('../../renderer/lib/passphrase-estimator');
});

describe('settings screen', () => {
  it('says when and why the latest daily backup failed, and that it is tried again', async () => {
    await renderSettings({}, { at: '2026-11-20T09:05:00.000Z', reason: 'the disk is full' });
    const notice = await screen.findByText('My latest daily backup could not be made.');
    expect(notice.closest('.notice')).toHaveTextContent(
      /On .*2026.*, Waypoint could not make today’s backup copy because the disk is full\. My vault itself is saved\. Waypoint tries again each time it saves my changes\./,
    );
  });

  it('says nothing about backups while they are made', async () => {
    await renderSettings();
    await screen.findByLabelText('Lock Waypoint after this long without activity');
    expect(screen.queryByText('My latest daily backup could not be made.')).not.toBeInTheDocument();
  });

  it('shows and changes the auto-lock time', async () => {
    const fake = await renderSettings();
    const select = await screen.findByLabelText('Lock Waypoint after this long without activity');
    await waitFor(() => expect(select).toHaveValue('10'));
    await userEvent.selectOptions(select, '30');
    expect(await screen.findByText('Waypoint will lock after 30 minutes without activity.')).toBeInTheDocument();
    expect(fake.calls).toContainEqual({ channel: 'settings.update', input: { autoLockMinutes: 30 } });
    expect(await fake.value('settings.get', {})).toMatchObject({ autoLockMinutes: 30 });
  });

  it('shows where the vault and its backups are', async () => {
    await renderSettings();
    expect(screen.getByText('/home/sam/.config/Waypoint/waypoint.vault')).toBeInTheDocument();
    expect(screen.getByText('/home/sam/.config/Waypoint/waypoint-backups')).toBeInTheDocument();
  });

  it('change passphrase: checks the form, then reports a wrong current passphrase kindly', async () => {
    const fake = await renderSettings({
      'vault.changePassphrase': () => {
        throw new VaultError('WRONG_PASSPHRASE', 'That passphrase does not open this vault.');
      },
    });
    const user = userEvent.setup();
    await user.click(screen.getByRole('button', { name: 'Change passphrase' }));
    expect(screen.getByText('Enter your current passphrase.')).toBeInTheDocument();
    expect(fake.calls.filter((call) => call.channel === 'vault.changePassphrase')).toEqual([]);

    await submitChange(user);
    expect(
      await screen.findByText('Your current passphrase was not right, so nothing was changed.'),
    ).toBeInTheDocument();
  });

  it('change passphrase: clears the fields after success', async () => {
    await renderSettings({
      'vault.changePassphrase': () => ({
        passphrase: 'new',
        recoveryKey: 'unchanged',
        shownRecoveryKey: 'none',
        backupsNotResealed: [],
      }),
    });
    const user = userEvent.setup();
    await submitChange(user);
    expect(await screen.findByText(/Passphrase changed/)).toBeInTheDocument();
    expect(screen.getByLabelText('Current passphrase', { exact: true })).toHaveValue('');
  });
});
