import type { Migration } from './migration';

/** The first schema: the vault's own metadata and the person's settings. */
export const migration001Settings: Migration = {
  version: 1,
  name: 'vault metadata and settings',
  up(db) {
    db.exec(`
      CREATE TABLE vault_meta (
        key   TEXT PRIMARY KEY,
        value TEXT NOT NULL
      ) STRICT;
      CREATE TABLE settings (
        key        TEXT PRIMARY KEY,
        value_json TEXT NOT NULL
      ) STRICT;
    `);
  },
};
