import { createRequire } from 'node:module';
import initSqlJs, { type Database, type SqlJsStatic } from 'sql.js';

export type { Database } from 'sql.js';

let loading: Promise<SqlJsStatic> | undefined;

/** sql.js stays an unbundled dependency; its .wasm is located through Node's resolver. */
export function loadSqlite(): Promise<SqlJsStatic> {
  if (!loading) {
    const require = createRequire(import.meta.url);
    const wasmPath = require.resolve('sql.js/dist/sql-wasm.wasm');
    loading = initSqlJs({ locateFile: () => wasmPath });
  }
  return loading;
}

/**
 * Runs `work` atomically: all of it or none of it. Savepoints nest, so a repository function that
 * uses this can be called from inside a larger transaction (an import, a migration).
 */
export function inTransaction<T>(db: Database, work: () => T): T {
  db.exec('SAVEPOINT waypoint_work');
  try {
    const result = work();
    db.exec('RELEASE waypoint_work');
    return result;
  } catch (error) {
    db.exec('ROLLBACK TO waypoint_work; RELEASE waypoint_work');
    throw error;
  }
}

export function readUserVersion(db: Database): number {
  const value = db.exec('PRAGMA user_version')[0]?.values[0]?.[0];
  return typeof value === 'number' ? value : 0;
}

type SqlParam = string | number | null;

/** Every row of a query, as arrays of column values in the order selected. */
export function selectValues(db: Database, sql: string, params: SqlParam[] = []): SqlParam[][] {
  return (db.exec(sql, params)[0]?.values ?? []) as SqlParam[][];
}
