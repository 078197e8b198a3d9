import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { beforeAll, describe, expect, it, vi } from 'vitest';
import { CreateVaultScreen } from '../../renderer/features/vault/create-vault-screen';
import { UnlockScreen } from '../../renderer/features/vault/unlock-screen';
import { AppProviders } from '../../renderer/app/app-providers';
import { VaultError } from '../../electron/vault/vault-error';
import { memoryVaultClient, vaultStatus } from './memory-vault-client';

const strong = 'quiet river lantern morning';

// The strength checker's dictionaries load on demand; load them once up front, so no test waits on them.
beforeAll(async () => {
  await import('../../renderer/lib/passphrase-estimator');
});

describe('create vault screen', () => {
  it('explains every problem at once and sends nothing to main', async () => {
    const fake = await memoryVaultClient();
    render(
      <AppProviders client={fake.client}>
        <CreateVaultScreen status={vaultStatus('no-vault')} onCreated={vi.fn()} />
      </AppProviders>,
    );
    const user = userEvent.setup();
    await user.type(screen.getByLabelText('Passphrase', { exact: true }), 'password1');
    await user.type(screen.getByLabelText('Type it again', { exact: true }), 'password2');
    // The strength checker loads on demand; its verdict is there before the button is pressed.
    expect(await screen.findByText('Very weak')).toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: 'Create my vault' }));
    expect(screen.getByText(/Choose a stronger passphrase/)).toBeInTheDocument();
    expect(screen.getByText(/The two passphrases are different/)).toBeInTheDocument();
    expect(screen.getByText('Please confirm you have read this.')).toBeInTheDocument();
    expect(screen.getByLabelText('Passphrase', { exact: true })).toHaveAttribute('aria-invalid', 'true');
    expect(screen.getByText('Very weak')).toBeInTheDocument();
    expect(fake.calls).toEqual([]);
  });

  it('creates the vault once everything is right, showing progress meanwhile, then offers a recovery key', async () => {
    let finish: (value: unknown) => void = () => undefined;
    const fake = await memoryVaultClient({
      lifecycle: {
        'vault.create': () =>
          new Promise((resolve) => {
            finish = () => resolve(vaultStatus('unlocked'));
          }),
      },
    });
    const onCreated = vi.fn();
    render(
      <AppProviders client={fake.client}>
        <CreateVaultScreen status={vaultStatus('no-vault')} onCreated={onCreated} />
      </AppProviders>,
    );
    const user = userEvent.setup();
    await user.type(screen.getByLabelText('Passphrase', { exact: true }), strong);
    await user.type(screen.getByLabelText('Type it again', { exact: true }), strong);
    await user.click(screen.getByLabelText(/I understand/));
    await user.keyboard('{Enter}');
    expect(await screen.findByText(/Creating and encrypting your vault/)).toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Creating your vault…' })).toBeDisabled();
    finish(undefined);
    expect(await screen.findByRole('heading', { name: 'My vault is ready' })).toBeInTheDocument();
    expect(onCreated).not.toHaveBeenCalled();
    await user.click(screen.getByRole('button', { name: 'Not now' }));
    await vi.waitFor(() => expect(onCreated).toHaveBeenCalledWith(vaultStatus('unlocked')));
    expect(fake.calls).toEqual([
      { channel: 'vault.create', input: { passphrase: strong } },
      { channel: 'vault.cancelRecoveryKey', input: {} },
    ]);
  });

  it('the Show button reveals the passphrase and says so', async () => {
    render(
      <AppProviders client={(await memoryVaultClient()).client}>
        <CreateVaultScreen status={vaultStatus('no-vault')} onCreated={vi.fn()} />
      </AppProviders>,
    );
    const field = screen.getByLabelText('Passphrase', { exact: true });
    expect(field).toHaveAttribute('type', 'password');
    await userEvent.click(screen.getByRole('button', { name: 'Show passphrase' }));
    expect(field).toHaveAttribute('type', 'text');
    expect(screen.getByRole('button', { name: 'Hide passphrase' })).toHaveAttribute('aria-pressed', 'true');
  });
});

describe('unlock screen', () => {
  async function renderUnlock(unlock?: () => ReturnType<typeof vaultStatus>) {
    const fake = await memoryVaultClient({ lifecycle: unlock ? { 'vault.unlock': unlock } : {} });
    const onUnlocked = vi.fn();
    render(
      <AppProviders client={fake.client}>
        <UnlockScreen status={vaultStatus('locked')} lockReason={undefined} onUnlocked={onUnlocked} />
      </AppProviders>,
    );
    return { fake, onUnlocked };
  }

  it('asks for the passphrase when the field is empty', async () => {
    const { fake } = await renderUnlock();
    await userEvent.click(screen.getByRole('button', { name: 'Unlock' }));
    expect(screen.getByText('Enter your passphrase.')).toBeInTheDocument();
    // Only the looks for what the lock screen may show (a check-in while locked, the safety plan); no unlock was tried.
    expect(fake.calls).toEqual([
      { channel: 'lockedCheckIns.status', input: {} },
      { channel: 'lockScreen.safetyPlan', input: {} },
    ]);
  });

  it('says a wrong passphrase is wrong and keeps what was typed', async () => {
    await renderUnlock(() => {
      throw new VaultError('WRONG_PASSPHRASE', 'That passphrase does not open this vault.');
    });
    await userEvent.type(screen.getByLabelText('Passphrase', { exact: true }), 'not it{Enter}');
    expect(await screen.findByRole('alert')).toHaveTextContent('That passphrase does not open this vault.');
    expect(screen.getByRole('alert')).toHaveTextContent('Caps Lock');
    expect(screen.getByLabelText('Passphrase', { exact: true })).toHaveValue('not it');
  });

  it('for a damaged vault, says nothing was changed and offers the newest backup that opens', async () => {
    const restored = { ...vaultStatus('unlocked'), restoredFromBackup: { madeAt: '2026-11-19T09:00:00.000Z' } };
    const fake = await memoryVaultClient({
      lifecycle: {
        'vault.unlock': () => {
          throw new VaultError('DAMAGED', 'The vault file is damaged (its contents fail the integrity check).');
        },
        'vault.restoreNewestBackup': () => restored,
      },
    });
    const onUnlocked = vi.fn();
    render(
      <AppProviders client={fake.client}>
        <UnlockScreen status={vaultStatus('locked')} lockReason={undefined} onUnlocked={onUnlocked} />
      </AppProviders>,
    );
    await userEvent.type(screen.getByLabelText('Passphrase', { exact: true }), 'my passphrase{Enter}');
    const alert = await screen.findByRole('alert');
    expect(alert).toHaveTextContent('Your vault file is damaged');
    expect(alert).toHaveTextContent('Nothing was changed.');
    expect(alert).toHaveTextContent('/home/sam/.config/Waypoint/waypoint-backups');
    await userEvent.click(screen.getByRole('button', { name: 'Restore my newest backup' }));
    await vi.waitFor(() => expect(onUnlocked).toHaveBeenCalledWith(restored));
    expect(fake.calls.at(-1)).toEqual({ channel: 'vault.restoreNewestBackup', input: { passphrase: 'my passphrase' } });
  });

  it('"I forgot my passphrase" asks for the recovery key and a new passphrase, and can go back', async () => {
    const { fake } = await renderUnlock();
    await userEvent.click(screen.getByRole('button', { name: 'I forgot my passphrase' }));
    expect(await screen.findByRole('heading', { name: 'Unlock with my recovery key' })).toBeInTheDocument();
    expect(screen.getByLabelText('My recovery key')).toHaveFocus();
    await userEvent.click(screen.getByRole('button', { name: 'Unlock and set my new passphrase' }));
    expect(screen.getByText('Type my recovery key.')).toBeInTheDocument();
    expect(fake.calls.map((call) => call.channel)).not.toContain('vault.unlockWithRecoveryKey');
    await userEvent.click(screen.getByRole('button', { name: 'Back to my passphrase' }));
    expect(screen.getByLabelText('Passphrase', { exact: true })).toBeInTheDocument();
  });

  it('opens the app when the passphrase is right', async () => {
    const { onUnlocked } = await renderUnlock(() => vaultStatus('unlocked'));
    await userEvent.type(screen.getByLabelText('Passphrase', { exact: true }), `${strong}{Enter}`);
    await vi.waitFor(() => expect(onUnlocked).toHaveBeenCalled());
  });
});
