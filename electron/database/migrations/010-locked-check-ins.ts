import type { Migration } from './migration';

/**
 * Check-ins written while locked (issue 30). `locked_entry_keys`: the key pairs entries are sealed
 * to, the current one (`retired_at` NULL) and the one before a key change, so that an entry sealed
 * while the key beside the vault was being replaced still opens. `locked_entries`: each entry opened
 * at an unlock, by the id sealed inside it, waiting for my decision or decided; a discarded entry
 * keeps only its id and dates (so a copy of it is never taken again), its mood and words are gone.
 */
export const migration010LockedCheckIns: Migration = {
  version: 10,
  name: 'locked check-ins',
  up(db) {
    db.exec(`
      CREATE TABLE locked_entry_keys (
        public_key TEXT PRIMARY KEY,
        private_key TEXT NOT NULL,
        created_at TEXT NOT NULL,
        retired_at TEXT
      );
      CREATE TABLE locked_entries (
        id TEXT PRIMARY KEY,
        written_at TEXT NOT NULL,
        time_zone TEXT NOT NULL,
        mood INTEGER,
        note TEXT,
        status TEXT NOT NULL CHECK (status IN ('pending', 'kept', 'discarded')),
        decided_at TEXT
      );
    `);
  },
};
