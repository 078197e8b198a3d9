/** What the app knows about the vault before and after unlocking. */
export type VaultState = 'no-vault' | 'locked' | 'unlocked';

export type LockReason = 'user' | 'idle' | 'system-suspend' | 'screen-locked' | 'quit';

export interface VaultStatus {
  state: VaultState;
  /** Where the vault lives, shown so a person can find it and its backups. */
  vaultPath: string;
  backupFolder: string;
  /** Where the safety plan for the lock screen is kept when the person opts in. */
  lockScreenSafetyPlanPath: string;
  /**
   * In the answer to an unlock only: the changes a lock could not save, kept sealed and now back
   * (when it locked, why the save failed, and whether they are saved now).
   */
  restored?: { lockedAt: string; reason: string; saved: boolean };
}

/** A daily backup that could not be made: when (ISO time), and why, in words a person can act on. */
export interface BackupFailure {
  at: string;
  reason: string;
}
