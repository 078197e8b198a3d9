import { act, render, screen, waitFor } from '@testing-library/react';
import { beforeAll, describe, expect, it } from 'vitest';
import { VaultGate } from '../../renderer/app/vault-gate';
import { AppProviders } from '../../renderer/app/app-providers';
import { memoryVaultClient, vaultStatus } from './memory-vault-client';

/** The gate over main's real handlers; the vault's state is the one the test names. */
async function renderGate(state: 'no-vault' | 'locked' | 'unlocked') {
  const fake = await memoryVaultClient({ startedOn: null, lifecycle: { 'vault.status': () => vaultStatus(state) } });
  render(
    <AppProviders client={fake.client}>
      <VaultGate />
    </AppProviders>,
  );
  return fake;
}

// The app shell loads on demand; load it once up front, so no test waits on compiling it.
beforeAll(async () => {
  await import('../../renderer/app/app-shell');
});

describe('vault gate', () => {
  it('opens on the create screen when there is no vault, and on unlock when there is one', async () => {
    await renderGate('no-vault');
    expect(await screen.findByRole('heading', { name: 'Welcome to Waypoint' })).toBeInTheDocument();
  });

  it('returns to the unlock screen and says why when main locks on its own', async () => {
    const fake = await renderGate('unlocked');
    expect(await screen.findByRole('navigation', { name: 'Main' })).toBeInTheDocument();
    act(() => fake.emit('vault.locked', { reason: 'idle', unsaved: null }));
    expect(await screen.findByRole('heading', { name: 'Unlock Waypoint' })).toBeInTheDocument();
    expect(screen.getByText(/locked itself after a while without activity/)).toBeInTheDocument();
  });

  it('a lock whose save failed says the changes are kept, not that everything was saved', async () => {
    const fake = await renderGate('unlocked');
    expect(await screen.findByRole('navigation', { name: 'Main' })).toBeInTheDocument();
    act(() => fake.emit('vault.locked', { reason: 'idle', unsaved: { message: 'The disk is full.' } }));
    expect(await screen.findByRole('heading', { name: 'Unlock Waypoint' })).toBeInTheDocument();
    expect(screen.getByText(/could not save my latest changes/)).toHaveTextContent('The disk is full.');
    expect(screen.queryByText(/Everything was saved/)).not.toBeInTheDocument();
  });

  it('shows a lasting, specific banner when a save fails, and "saved" when one lands', async () => {
    const fake = await renderGate('unlocked');
    await screen.findByRole('navigation', { name: 'Main' });
    // On a busy machine the save status may subscribe a moment after the navigation appears.
    await waitFor(() => expect(fake.listening('vault.saved') && fake.listening('vault.saveFailed')).toBe(true));
    act(() => fake.emit('vault.saved', { savedAt: new Date().toISOString() }));
    expect(screen.getByText(/^Saved at/)).toBeInTheDocument();
    act(() =>
      fake.emit('vault.saveFailed', {
        message: 'Your latest changes could not be saved because the disk is full.',
        conflict: false,
      }),
    );
    expect(screen.getByRole('alert')).toHaveTextContent(
      'Not saved. Your latest changes could not be saved because the disk is full.',
    );
  });
});
