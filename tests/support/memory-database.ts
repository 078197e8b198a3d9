import { migrateDatabase } from '../../electron/database/migrate';
import { loadSqlite, writableDatabase, type WritableDatabase } from '../../electron/database/sqlite';

const SQL = await loadSqlite();

/**
 * A sql.js database of the test's own (empty, or opened from `image`), to read and write as the
 * work of a vault session's `change` does. The test closes it.
 */
export function memoryDatabase(image?: Uint8Array): WritableDatabase {
  return writableDatabase(new SQL.Database(image));
}

/** An empty vault's database: the test's own, migrated to the current schema. The test closes it. */
export function migratedDatabase(): WritableDatabase {
  const db = memoryDatabase();
  migrateDatabase(db);
  return db;
}
