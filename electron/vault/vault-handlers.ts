import * as fs from 'node:fs/promises';
import path from 'node:path';
import type { InvokeChannel } from '../../shared/ipc/channel-names';
import type { IpcHandlers } from '../ipc/ipc-router';
import { createKeyAndBackupHandlers, type KeyAndBackupDependencies } from './key-and-backup-handlers';
import { VaultError } from './vault-error';
import type { VaultLifecycle } from './vault-lifecycle';
import { VaultSession } from './vault-session';

export type VaultChannel = Extract<InvokeChannel, `vault.${string}`>;

/**
 * The `vault.*` channels: create, unlock, lock and change the passphrase of the one vault, settle
 * a conflict with another version of its file, and (key-and-backup-handlers.ts) its recovery key
 * and backups. They work whether the vault is open or not, and answer LOCKED where they need it open.
 */
export function createVaultHandlers(
  vault: VaultLifecycle,
  dependencies: Omit<KeyAndBackupDependencies, 'vault'>,
): Pick<IpcHandlers, VaultChannel> {
  const { vaultPath, backupElsewhere } = vault;
  const keysAndBackups = createKeyAndBackupHandlers({ ...dependencies, vault });
  vault.watch({ locked: keysAndBackups.onLocked });

  return {
    'vault.status': () => vault.status(),
    'vault.create': ({ passphrase }) =>
      vault.serially(async () => {
        if (vault.session) throw new VaultError('VAULT_EXISTS', 'A vault is already open.');
        await fs.mkdir(path.dirname(vaultPath), { recursive: true, mode: 0o700 });
        vault.opened(await VaultSession.create(vaultPath, passphrase, vault.sessionOptions), { usedUnsaved: false });
        return vault.status();
      }),
    'vault.unlock': ({ passphrase, openAnyway }) =>
      vault.serially(async () => {
        if (vault.session) return vault.status();
        const unsaved = vault.unsavedAtLock;
        const options = openAnyway ? { ...vault.sessionOptions, forceUnlock: true } : vault.sessionOptions;
        const session = await VaultSession.open(vaultPath, passphrase, options, unsaved);
        vault.opened(session, { usedUnsaved: true });
        const underEarlierKeys = session.backupsLeftUnderEarlierKeys.map((file) => path.basename(file));
        const leftUnderEarlierKeys = underEarlierKeys.length > 0 ? { backupsUnderEarlierKeys: underEarlierKeys } : {};
        if (!unsaved) return { ...(await vault.status()), ...leftUnderEarlierKeys };
        // The changes kept at the lock are back; save them now (a failure shows as any save failure does).
        const saved = await session.flush().then(
          () => true,
          () => false,
        );
        return {
          ...(await vault.status()),
          ...leftUnderEarlierKeys,
          restored: { lockedAt: unsaved.lockedAt.toISOString(), reason: unsaved.reason.message, saved },
        };
      }),
    'vault.lock': async () => {
      // The window asked, after sending its own pending drafts.
      if (!(await vault.lock('user', { collectDrafts: false }))) {
        throw new VaultError(
          'SAVE_FAILED',
          'Waypoint could not save your latest changes, so it stayed unlocked to keep them.',
        );
      }
      return vault.status();
    },
    'vault.changePassphrase': ({ current, next }) =>
      vault.serially(async () => {
        const session = vault.unlocked();
        const outcome = await session.changePassphrase(current, next);
        vault.keyChanged(session);
        // The copy elsewhere must not stay under the old keys longer than it has to.
        void backupElsewhere.copy();
        return outcome;
      }),
    'vault.resolveConflict': ({ keep }) =>
      vault.serially(async () => {
        const session = vault.unlocked();
        const { keptCopy, needsUnlock } = await session.resolveConflict(keep);
        if (needsUnlock) await vault.lockNow('other-version', { collectDrafts: false });
        else if (keep === 'other') vault.contentsReplaced(session);
        return { keptCopy: path.basename(keptCopy), locked: needsUnlock };
      }),
    'vault.backupFailure': () => vault.session?.backupFailure ?? null,
    ...keysAndBackups.handlers,
  };
}
