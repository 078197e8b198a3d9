import * as fs from 'node:fs/promises';
import path from 'node:path';
import type { BackupElsewhereStatus } from '../../shared/vault/vault-status';
import { selectRow, type ReadableDatabase, type WritableDatabase } from '../database/sqlite';
import { nodeSaveFileSystem, writeFailureReason, writeFileAtomically, type SaveFileSystem } from './atomic-write';
import { backupFolderFor } from './vault-backups';
import { vaultMagic } from './vault-file';

/**
 * "Also keep a backup in…": a copy of the vault file in a folder the person chose (a USB drive, a
 * synced folder), so a lost or broken laptop does not take every copy with it. The copy is the
 * vault file itself, byte for byte: encrypted exactly like it, opening with the same passphrase
 * (or recovery key) on any computer, and nothing else is ever written there. The folder is kept in
 * the vault (encrypted), so only an unlocked vault knows where its copy goes.
 */
const folderKey = 'backupElsewhereFolder';

export function readBackupElsewhereFolder(db: ReadableDatabase): string | undefined {
  return selectRow(db, 'SELECT value FROM vault_meta WHERE key = ?', [folderKey], { value: 'text' })?.value;
}

export function writeBackupElsewhereFolder(db: WritableDatabase, folder: string | undefined): void {
  if (folder === undefined) db.run('DELETE FROM vault_meta WHERE key = ?', [folderKey]);
  else {
    db.run('INSERT INTO vault_meta (key, value) VALUES (?, ?) ON CONFLICT(key) DO UPDATE SET value = excluded.value', [
      folderKey,
      folder,
    ]);
  }
}

/** A folder as the file system resolves it (links followed), or as written when it is not there. */
const realFolder = async (folder: string): Promise<string> => fs.realpath(folder).catch(() => path.resolve(folder));

/**
 * Why the copy cannot go to `folder` because it is the vault's own folder or its backups folder,
 * by any name (a link to either included): a copy there would write over the vault itself.
 */
async function ownFolderProblem(vaultPath: string, folder: string): Promise<string | undefined> {
  const chosen = await realFolder(folder);
  if (chosen === (await realFolder(path.dirname(path.resolve(vaultPath))))) {
    return 'That is the folder my vault is already in. Choose a folder on another drive, or a synced folder.';
  }
  if (chosen === (await realFolder(backupFolderFor(vaultPath)))) {
    return 'That is the folder of my daily backups, beside the vault. Choose a folder on another drive, or a synced folder.';
  }
  return undefined;
}

/** A folder the copy cannot go to, in words: undefined when it can. */
export async function backupElsewhereProblem(vaultPath: string, folder: string): Promise<string | undefined> {
  const own = await ownFolderProblem(vaultPath, folder);
  if (own) return own;
  const chosen = path.resolve(folder);
  const existing = await fs.open(path.join(chosen, path.basename(vaultPath)), 'r').catch(() => undefined);
  if (existing) {
    try {
      const start = new Uint8Array(vaultMagic.length);
      await existing.read(start, 0, start.length, 0);
      if (!start.every((byte, index) => byte === vaultMagic[index])) {
        return `That folder already has a file named ${path.basename(vaultPath)} that is not a Waypoint vault, so Waypoint will not write over it.`;
      }
    } finally {
      await existing.close();
    }
  }
  return undefined;
}

/** A day: the copy is refreshed at every lock, and at an unlock when it is older than this. */
const dailyMs = 24 * 60 * 60 * 1000;

export class BackupElsewhere {
  private folder: string | undefined;
  /** The last copy that failed, and the folder it was for (kept across locks, shown for that folder only). */
  private problem: { folder: string; detail: NonNullable<BackupElsewhereStatus['problem']> } | undefined;
  private copying: Promise<void> = Promise.resolve();
  /** The last copy made, for when its folder cannot be looked at (a drive unplugged since). */
  private lastCopied: { folder: string; at: string } | undefined;

  constructor(
    private readonly vaultPath: string,
    private readonly options: { now: () => Date; fileSystem?: SaveFileSystem },
  ) {}

  /** The folder the unlocked vault names (undefined: none, or locked). */
  use(folder: string | undefined): void {
    this.folder = folder;
  }

  get chosenFolder(): string | undefined {
    return this.folder;
  }

  private get target(): string | undefined {
    return this.folder && path.join(this.folder, path.basename(this.vaultPath));
  }

  /**
   * Copies the vault file as it is on disk now. Never throws: a folder that is not there (a drive
   * unplugged) or a copy that fails is noted for Settings, and tried again at the next lock.
   */
  copy(): Promise<void> {
    const folder = this.folder;
    const target = this.target;
    if (!folder || !target) return this.copying;
    this.copying = this.copying.then(async () => {
      const at = this.options.now().toISOString();
      const stat = await fs.stat(folder).catch(() => undefined);
      if (!stat?.isDirectory()) {
        const reason = 'the folder is not there (a drive that is not plugged in?)';
        this.problem = { folder, detail: { at, reason, folderMissing: true } };
        return;
      }
      // Checked again at every copy: the folder may have become a link to the vault's own since.
      const own = await ownFolderProblem(this.vaultPath, folder);
      if (own) {
        this.problem = { folder, detail: { at, reason: own, folderMissing: false } };
        return;
      }
      try {
        const bytes = new Uint8Array(await fs.readFile(this.vaultPath));
        await writeFileAtomically(target, bytes, this.options.fileSystem ?? nodeSaveFileSystem);
        this.problem = undefined;
        this.lastCopied = { folder, at: this.options.now().toISOString() };
      } catch (error) {
        const reason = writeFailureReason(error, 'that folder');
        this.problem = { folder, detail: { at, reason, folderMissing: false } };
      }
    });
    return this.copying;
  }

  /** At an unlock: copies when the copy there is missing or more than a day old. */
  async copyIfDue(): Promise<void> {
    const target = this.target;
    if (!target) return;
    const stat = await fs.stat(target).catch(() => undefined);
    if (!stat || this.options.now().getTime() - stat.mtime.getTime() >= dailyMs) await this.copy();
  }

  async status(): Promise<BackupElsewhereStatus> {
    await this.copying;
    const target = this.target;
    const stat = target ? await fs.stat(target).catch(() => undefined) : undefined;
    return {
      folder: this.folder ?? null,
      lastCopiedAt: stat
        ? stat.mtime.toISOString()
        : this.lastCopied && this.lastCopied.folder === this.folder
          ? this.lastCopied.at
          : null,
      problem: this.problem && this.problem.folder === this.folder ? this.problem.detail : null,
    };
  }
}
