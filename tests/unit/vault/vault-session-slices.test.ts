import { describe, expect, it, vi } from 'vitest';
import { selectRows, type ReadableDatabase, type WritableDatabase } from '../../../electron/database/sqlite';
import { readSettings, writeSettings } from '../../../electron/settings/settings-repository';
import { VaultSession } from '../../../electron/vault/vault-session';
import { testSessionOptions } from '../support/fast-kdf';
import { errorCode, useNewVaults, vaultPassphrase } from '../support/new-vaults';

const newVault = useNewVaults();

/** A promise the test settles when it chooses: the point in the work where the test acts. */
function gate() {
  let open!: () => void;
  const opened = new Promise<void>((resolve) => (open = resolve));
  return { open, opened };
}

const addMark = (db: WritableDatabase, slice: number) =>
  db.run("INSERT INTO vault_meta (key, value) VALUES (?, 'written in a slice')", [`slice-${slice}`]);

const marksIn = (db: ReadableDatabase) =>
  selectRows(db, "SELECT key FROM vault_meta WHERE key LIKE 'slice-%' ORDER BY key", [], { key: 'text' }).map(
    (row) => row.key,
  );

async function marksInFile(vaultPath: string): Promise<string[]> {
  const reopened = await VaultSession.open(vaultPath, vaultPassphrase, testSessionOptions);
  try {
    return marksIn(reopened.db);
  } finally {
    await reopened.close();
  }
}

describe('a change in slices (an import of thousands of check-ins)', () => {
  it('lets a save asked for in the middle wait, so the database is never exported mid-transaction', async () => {
    const { vaultPath, session } = await newVault();
    const events: string[] = [];
    let inTransaction = false;
    // The session's own database, behind its read-only type: the test watches its exports.
    const database = session.db as unknown as WritableDatabase;
    const exportDatabase = database.export.bind(database);
    vi.spyOn(database, 'export').mockImplementation(() => {
      events.push(inTransaction ? 'export inside the change' : 'export');
      return exportDatabase();
    });
    const middle = gate();
    const going = gate();
    const change = session.changeInSlices(async (db, nextSlice) => {
      inTransaction = true;
      for (let slice = 1; slice <= 3; slice++) {
        addMark(db, slice);
        events.push(`slice ${slice}`);
        await nextSlice();
        if (slice === 2) {
          middle.open();
          await going.opened;
        }
      }
      inTransaction = false;
      return 'done';
    });
    await middle.opened;
    // A save now, from the save timer of an earlier change or a channel's flush, waits for the change.
    const saved = session.flush().then(() => events.push('saved'));
    going.open();
    expect(await change).toBe('done');
    await saved;
    expect(events).toEqual(['slice 1', 'slice 2', 'slice 3', 'export', 'saved']);
    await session.close();
    expect(await marksInFile(vaultPath)).toEqual(['slice-1', 'slice-2', 'slice-3']);
  });

  it('is rolled back by a lock in the middle, and the lock goes on: the vault holds nothing of it', async () => {
    const { vaultPath, session } = await newVault();
    session.change((db) => writeSettings(db, { autoLockMinutes: 10 }));
    const middle = gate();
    const going = gate();
    let slicesAfterLock = 0;
    const change = session.changeInSlices(async (db, nextSlice) => {
      for (let slice = 1; slice <= 1_000; slice++) {
        addMark(db, slice);
        if (slice === 2) {
          middle.open();
          await going.opened;
        }
        await nextSlice();
        if (slice > 2) slicesAfterLock++;
      }
      return 'done';
    });
    await middle.opened;
    const locking = session.closeSealingUnsaved();
    going.open();
    expect(await errorCode(change)).toBe('LOCKED');
    // It stopped at its next slice; the lock saved what was written before it, and nothing of it.
    expect(slicesAfterLock).toBe(0);
    expect(await locking).toBeUndefined();
    expect(session.isOpen).toBe(false);
    expect(await marksInFile(vaultPath)).toEqual([]);
    const reopened = await VaultSession.open(vaultPath, vaultPassphrase, testSessionOptions);
    expect(readSettings(reopened.db).autoLockMinutes).toBe(10);
    await reopened.close();
  });

  it("refuses another channel's write while it runs, and a second change in slices; both work again after", async () => {
    const { session } = await newVault();
    const middle = gate();
    const going = gate();
    const change = session.changeInSlices(async (db, nextSlice) => {
      addMark(db, 1);
      await nextSlice();
      middle.open();
      await going.opened;
      addMark(db, 2);
      return 'done';
    });
    await middle.opened;
    let refused: unknown;
    try {
      session.change((db) => writeSettings(db, { autoLockMinutes: 5 }));
    } catch (error) {
      refused = error;
    }
    expect(refused).toMatchObject({
      code: 'CONFLICT',
      message: 'Waypoint is still bringing in check-ins; make this change when that has finished.',
    });
    expect(await errorCode(session.changeInSlices(() => Promise.resolve('another')))).toBe('CONFLICT');
    going.open();
    expect(await change).toBe('done');
    session.change((db) => writeSettings(db, { autoLockMinutes: 5 }));
    expect(await session.changeInSlices(() => Promise.resolve('another'))).toBe('another');
    expect(marksIn(session.db)).toEqual(['slice-1', 'slice-2']);
    await session.close();
  });

  it('is rolled back whole when its work fails, and schedules no save', async () => {
    const { session } = await newVault();
    await session.flush();
    const failing = session.changeInSlices(async (db, nextSlice) => {
      addMark(db, 1);
      await nextSlice();
      addMark(db, 2);
      throw new Error('a line the import could not take');
    });
    await expect(failing).rejects.toThrow('a line the import could not take');
    expect(marksIn(session.db)).toEqual([]);
    expect(session.hasUnsavedChanges).toBe(false);
    await session.close();
  });

  it('is rolled back by forget() too, which then closes as usual', async () => {
    const { vaultPath, session } = await newVault();
    const middle = gate();
    const change = session.changeInSlices(async (db, nextSlice) => {
      for (let slice = 1; ; slice++) {
        addMark(db, slice);
        if (slice === 1) middle.open();
        await nextSlice();
      }
    });
    await middle.opened;
    await session.forget();
    expect(await errorCode(change)).toBe('LOCKED');
    expect(session.isOpen).toBe(false);
    expect(await marksInFile(vaultPath)).toEqual([]);
  });
});
