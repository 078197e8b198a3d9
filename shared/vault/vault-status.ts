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
  /** In the answer to an unlock that restored a damaged vault from a backup: when that backup was made. */
  restoredFromBackup?: { madeAt: string | null };
}

/** A daily backup that could not be made: when (ISO time), and why, in words a person can act on. */
export interface BackupFailure {
  at: string;
  reason: string;
}

/** "Also keep a backup in…": the folder chosen, when the copy there was last made, and any problem. */
export interface BackupElsewhereStatus {
  folder: string | null;
  /** When the copy in that folder was written (its modification time); null when there is none. */
  lastCopiedAt: string | null;
  /** The last copy that could not be made: when, why, and whether the folder was simply not there. */
  problem: { at: string; reason: string; folderMissing: boolean } | null;
}

/** A backup beside the vault, as Settings → Backups lists it. */
export interface BackupSummary {
  /** The file's name in the backups folder: how the renderer names it back to main. */
  name: string;
  madeAt: string | null;
  bytes: number;
  /** Check-ins it holds; null when it does not open with the vault's key. */
  checkIns: number | null;
}
