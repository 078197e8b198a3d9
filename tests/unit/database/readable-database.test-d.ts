// Type-level tests: `npm run typecheck` compiles this file (tests/tsconfig.json) and Vitest does not
// run it. Each `@ts-expect-error` fails the typecheck if the line under it compiles, so a write
// through the readable database, outside a vault's change, can never quietly become possible.
import { insertCheckIn } from '../../../electron/check-ins/check-in-repository';
import { inTransaction, selectRows, type ReadableDatabase } from '../../../electron/database/sqlite';
import { readSettings, writeSettings } from '../../../electron/settings/settings-repository';
import type { OpenVault } from '../../../electron/vault/open-vault';
import { checkInFields } from '../../support/check-in-fields';

export function writesOutsideAChangeDoNotCompile(db: ReadableDatabase, vault: OpenVault): void {
  // @ts-expect-error -- sql.js's run is not on the readable database
  db.run('DELETE FROM settings');
  // @ts-expect-error -- nor is exec
  db.exec('DELETE FROM settings');
  // @ts-expect-error -- nor is prepare (a statement could write)
  db.prepare('DELETE FROM settings');
  // @ts-expect-error -- a repository function that writes takes the writable database
  writeSettings(db, { autoLockMinutes: 5 });
  // @ts-expect-error -- the open vault's db is the readable one: writing through it schedules no save
  insertCheckIn(vault.db, 'id', checkInFields(), 240);
  // @ts-expect-error -- a transaction is for writes
  inTransaction(vault.db, () => undefined);
}

export function readsAnywhereAndWritesInAChangeCompile(db: ReadableDatabase, vault: OpenVault): void {
  readSettings(db);
  readSettings(vault.db);
  selectRows(vault.db, 'SELECT key FROM settings', [], { key: 'text' });
  vault.change((writable) => {
    readSettings(writable);
    writeSettings(writable, { autoLockMinutes: 5 });
    inTransaction(writable, () => insertCheckIn(writable, 'id', checkInFields(), 240));
  });
}
