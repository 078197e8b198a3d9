import { VaultError } from '../vault/vault-error';
import { migrations as allMigrations, latestSchemaVersion } from './migrations/index';
import type { Migration } from './migrations/migration';
import { inTransaction, readUserVersion, type WritableDatabase } from './sqlite';

/**
 * Brings a database up to the newest schema, one transaction per step. A database from a newer
 * Waypoint is refused rather than opened: writing it back could drop what the newer app stored.
 */
export function migrateDatabase(db: WritableDatabase, migrations: readonly Migration[] = allMigrations): number {
  const latest = migrations.at(-1)?.version ?? 0;
  const current = readUserVersion(db);
  if (current > latest) {
    throw new VaultError(
      'UNSUPPORTED_VERSION',
      `This vault was written by a newer version of Waypoint (data version ${current}). Update Waypoint to open it; the file has not been changed.`,
    );
  }
  for (const migration of migrations) {
    if (migration.version <= current) continue;
    inTransaction(db, () => {
      migration.up(db);
      db.exec(`PRAGMA user_version = ${migration.version}`);
    });
  }
  return readUserVersion(db);
}

export { latestSchemaVersion };
