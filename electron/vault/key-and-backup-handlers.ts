import * as fs from 'node:fs/promises';
import path from 'node:path';
import type { InvokeChannel } from '../../shared/ipc/channel-names';
import { recoveryKeyPrintRoutePrefix, recoveryKeyPageFileName } from '../../shared/vault/recovery-key-page';
import type { KeyChangeOutcome, VaultStatus } from '../../shared/vault/vault-status';
import type { Clock } from '../ports/clock';
import { checkInDay } from '../../shared/check-ins/check-in-day';
import type { IpcHandlers } from '../ipc/ipc-router';
import { RequestError } from '../ipc/request-error';
import { printToFile } from '../pdf-export/pdf-export-handlers';
import { backupElsewhereProblem, readBackupElsewhereFolder, writeBackupElsewhereFolder } from './backup-elsewhere';
import { backupMadeAt, listBackups } from './vault-backups';
import { VaultError } from './vault-error';
import { VaultSession, type SealedUnsavedChanges, type VaultSessionOptions } from './vault-session';
import type { Host } from '../ports/host';
import type { VaultLifecycle } from './vault-lifecycle';

/** Opening a locked vault another way than with my passphrase on this computer's file. */
type OpeningChannel = Extract<
  InvokeChannel,
  'vault.unlockWithRecoveryKey' | 'vault.restoreNewestBackup' | 'vault.chooseFile' | 'vault.openChosenFile'
>;

/** Making, printing and removing my recovery key. */
type RecoveryKeyChannel = Extract<
  InvokeChannel,
  | 'vault.recoveryKey'
  | 'vault.makeRecoveryKey'
  | 'vault.confirmRecoveryKey'
  | 'vault.cancelRecoveryKey'
  | 'vault.saveRecoveryKeyPage'
  | 'vault.recoveryKeyPage'
  | 'vault.removeRecoveryKey'
>;

/** The backups beside the vault, and the second backup kept in a folder I choose. */
type BackupChannel = Extract<
  InvokeChannel,
  | 'vault.backups'
  | 'vault.restoreBackup'
  | 'vault.removeBackup'
  | 'vault.backupElsewhere'
  | 'vault.chooseBackupElsewhere'
  | 'vault.stopBackupElsewhere'
>;

export type KeyAndBackupChannel = OpeningChannel | RecoveryKeyChannel | BackupChannel;

export interface KeyAndBackupDependencies {
  vault: VaultLifecycle;
  host: Pick<Host, 'chooseOpenPath' | 'chooseSavePath' | 'printToPdf'>;
  clock: Clock;
  newId(): string;
}

/**
 * Recovery keys, restoring backups, the backup kept elsewhere and opening a vault file from
 * elsewhere: the channels that change which keys open the vault or which file it is.
 */
export function createKeyAndBackupHandlers(dependencies: KeyAndBackupDependencies) {
  const recoveryKeys = createRecoveryKeyHandlers(dependencies);
  const handlers: Pick<IpcHandlers, KeyAndBackupChannel> = {
    ...createOpeningHandlers(dependencies),
    ...recoveryKeys.handlers,
    ...createBackupHandlers(dependencies),
  };
  return { handlers, onLocked: recoveryKeys.onLocked };
}

/**
 * Opening the vault when it is locked, another way than with my passphrase on this computer's
 * file: with my recovery key, from the newest backup, or from a vault file I choose.
 */
function createOpeningHandlers({ vault, host }: KeyAndBackupDependencies): Pick<IpcHandlers, OpeningChannel> {
  const { vaultPath } = vault;
  // The vault file chosen on the first-run screen, until it is opened.
  let chosenFile: string | undefined;

  /**
   * Opens a session as an unlock does (when nothing is open), makes it the open one and answers the
   * status. `unsaved`: changes a lock could not save, for an opener that opens them instead of the file.
   */
  const openSession = (
    open: (
      options: VaultSessionOptions,
      unsaved: SealedUnsavedChanges | undefined,
    ) => Promise<{ session: VaultSession; usedUnsaved: boolean }>,
  ): Promise<VaultStatus> =>
    vault.serially(async () => {
      if (vault.session) throw new VaultError('VAULT_EXISTS', 'The vault is already open.');
      const { session, usedUnsaved } = await open(vault.sessionOptions, vault.unsavedAtLock);
      vault.opened(session, { usedUnsaved });
      return vault.status();
    });

  return {
    'vault.unlockWithRecoveryKey': async ({ recoveryKey, nextPassphrase, openAnyway }) => {
      let keyChange: KeyChangeOutcome | undefined;
      const status = await openSession(async (options, unsaved) => {
        const opened = await VaultSession.openWithRecoveryKey(
          vaultPath,
          recoveryKey,
          nextPassphrase,
          { ...options, forceUnlock: openAnyway },
          unsaved,
        );
        keyChange = opened.outcome;
        return { session: opened.session, usedUnsaved: unsaved !== undefined };
      });
      return { ...status, keyChange };
    },

    'vault.restoreNewestBackup': async ({ passphrase }) => {
      let backup = '';
      const status = await openSession(async (options, unsaved) => {
        if (unsaved) {
          // The vault opened at the last unlock; its unsaved changes come back with the passphrase.
          throw new VaultError(
            'VAULT_BUSY',
            'Waypoint is keeping changes it could not save when it locked. Unlock with your passphrase to bring them back before restoring a backup.',
          );
        }
        const restored = await VaultSession.openFromBackup(vaultPath, passphrase, options);
        backup = restored.backup;
        return { session: restored.session, usedUnsaved: false };
      });
      return { ...status, restoredFromBackup: { madeAt: backupMadeAt(backup)?.toISOString() ?? null } };
    },

    'vault.chooseFile': async () => {
      const chosen = await host.chooseOpenPath({ title: 'Open a Waypoint vault file', kind: 'vault' });
      chosenFile = chosen;
      return chosen ? { fileName: path.basename(chosen) } : null;
    },

    'vault.openChosenFile': async ({ passphrase }) => {
      const file = chosenFile;
      if (!file) throw new RequestError('NOT_FOUND', 'Choose the vault file first.');
      const status = await openSession(async (options) => {
        if (await fs.stat(vaultPath).catch(() => undefined)) {
          throw new VaultError('VAULT_EXISTS', 'This computer already has a vault; Waypoint will not replace it.');
        }
        const bytes = await fs.readFile(file).catch((cause: unknown) => {
          throw new VaultError('NO_VAULT', 'That file could not be read. Is the drive it is on still plugged in?', {
            cause,
          });
        });
        await fs.mkdir(path.dirname(vaultPath), { recursive: true, mode: 0o700 });
        // Opened from the chosen file's bytes, then saved as this computer's vault (never over one).
        const session = await VaultSession.open(vaultPath, passphrase, options, {
          bytes: new Uint8Array(bytes),
          onDisk: undefined,
        });
        try {
          await session.flush();
        } catch (error) {
          await session.forget();
          throw error;
        }
        return { session, usedUnsaved: false };
      });
      chosenFile = undefined;
      return status;
    },
  };
}

/**
 * My recovery key: made and shown once, saved as a page to print, confirmed by typing it back, or
 * removed. `onLocked` forgets the key being shown and its print jobs when the vault locks.
 */
function createRecoveryKeyHandlers({ vault, host, clock, newId }: KeyAndBackupDependencies) {
  const { backupElsewhere } = vault;
  // The recovery key being shown, for its printable page, until it is confirmed or abandoned (or the vault locks).
  let shown: { session: VaultSession; recoveryKey: string; madeOn: string } | undefined;
  const printJobs = new Set<string>();

  const shownFor = (session: VaultSession) => (shown?.session === session ? shown : undefined);

  const handlers: Pick<IpcHandlers, RecoveryKeyChannel> = {
    'vault.recoveryKey': () => ({ exists: vault.unlocked().hasRecoveryKey }),

    'vault.makeRecoveryKey': ({ passphrase }) =>
      vault.serially(async () => {
        const session = vault.unlocked();
        const recoveryKey = await session.makeRecoveryKey(passphrase);
        shown = { session, recoveryKey, madeOn: checkInDay(clock.now(), clock.timeZone(), 0) };
        return { recoveryKey };
      }),

    'vault.confirmRecoveryKey': ({ typed }) =>
      vault.serially(async () => {
        const session = vault.unlocked();
        const outcome = await session.confirmRecoveryKey(typed);
        shown = undefined;
        void backupElsewhere.copy();
        return outcome;
      }),

    'vault.cancelRecoveryKey': () =>
      vault.serially(async () => {
        shown = undefined;
        await vault.unlocked().cancelRecoveryKey();
        return null;
      }),

    'vault.saveRecoveryKeyPage': async () => {
      const page = shownFor(vault.unlocked());
      if (!page) throw new RequestError('NOT_FOUND', 'No recovery key is being shown. Make one first.');
      const target = await host.chooseSavePath({
        title: 'Save my recovery key as a page to print',
        defaultName: recoveryKeyPageFileName(page.madeOn),
      });
      if (!target) return { saved: false };
      const id = newId();
      printJobs.add(id);
      try {
        const { file } = await printToFile({
          print: () => host.printToPdf({ route: `${recoveryKeyPrintRoutePrefix}${id}`, paper: 'a4' }),
          target,
          what: 'The page',
        });
        return { saved: true, fileName: path.basename(file) };
      } finally {
        printJobs.delete(id);
      }
    },

    'vault.recoveryKeyPage': ({ id }) => {
      const page = printJobs.has(id) ? shownFor(vault.unlocked()) : undefined;
      if (!page) throw new RequestError('NOT_FOUND', 'This page is no longer being made.');
      return { recoveryKey: page.recoveryKey, madeOn: page.madeOn };
    },

    'vault.removeRecoveryKey': ({ passphrase }) =>
      vault.serially(async () => {
        const outcome = await vault.unlocked().removeRecoveryKey(passphrase);
        // A key shown and not typed back was withdrawn with it: its page can no longer be printed.
        shown = undefined;
        void backupElsewhere.copy();
        return outcome;
      }),
  };

  return {
    handlers,
    /** At lock: the key being shown and its print jobs go. */
    onLocked: (): void => {
      shown = undefined;
      printJobs.clear();
    },
  };
}

/** The backups beside the vault (listed, restored, removed) and the second backup kept elsewhere. */
function createBackupHandlers({ vault, host }: KeyAndBackupDependencies): Pick<IpcHandlers, BackupChannel> {
  const { vaultPath, backupElsewhere } = vault;

  /** The backup named, as a path in the backups folder; NOT_FOUND for any other name. */
  async function backupNamed(name: string): Promise<string> {
    const backup = (await listBackups(vaultPath)).find((file) => path.basename(file) === name);
    if (!backup) throw new RequestError('NOT_FOUND', 'That backup is no longer there.');
    return backup;
  }

  return {
    'vault.backups': async () =>
      (await vault.unlocked().describeBackups()).map((backup) => ({
        name: path.basename(backup.file),
        madeAt: backup.madeAt?.toISOString() ?? null,
        bytes: backup.bytes,
        checkIns: backup.checkIns ?? null,
      })),

    'vault.restoreBackup': ({ name }) =>
      vault.serially(async () => {
        const session = vault.unlocked();
        // Where the second backup goes is this computer's choice, not part of what is restored.
        const folder = readBackupElsewhereFolder(session.db);
        const safetyCopy = await session.restoreBackup(await backupNamed(name));
        if (readBackupElsewhereFolder(session.db) !== folder) {
          session.change((db) => writeBackupElsewhereFolder(db, folder));
          await session.flush();
        }
        vault.contentsReplaced(session);
        void backupElsewhere.copy();
        return { safetyCopy: path.basename(safetyCopy) };
      }),

    'vault.removeBackup': ({ name }) =>
      vault.serially(async () => {
        await vault.unlocked().removeBackupThatDoesNotOpen(await backupNamed(name));
        return null;
      }),

    'vault.backupElsewhere': () => {
      vault.unlocked();
      return backupElsewhere.status();
    },

    'vault.chooseBackupElsewhere': () =>
      vault.serially(async () => {
        const session = vault.unlocked();
        const folder = await host.chooseOpenPath({ title: 'Choose a folder for a second backup', kind: 'folder' });
        if (!folder) return backupElsewhere.status();
        const problem = await backupElsewhereProblem(vaultPath, folder);
        if (problem) throw new RequestError('INVALID_INPUT', problem);
        session.change((db) => writeBackupElsewhereFolder(db, folder));
        await session.flush();
        backupElsewhere.use(folder);
        await backupElsewhere.copy();
        return backupElsewhere.status();
      }),

    'vault.stopBackupElsewhere': () =>
      vault.serially(async () => {
        const session = vault.unlocked();
        session.change((db) => writeBackupElsewhereFolder(db, undefined));
        backupElsewhere.use(undefined);
        return backupElsewhere.status();
      }),
  };
}
