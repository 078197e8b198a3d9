import type { Migration } from './migration';

/**
 * The recovery plan. One-form sections and list entries are stored as JSON checked by the shared
 * zod schemas on the way in and out; what other tables point at (entries) has its own row and id.
 */
export const migration002Plan: Migration = {
  version: 2,
  name: 'recovery plan',
  up(db) {
    db.exec(`
      CREATE TABLE plan_sections (
        name       TEXT PRIMARY KEY,
        value_json TEXT NOT NULL
      ) STRICT;
      CREATE TABLE plan_entries (
        id        TEXT PRIMARY KEY,
        list      TEXT NOT NULL,
        parent_id TEXT REFERENCES plan_entries (id) ON DELETE CASCADE,
        position  INTEGER NOT NULL,
        data_json TEXT NOT NULL
      ) STRICT;
      CREATE INDEX plan_entries_in_order ON plan_entries (list, parent_id, position);
      CREATE TABLE plan_reviews (
        id            TEXT PRIMARY KEY,
        reviewed_on   TEXT NOT NULL,
        recorded_at   TEXT NOT NULL,
        working       TEXT NOT NULL,
        not_working   TEXT NOT NULL,
        changes       TEXT NOT NULL,
        snapshot_json TEXT NOT NULL
      ) STRICT;
    `);
  },
};
