import { useIpcChange, useIpcQuery } from '../../lib/ipc-query';

/** Opening and locking: each answers with the vault's new state, which the gate follows. */
export const useVaultStatus = () => useIpcQuery('vault.status', {});
export const useCreateVault = () => useIpcChange('vault.create');
export const useUnlock = () => useIpcChange('vault.unlock');
export const useUnlockWithRecoveryKey = () => useIpcChange('vault.unlockWithRecoveryKey');
export const useRestoreNewestBackup = () => useIpcChange('vault.restoreNewestBackup');
export const useChooseVaultFile = () => useIpcChange('vault.chooseFile');
export const useOpenChosenFile = () => useIpcChange('vault.openChosenFile');
export const useLock = () => useIpcChange('vault.lock');

/** Keys: the passphrase and the recovery key, one change at a time. */
export const useChangePassphrase = () => useIpcChange('vault.changePassphrase', { serial: 'keys' });
export const useRecoveryKey = () => useIpcQuery('vault.recoveryKey', {});
export const useMakeRecoveryKey = () => useIpcChange('vault.makeRecoveryKey', { serial: 'keys' });
export const useConfirmRecoveryKey = () => useIpcChange('vault.confirmRecoveryKey', { serial: 'keys' });
export const useCancelRecoveryKey = () => useIpcChange('vault.cancelRecoveryKey', { serial: 'keys' });
export const useRemoveRecoveryKey = () => useIpcChange('vault.removeRecoveryKey', { serial: 'keys' });
export const useSaveRecoveryKeyPage = () => useIpcChange('vault.saveRecoveryKeyPage');
export const useRecoveryKeyPage = (id: string) => useIpcQuery('vault.recoveryKeyPage', { id });

/** Backups: the daily ones beside the vault, and the copy kept in a folder I choose. */
export const useBackups = () => useIpcQuery('vault.backups', {});
export const useBackupFailure = () => useIpcQuery('vault.backupFailure', {});
export const useRestoreBackup = () => useIpcChange('vault.restoreBackup');
export const useRemoveBackup = () => useIpcChange('vault.removeBackup');
export const useBackupElsewhere = () => useIpcQuery('vault.backupElsewhere', {});
export const useChooseBackupElsewhere = () => useIpcChange('vault.chooseBackupElsewhere');
export const useStopBackupElsewhere = () => useIpcChange('vault.stopBackupElsewhere');

/** Another program changed the vault file: which version to keep. */
export const useResolveConflict = () => useIpcChange('vault.resolveConflict');

/** The safety plan shown on the lock screen, when I chose to show it there. */
export const useLockScreenSafetyPlan = () => useIpcQuery('lockScreen.safetyPlan', {});

/** Checking in while locked: whether the lock screen can take one, and the sealed write itself. */
export const useLockedCheckInStatus = () => useIpcQuery('lockedCheckIns.status', {});
export const useAddLockedCheckIn = () => useIpcChange('lockedCheckIns.add');
