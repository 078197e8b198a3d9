import { readFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import path from 'node:path';
import { compileFunction } from 'node:vm';
import initSqlJs, { type Database as SqlJsDatabase, type SqlJsStatic } from 'sql.js';

declare const readableBrand: unique symbol;
declare const writableBrand: unique symbol;

/**
 * The database, to read: the one an open vault hands to anyone (`VaultSession.db`). It has no
 * methods of its own; code reads it through `selectRows` and `selectRow`, and a write through it
 * (sql.js's `run`, `exec`, `prepare`, or a repository function that writes) does not compile.
 */
export interface ReadableDatabase {
  readonly [readableBrand]: true;
}

/**
 * The database to write: sql.js's whole API. The vault session hands one only to the work of a
 * change (`change`, `changeInSlices`), to migrations and to a new vault's fill, so every write is
 * part of a change that schedules a save (as Signal Desktop's ReadableDB and WritableDB do).
 */
export type WritableDatabase = SqlJsDatabase & ReadableDatabase & { readonly [writableBrand]: true };

/**
 * A database of sql.js's own, as its owner sees it: to read and write. Only what owns the database
 * and saves it calls this (the vault session, the CLI checking a file, tests over a database of their own).
 */
export function writableDatabase(db: SqlJsDatabase): WritableDatabase {
  return db as WritableDatabase;
}

/** The statements a read runs. Reads only: the SQL given to `selectRows` is a SELECT or a PRAGMA that reads. */
function readingStatement(db: ReadableDatabase, sql: string) {
  if (!/^\s*(SELECT\b|PRAGMA\s+\w+\s*$)/i.test(sql)) {
    throw new Error(`A read runs a SELECT or a PRAGMA that reads, not: ${sql.trim().split(/\s+/)[0] ?? ''}.`);
  }
  return (db as unknown as SqlJsDatabase).prepare(sql);
}

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
export function inTransaction<T>(db: WritableDatabase, work: () => T): T {
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

export function readUserVersion(db: ReadableDatabase): number {
  return selectRow(db, 'PRAGMA user_version', [], { user_version: 'integer' })?.user_version ?? 0;
}

export type SqlParam = string | number | null;

/**
 * How a selected column is read: SQLite's storage class (`integer` is a whole number, `number` any
 * number), `boolean` for 0/1, `?` where NULL is allowed.
 */
export type ColumnType = 'text' | 'integer' | 'number' | 'boolean' | 'text?' | 'integer?' | 'number?';

type ValueOf<T extends ColumnType> = T extends 'text'
  ? string
  : T extends 'integer' | 'number'
    ? number
    : T extends 'boolean'
      ? boolean
      : T extends 'text?'
        ? string | null
        : number | null;

/** The row object a column spec describes: `{ day: 'text', lapse: 'boolean' }` reads as `{ day: string, lapse: boolean }`. */
export type RowOf<Spec extends Record<string, ColumnType>> = { -readonly [K in keyof Spec]: ValueOf<Spec[K]> };

function describeValue(value: unknown): string {
  if (value === null) return 'NULL';
  if (typeof value === 'number') return Number.isInteger(value) ? `the integer ${value}` : `the number ${value}`;
  return typeof value === 'string' ? 'text' : typeof value;
}

function readColumn(value: unknown, type: ColumnType, name: string): unknown {
  if (value === null && type.endsWith('?')) return null;
  if (type === 'boolean' && (value === 0 || value === 1)) return value === 1;
  if ((type === 'text' || type === 'text?') && typeof value === 'string') return value;
  if ((type === 'number' || type === 'number?') && typeof value === 'number') return value;
  if ((type === 'integer' || type === 'integer?') && Number.isInteger(value)) return value;
  // Only a damaged vault or a query that disagrees with its spec gets here: a bug, not bad input.
  throw new Error(`Column ${name} holds ${describeValue(value)}, not ${type}.`);
}

/**
 * Where each column of a spec is in what a query selects, by name. The query names every column
 * its spec reads (with `AS` where SQL would name it otherwise) and selects nothing else, so a
 * column can be neither missed nor read as another.
 */
function columnPositions(selected: readonly string[], spec: Record<string, ColumnType>): [string, number][] {
  const positions = new Map<string, number>();
  selected.forEach((name, index) => {
    if (positions.has(name)) throw new Error(`The query selects two columns named ${name}; name them apart with AS.`);
    positions.set(name, index);
  });
  const wanted = Object.keys(spec);
  const missing = wanted.filter((name) => !positions.has(name));
  if (missing.length > 0) {
    throw new Error(
      `The query selects no column named ${missing.join(', ')} (it selects ${selected.join(', ')}); name it with AS.`,
    );
  }
  const extra = selected.filter((name) => !(name in spec));
  if (extra.length > 0) throw new Error(`The query selects ${extra.join(', ')}, which its spec does not read.`);
  return wanted.map((name) => [name, positions.get(name)!]);
}

/**
 * Every row of a query as typed objects. `columns` names each selected column and says how to read
 * it; columns are matched by name, not position, and every value is checked, so no repository casts
 * what SQL returns.
 */
export function selectRows<Spec extends Record<string, ColumnType>>(
  db: ReadableDatabase,
  sql: string,
  params: readonly SqlParam[],
  columns: Spec,
): RowOf<Spec>[] {
  const statement = readingStatement(db, sql);
  try {
    statement.bind([...params]);
    const positions = columnPositions(statement.getColumnNames(), columns);
    const rows: RowOf<Spec>[] = [];
    while (statement.step()) {
      const values = statement.get();
      const row: Record<string, unknown> = {};
      for (const [name, position] of positions) row[name] = readColumn(values[position], columns[name]!, name);
      rows.push(row as RowOf<Spec>);
    }
    return rows;
  } finally {
    statement.free();
  }
}

/** The first row of a query, or undefined when there is none. */
export function selectRow<Spec extends Record<string, ColumnType>>(
  db: ReadableDatabase,
  sql: string,
  params: readonly SqlParam[],
  columns: Spec,
): RowOf<Spec> | undefined {
  return selectRows(db, sql, params, columns)[0];
}
