import { afterEach, describe, expect, it, vi } from 'vitest';
import {
  importCheckIns,
  importCheckInsInSlices,
  type CheckInImport,
} from '../../../electron/check-in-import/import-check-ins';
import { listImports, removeImport, removeImportInSlices } from '../../../electron/check-in-import/import-repository';
import { buildExportDocument } from '../../../electron/data-export/export-document';
import { migrateDatabase } from '../../../electron/database/migrate';
import { inTransaction, type WritableDatabase } from '../../../electron/database/sqlite';
import { VaultSession } from '../../../electron/vault/vault-session';
import { readDaylioExport } from '../../../shared/check-in-import/daylio-export';
import { largeDaylioExport, overlappingExportChoices } from '../../support/daylio-fixture';
import { testSessionOptions } from '../support/fast-kdf';
import { errorCode, useNewVaults, vaultPassphrase } from '../support/new-vaults';
import { memoryDatabase } from '../../support/memory-database';

const newVault = useNewVaults();

// 600 entries over 40 activities, some coping strategies and triggers among them.
const file = readDaylioExport(largeDaylioExport(600, 40));
const choices = {
  ...overlappingExportChoices,
  moods: { 'Not so good': 4, 'Medium [-]': 5 },
  activities: {
    'activity 3': { treatment: 'coping', entryId: null },
    'activity 7': { treatment: 'trigger', entryId: null },
    'activity 9': { treatment: 'note', entryId: null },
  },
} satisfies CheckInImport['choices'];

function importOf(): CheckInImport {
  let ids = 0;
  return {
    source: 'daylio',
    file,
    fileName: 'daylio_export.csv',
    choices,
    now: new Date('2026-11-22T12:00:00Z'),
    newId: () => `id-${String(++ids).padStart(6, '0')}`,
  };
}

function emptyVault(): WritableDatabase {
  const db = memoryDatabase();
  db.exec('PRAGMA foreign_keys = ON');
  migrateDatabase(db);
  return db;
}

/**
 * Makes every step of the work take 50 ms by the clock the slices go by, so each step is a slice
 * of its own and `nextSlice` is awaited between every two.
 */
function everyStepASlice(): void {
  let now = 0;
  vi.spyOn(performance, 'now').mockImplementation(() => (now += 50));
}

afterEach(() => {
  vi.restoreAllMocks();
});

describe('an import in slices', () => {
  it('writes exactly what the whole import writes, and removing it in slices leaves what removing it whole leaves', async () => {
    const whole = emptyVault();
    const wholeSummary = importCheckIns(whole, importOf());
    const sliced = emptyVault();
    let slices = 0;
    const nextSlice = () => {
      slices++;
      return Promise.resolve();
    };
    everyStepASlice();
    const slicedSummary = await inTransactionAsync(sliced, () => importCheckInsInSlices(sliced, importOf(), nextSlice));
    expect(slices).toBeGreaterThan(600);
    expect(slicedSummary).toEqual(wholeSummary);
    expect(buildExportDocument(sliced)).toEqual(buildExportDocument(whole));

    expect(
      await inTransactionAsync(sliced, () => removeImportInSlices(sliced, slicedSummary.importId!, nextSlice)),
    ).toEqual(inTransaction(whole, () => removeImport(whole, wholeSummary.importId!)));
    expect(buildExportDocument(sliced)).toEqual(buildExportDocument(whole));
    whole.close();
    sliced.close();
  });

  it('is undone whole by a lock in the middle: no check-in, measure, plan entry or record of it stays', async () => {
    const { vaultPath, session } = await newVault();
    const before = buildExportDocument(session.db);
    let slices = 0;
    let locking: Promise<unknown> | undefined;
    everyStepASlice();
    const importing = session.changeInSlices((db, nextSlice) =>
      importCheckInsInSlices(db, importOf(), () => {
        // Halfway through writing the entries, the vault locks (the idle timer, the screen locking).
        if (++slices === 900) locking = session.closeSealingUnsaved();
        return nextSlice();
      }),
    );
    expect(await errorCode(importing)).toBe('LOCKED');
    expect(await locking).toBeUndefined();
    vi.restoreAllMocks();
    expect(session.isOpen).toBe(false);
    const reopened = await VaultSession.open(vaultPath, vaultPassphrase, testSessionOptions);
    expect(buildExportDocument(reopened.db)).toEqual(before);
    expect(listImports(reopened.db)).toEqual([]);
    await reopened.close();
  });
});

/** `inTransaction` for async work: the transaction a vault session's `changeInSlices` holds. */
async function inTransactionAsync<T>(db: WritableDatabase, work: () => Promise<T>): Promise<T> {
  db.exec('SAVEPOINT test_slices');
  try {
    const result = await work();
    db.exec('RELEASE test_slices');
    return result;
  } catch (error) {
    db.exec('ROLLBACK TO test_slices; RELEASE test_slices');
    throw error;
  }
}
