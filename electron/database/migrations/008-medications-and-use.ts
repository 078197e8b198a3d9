import type { Migration } from './migration';

/**
 * Medications, substance use and events of care (issue 29; the rules are in shared/medications
 * and shared/substance-use):
 * - `medications`: what each medication is, when I started it and the first day I no longer took
 *   it. `prescriber_id` names a care-team entry of the plan, loosely: an entry archived later
 *   leaves the name it had in the plan's history.
 * - `medication_versions`: how it is taken from a day on (dose, unit, schedule as JSON). A change
 *   is a new row, so the history is the table; only a correction made for the same day replaces
 *   that day's row.
 * - `doses`: a dose taken or skipped, for the day it was due. A scheduled dose has one row at most
 *   (its due time); an as-needed dose has none (`due_time` NULL) and may have many a day. A
 *   medication cannot be deleted while a dose names it.
 * - `side_effects`: how much a side effect bothered me, 0 to 10, and my words, per medication
 *   and day.
 * - `substances` and `substance_use`: what my plan tracks by day, and how much on each day
 *   written (a day with no row is a day not written, not a day of 0).
 * - `care_events`: dated events of care (an emergency visit, a hospital stay, an appointment).
 *   Medication changes are not stored here: they are read from `medication_versions`.
 */
export const migration008MedicationsAndUse: Migration = {
  version: 8,
  name: 'medications and use',
  up(db) {
    db.exec(`
      CREATE TABLE medications (
        id                 TEXT PRIMARY KEY,
        position           INTEGER NOT NULL,
        name               TEXT NOT NULL,
        strength           TEXT NOT NULL,
        purpose            TEXT NOT NULL,
        prescriber_id      TEXT,
        notes              TEXT NOT NULL,
        started_on         TEXT NOT NULL,
        stopped_on         TEXT,
        hidden_from_charts INTEGER NOT NULL DEFAULT 0,
        stock_count        REAL,
        refill_at          REAL,
        CHECK (stopped_on IS NULL OR stopped_on > started_on),
        CHECK ((stock_count IS NULL) = (refill_at IS NULL))
      ) STRICT;
      CREATE TABLE medication_versions (
        medication_id TEXT NOT NULL REFERENCES medications (id),
        from_day      TEXT NOT NULL,
        dose          REAL NOT NULL CHECK (dose > 0),
        unit          TEXT NOT NULL,
        schedule_json TEXT NOT NULL,
        recorded_at   TEXT NOT NULL,
        PRIMARY KEY (medication_id, from_day)
      ) STRICT;
      CREATE TABLE doses (
        id            TEXT PRIMARY KEY,
        medication_id TEXT NOT NULL REFERENCES medications (id),
        day           TEXT NOT NULL,
        due_time      TEXT,
        status        TEXT NOT NULL CHECK (status IN ('taken', 'skipped')),
        taken_at      TEXT,
        time_zone     TEXT,
        amount        REAL CHECK (amount IS NULL OR amount > 0),
        reason        TEXT NOT NULL,
        CHECK (status = 'skipped' OR (taken_at IS NOT NULL AND time_zone IS NOT NULL)),
        CHECK (status = 'taken' OR due_time IS NOT NULL)
      ) STRICT;
      CREATE UNIQUE INDEX doses_one_per_due_time ON doses (medication_id, day, due_time) WHERE due_time IS NOT NULL;
      CREATE INDEX doses_by_day ON doses (day, medication_id);
      CREATE TABLE side_effects (
        medication_id TEXT NOT NULL REFERENCES medications (id),
        day           TEXT NOT NULL,
        bother        INTEGER NOT NULL CHECK (bother BETWEEN 0 AND 10),
        words         TEXT NOT NULL,
        PRIMARY KEY (medication_id, day)
      ) STRICT;
      CREATE TABLE substances (
        id          TEXT PRIMARY KEY,
        position    INTEGER NOT NULL,
        name        TEXT NOT NULL,
        kind        TEXT NOT NULL CHECK (kind IN ('alcohol', 'other')),
        unit        TEXT NOT NULL,
        goal        TEXT NOT NULL CHECK (goal IN ('free', 'cut-down')),
        daily_limit REAL CHECK (daily_limit IS NULL OR daily_limit >= 0),
        CHECK ((goal = 'cut-down') = (daily_limit IS NOT NULL))
      ) STRICT;
      CREATE TABLE substance_use (
        substance_id TEXT NOT NULL REFERENCES substances (id),
        day          TEXT NOT NULL,
        amount       REAL NOT NULL CHECK (amount >= 0),
        PRIMARY KEY (substance_id, day)
      ) STRICT;
      CREATE INDEX substance_use_by_day ON substance_use (day);
      CREATE TABLE care_events (
        id     TEXT PRIMARY KEY,
        day    TEXT NOT NULL,
        until  TEXT,
        kind   TEXT NOT NULL CHECK (kind IN ('emergency-visit', 'hospital-stay', 'appointment-kept', 'appointment-missed', 'other')),
        title  TEXT NOT NULL,
        notes  TEXT NOT NULL,
        CHECK (until IS NULL OR until >= day)
      ) STRICT;
      CREATE INDEX care_events_by_day ON care_events (day);
    `);
  },
};
