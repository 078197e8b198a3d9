/** What the app knows about the vault before and after unlocking. */
export type VaultState = 'no-vault' | 'locked' | 'unlocked';

/**
 * Why the vault locked. `other-version`: after another program changed the vault file, the person
 * chose that version, which opens with its own passphrase.
 */
export type LockReason = 'user' | 'idle' | 'system-suspend' | 'screen-locked' | 'quit' | 'other-version';

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
  /** In the answer to an unlock with the recovery key: what opens the vault now. */
  keyChange?: KeyChangeOutcome;
  /**
   * In the answer to an unlock: backups a key change interrupted by a crash left under the earlier
   * passphrase, that could not be re-sealed (they still open with that passphrase, and only it).
   */
  backupsUnderEarlierKeys?: string[];
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

/**
 * What opens the vault after a key change (a new passphrase, a recovery key confirmed or removed),
 * so every change can say it in words: which passphrase, which recovery key, what became of a
 * recovery key shown and not yet typed back, and the backups the change could not re-seal.
 */
export interface KeyChangeOutcome {
  /** The passphrase that opens the vault now: the one it had, or the new one just set. */
  passphrase: 'unchanged' | 'new';
  /** The recovery key that opens it now: none, the one it had, or the one just typed back. */
  recoveryKey: 'none' | 'unchanged' | 'new';
  /**
   * A recovery key shown and not typed back yet: none; still waiting (typing it back now makes it
   * work with the passphrase in use now); or no longer offered (the recovery key was removed).
   */
  shownRecoveryKey: 'none' | 'still-waiting' | 'withdrawn';
  /**
   * Backups beside the vault (file names) that could not be re-sealed under the new keys, because
   * they do not open with the vault's keys (damaged, or made before an earlier change) or could
   * not be written. They are kept as they are; Settings → Backups lists them.
   */
  backupsNotResealed: string[];
}
