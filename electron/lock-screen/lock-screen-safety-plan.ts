import * as fs from 'node:fs/promises';
import path from 'node:path';
import { z } from 'zod';
import { readableSafetyPlan, readableSafetyPlanSchema, type ReadableSafetyPlan } from '../../shared/plan/safety-plan';
import type { ReadableDatabase } from '../database/sqlite';
import { writeFileAtomically } from '../vault/atomic-write';
import { readPlan } from '../plan/plan-repository';

/**
 * Beside the vault, unencrypted, only while the person has opted in: the safety plan's text and
 * the names and numbers it lists, nothing else (docs/vault-format.md).
 */
export const lockScreenSafetyPlanFileName = 'safety-plan.json';

/** Where the copy is kept for the vault at `vaultPath`: beside it. */
export function lockScreenSafetyPlanPath(vaultPath: string): string {
  return path.join(path.dirname(vaultPath), lockScreenSafetyPlanFileName);
}

const fileSchema = readableSafetyPlanSchema.extend({ version: z.literal(1) });

/** What the file should hold for this vault: the readable safety plan, or nothing when not chosen. */
function wantedContent(db: ReadableDatabase, shown: boolean): string | null {
  if (!shown) return null;
  const { steps, reviewedOn } = readableSafetyPlan(readPlan(db));
  return `${JSON.stringify({ version: 1, steps, reviewedOn }, null, 2)}\n`;
}

/**
 * Keeps the lock screen's copy of the safety plan in step with the person's choice and the vault:
 * written when the choice is on and the plan changes, deleted at once when it is turned off (saved
 * or not: the choice lives in preferences.json, outside the vault). Reading it needs no passphrase,
 * and the lock screen reads it only while the choice is on.
 */
export class LockScreenSafetyPlan {
  readonly filePath: string;
  private written: string | null | undefined;
  private pending: Promise<void> = Promise.resolve();

  constructor(
    vaultPath: string,
    private readonly log?: (message: string, error?: unknown) => void,
  ) {
    this.filePath = lockScreenSafetyPlanPath(vaultPath);
  }

  /**
   * Brings the file in line with the unlocked vault `db` and the choice `shown`; the file work
   * happens in order, after. `checkDisk`: compare with the file on disk, not with what was last
   * written (at an unlock: another program may have changed or planted it while locked).
   */
  sync(db: ReadableDatabase, shown: boolean, { checkDisk = false } = {}): void {
    const content = wantedContent(db, shown);
    if (!checkDisk && content === this.written) return;
    this.written = content;
    this.pending = this.pending.then(async () => {
      try {
        if (content === null) await fs.rm(this.filePath, { force: true });
        else if (!checkDisk || (await fs.readFile(this.filePath, 'utf8').catch(() => null)) !== content) {
          await writeFileAtomically(this.filePath, new TextEncoder().encode(content));
        }
      } catch (error) {
        this.written = undefined; // try again at the next change
        this.log?.('Could not update the safety plan kept for the lock screen.', error);
      }
    });
  }

  /** Deletes the copy at once, vault open or not (the choice was turned off). */
  remove(): Promise<void> {
    this.written = null;
    this.pending = this.pending.then(async () => {
      try {
        await fs.rm(this.filePath, { force: true });
      } catch (error) {
        this.written = undefined;
        this.log?.('Could not delete the safety plan kept for the lock screen.', error);
      }
    });
    return this.pending;
  }

  /** Resolves when every change asked for so far is on disk (or has failed and been logged). */
  settled(): Promise<void> {
    return this.pending;
  }

  /** The copy on disk, or null when there is none or it is not one Waypoint wrote. */
  async read(): Promise<ReadableSafetyPlan | null> {
    try {
      const parsed = fileSchema.safeParse(JSON.parse(await fs.readFile(this.filePath, 'utf8')));
      if (!parsed.success) return null;
      const { version: _version, ...readable } = parsed.data;
      return readable;
    } catch {
      return null;
    }
  }
}
