import type { Migration } from './migration';

/**
 * What the daily companion keeps:
 * - `checkins.day_chosen`: 1 when the person picked the check-in's date (a backfill or a moved
 *   edit). Such a check-in counts for the date picked, whatever the time; the day boundary only
 *   moves check-ins dated "now", and a new boundary never moves a picked date.
 * - `drafts`: forms left half-written when the vault locked, by form, so they come back at unlock.
 * - `milestone_marks`: milestones the home screen has marked, so each is marked once, with the
 *   note the person may add.
 */
export const migration004DailyCompanion: Migration = {
  version: 4,
  name: 'picked check-in days, drafts and marked milestones',
  up(db) {
    db.exec(`
      ALTER TABLE checkins ADD COLUMN day_chosen INTEGER NOT NULL DEFAULT 0;
      CREATE TABLE drafts (
        form       TEXT PRIMARY KEY,
        draft_json TEXT NOT NULL,
        saved_at   TEXT NOT NULL
      ) STRICT;
      CREATE TABLE milestone_marks (
        milestone TEXT PRIMARY KEY,
        reached   TEXT NOT NULL,
        marked_at TEXT NOT NULL,
        note      TEXT NOT NULL
      ) STRICT;
    `);
  },
};
