import { checkInDay } from '../../shared/check-ins/check-in-day';
import type { LockedEntry, PendingLockedCheckIn } from '../../shared/check-ins/locked-check-in';
import { inTransaction, selectRows, type ReadableDatabase, type WritableDatabase } from '../database/sqlite';

/** A key pair entries are sealed to, base64: the public half is also beside the vault. */
export interface LockedEntryKey {
  publicKey: string;
  privateKey: string;
  /** Null for the key in use; set for the one before the last key change. */
  retiredAt: string | null;
}

/** The key in use first, then the one it replaced (if any). */
export function readLockedEntryKeys(db: ReadableDatabase): LockedEntryKey[] {
  return selectRows(
    db,
    `SELECT public_key AS publicKey, private_key AS privateKey, retired_at AS retiredAt
       FROM locked_entry_keys ORDER BY retired_at IS NOT NULL, retired_at DESC`,
    [],
    { publicKey: 'text', privateKey: 'text', retiredAt: 'text?' },
  );
}

/**
 * Puts a new key in use: the one in use is kept as the previous (an entry sealed to it while the
 * file beside the vault was being replaced still opens), and any older one is forgotten.
 */
export function addLockedEntryKey(
  db: WritableDatabase,
  key: { publicKey: string; privateKey: string },
  now: Date,
): void {
  inTransaction(db, () => {
    db.run('DELETE FROM locked_entry_keys WHERE retired_at IS NOT NULL');
    db.run('UPDATE locked_entry_keys SET retired_at = ? WHERE retired_at IS NULL', [now.toISOString()]);
    db.run('INSERT INTO locked_entry_keys (public_key, private_key, created_at) VALUES (?, ?, ?)', [
      key.publicKey,
      key.privateKey,
      now.toISOString(),
    ]);
  });
}

/** What became of each entry id already opened here: waiting, kept or discarded. */
export function readLockedEntryStatuses(db: ReadableDatabase): Map<string, 'pending' | 'kept' | 'discarded'> {
  const rows = selectRows(db, 'SELECT id, status FROM locked_entries', [], { id: 'text', status: 'text' });
  return new Map(rows.map((row) => [row.id, row.status as 'pending' | 'kept' | 'discarded']));
}

/** Entries opened at an unlock, to wait for my decision. */
export function insertPendingLockedEntries(db: WritableDatabase, entries: readonly LockedEntry[]): void {
  inTransaction(db, () => {
    for (const entry of entries) {
      db.run(
        `INSERT INTO locked_entries (id, written_at, time_zone, mood, note, status) VALUES (?, ?, ?, ?, ?, 'pending')`,
        [entry.id, entry.writtenAt, entry.timeZone, entry.mood, entry.note],
      );
    }
  });
}

/** The entries waiting for my decision, oldest first, each with the day it would count for. */
export function readPendingLockedCheckIns(db: ReadableDatabase, boundaryMinutes: number): PendingLockedCheckIn[] {
  return selectRows(
    db,
    `SELECT id, written_at AS writtenAt, time_zone AS timeZone, mood, note
       FROM locked_entries WHERE status = 'pending' ORDER BY written_at, id`,
    [],
    { id: 'text', writtenAt: 'text', timeZone: 'text', mood: 'integer', note: 'text' },
  ).map((row) => ({ ...row, day: checkInDay(new Date(row.writtenAt), row.timeZone, boundaryMinutes) }));
}

/**
 * Marks a waiting entry kept (it is a check-in now) or discarded. Either way the row keeps only its
 * id and dates, so a copy of the entry is never taken again; its mood and words are not kept twice.
 */
export function decideLockedEntry(db: WritableDatabase, id: string, keep: boolean, now: Date): void {
  db.run(
    `UPDATE locked_entries SET status = ?, mood = NULL, note = NULL, decided_at = ? WHERE id = ? AND status = 'pending'`,
    [keep ? 'kept' : 'discarded', now.toISOString(), id],
  );
}
