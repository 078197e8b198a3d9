import type { ReadableDatabase, WritableDatabase } from '../database/sqlite';

/**
 * What the domain handlers need of an unlocked vault: its database to read, a way to change it
 * (one synchronous transaction, then a coalesced save), and a way to wait until it is on disk.
 * `VaultSession` is the real one; component tests use one over an in-memory database.
 */
export interface OpenVault {
  readonly db: ReadableDatabase;
  change<T>(work: (db: WritableDatabase) => T): T;
  /**
   * A long write as one transaction run in slices, awaiting `nextSlice` between them (see
   * `VaultSession.changeInSlices`). Optional: a vault without it runs such work whole, with `change`.
   */
  changeInSlices?<T>(work: (db: WritableDatabase, nextSlice: () => Promise<void>) => Promise<T>): Promise<T>;
  flush(): Promise<void>;
}
