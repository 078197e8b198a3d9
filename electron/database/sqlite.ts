import { readFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import path from 'node:path';
import { compileFunction } from 'node:vm';
import initSqlJs, { type Database, type SqlJsStatic } from 'sql.js';

export type { Database } from 'sql.js';

// Not named `require`: the main bundle declares one of its own at the top.
const nodeRequire = createRequire(import.meta.url);
const wasmPath = (): string => nodeRequire.resolve('sql.js/dist/sql-wasm.wasm');

let loading: Promise<SqlJsStatic> | undefined;

/** sql.js stays an unbundled dependency; its .wasm is located through Node's resolver. */
export function loadSqlite(): Promise<SqlJsStatic> {
  loading ??= initSqlJs({ locateFile: wasmPath });
  return loading;
}

/** SQLite with a WebAssembly heap of its own, and a way to zero that heap when done with it. */
export interface PrivateSqlite {
  SQL: SqlJsStatic;
  /** Zeroes the whole heap: every page the databases held, freed or not. Close them first. */
  wipe(): void;
}

let compiled: Promise<{ factory: SqlJsFactory; wasm: WebAssembly.Module }> | undefined;

type SqlJsFactory = () => typeof initSqlJs;

/**
 * sql.js's script, compiled once as the function CommonJS would wrap it in; each call evaluates it
 * anew. (Requiring it again after dropping its cache entry would do the same, but Node keeps every
 * such module in its parent's `children`, and with it that instance's heap, for good.)
 */
async function compileSqlJs(): Promise<{ factory: SqlJsFactory; wasm: WebAssembly.Module }> {
  const scriptPath = nodeRequire.resolve('sql.js');
  const [script, wasmBytes] = await Promise.all([readFile(scriptPath, 'utf8'), readFile(wasmPath())]);
  const wrapper = compileFunction(script, ['module', 'exports', 'require', '__filename', '__dirname'], {
    filename: scriptPath,
  });
  const factory: SqlJsFactory = () => {
    const module = { exports: {} as unknown };
    wrapper(module, module.exports, nodeRequire, scriptPath, path.dirname(scriptPath));
    return module.exports as typeof initSqlJs;
  };
  return { factory, wasm: await WebAssembly.compile(wasmBytes) };
}

/**
 * A fresh sql.js instance for one unlocked vault. sql.js keeps one instance per process, and its
 * heap keeps freed pages (a closed database's text is still there), so a vault session takes its
 * own: sql.js's script evaluated anew over the compiled WebAssembly, instantiated with a memory the
 * session zeroes at lock. Nothing keeps the instance once the session lets go of it.
 */
export async function loadPrivateSqlite(): Promise<PrivateSqlite> {
  compiled ??= compileSqlJs();
  const { factory, wasm } = await compiled;
  let memory: WebAssembly.Memory | undefined;
  const SQL = await factory()({
    instantiateWasm: (imports: WebAssembly.Imports, receive: (instance: WebAssembly.Instance) => void) => {
      void WebAssembly.instantiate(wasm, imports).then((instance) => {
        memory = Object.values(instance.exports).find((value) => value instanceof WebAssembly.Memory);
        receive(instance);
      });
      return {};
    },
  } as Parameters<typeof initSqlJs>[0]);
  if (!memory) throw new Error('sql.js exported no memory');
  const heap = memory;
  return { SQL, wipe: () => new Uint8Array(heap.buffer).fill(0) };
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
  return selectRow(db, 'PRAGMA user_version', [], { version: 'number' })?.version ?? 0;
}

export type SqlParam = string | number | null;

/** How a selected column is read: SQLite's storage class, `boolean` for 0/1, `?` where NULL is allowed. */
export type ColumnType = 'text' | 'number' | 'boolean' | 'text?' | 'number?';

type ValueOf<T extends ColumnType> = T extends 'text'
  ? string
  : T extends 'number'
    ? number
    : T extends 'boolean'
      ? boolean
      : T extends 'text?'
        ? string | null
        : number | null;

/** The row object a column spec describes: `{ day: 'text', lapse: 'boolean' }` reads as `{ day: string, lapse: boolean }`. */
export type RowOf<Spec extends Record<string, ColumnType>> = { -readonly [K in keyof Spec]: ValueOf<Spec[K]> };

function readColumn(value: unknown, type: ColumnType, name: string): unknown {
  if (value === null && type.endsWith('?')) return null;
  if (type === 'boolean' && (value === 0 || value === 1)) return value === 1;
  if ((type === 'text' || type === 'text?') && typeof value === 'string') return value;
  if ((type === 'number' || type === 'number?') && typeof value === 'number') return value;
  // Only a damaged vault or a query that disagrees with its spec gets here: a bug, not bad input.
  throw new Error(`Column ${name} holds ${value === null ? 'NULL' : typeof value}, not ${type}.`);
}

/**
 * Every row of a query as typed objects. `columns` names the selected columns in order and says
 * how to read each, and every value is checked against it, so no repository casts what SQL returns.
 */
export function selectRows<Spec extends Record<string, ColumnType>>(
  db: Database,
  sql: string,
  params: readonly SqlParam[],
  columns: Spec,
): RowOf<Spec>[] {
  const names = Object.keys(columns);
  const types = names.map((name) => columns[name]!);
  const statement = db.prepare(sql);
  try {
    statement.bind([...params]);
    const selected = statement.getColumnNames().length;
    if (selected !== names.length)
      throw new Error(`The query selects ${selected} columns; its spec names ${names.length}.`);
    const rows: RowOf<Spec>[] = [];
    while (statement.step()) {
      const values = statement.get();
      const row: Record<string, unknown> = {};
      for (let index = 0; index < names.length; index++) {
        row[names[index]!] = readColumn(values[index], types[index]!, names[index]!);
      }
      rows.push(row as RowOf<Spec>);
    }
    return rows;
  } finally {
    statement.free();
  }
}

/** The first row of a query, or undefined when there is none. */
export function selectRow<Spec extends Record<string, ColumnType>>(
  db: Database,
  sql: string,
  params: readonly SqlParam[],
  columns: Spec,
): RowOf<Spec> | undefined {
  return selectRows(db, sql, params, columns)[0];
}
