import type { Migration } from './migration';

/**
 * Check-ins brought in from another app (a Daylio export), so an import can be recognised and
 * removed as a whole:
 * - `checkin_imports`: one row per import: where it came from, the file's name, when, the value
 *   each mood label was given (offered again at the next import), and what it added to the vault
 *   (`created_json`: measures and plan entries, each as created; removing the import removes those
 *   still unchanged and unused).
 * - `checkins.import_id`: the import a check-in came from (null for one written in Waypoint).
 * - `checkins.import_key`: the entry's instant, mood label and note as read from the file: an
 *   overlapping later export adds only entries whose key is not here yet.
 * - `checkin_values_by_checkin`: deleting check-ins (an import's ten thousand at once) finds their
 *   values by index rather than scanning every value for each one.
 */
export const migration006CheckInImports: Migration = {
  version: 6,
  name: 'check-in imports',
  up(db) {
    db.exec(`
      CREATE TABLE checkin_imports (
        id               TEXT PRIMARY KEY,
        source           TEXT NOT NULL,
        file_name        TEXT NOT NULL,
        imported_at      TEXT NOT NULL,
        mood_values_json TEXT NOT NULL,
        created_json     TEXT NOT NULL
      ) STRICT;
      ALTER TABLE checkins ADD COLUMN import_id TEXT REFERENCES checkin_imports (id);
      ALTER TABLE checkins ADD COLUMN import_key TEXT;
      CREATE INDEX checkins_by_import ON checkins (import_id) WHERE import_id IS NOT NULL;
      CREATE INDEX checkins_by_import_key ON checkins (import_key) WHERE import_key IS NOT NULL;
      CREATE INDEX checkin_values_by_checkin ON checkin_values (checkin);
    `);
  },
};
