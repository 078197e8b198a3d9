import { builtInMetrics, metricsOnByDefault } from '../../../shared/metrics/metric-key';
import type { Migration } from './migration';

/**
 * Check-ins, the measures they record and milestones. A check-in keeps the moment it was written
 * and its time zone; `day` is derived from those and the day boundary, and stored so ranges are
 * an index lookup. Links to plan entries have no foreign key: deleting (and undoing the delete
 * of) a coping strategy must not rewrite history.
 */
export const migration003CheckIns: Migration = {
  version: 3,
  name: 'check-ins, metrics and milestones',
  up(db) {
    db.exec(`
      CREATE TABLE checkins (
        key       INTEGER PRIMARY KEY,
        id        TEXT NOT NULL UNIQUE,
        at        TEXT NOT NULL,
        time_zone TEXT NOT NULL,
        day       TEXT NOT NULL,
        lapse     INTEGER NOT NULL,
        note      TEXT NOT NULL
      ) STRICT;
      CREATE INDEX checkins_by_day ON checkins (day, at);
      CREATE TABLE checkin_values (
        metric  TEXT NOT NULL,
        day     TEXT NOT NULL,
        checkin INTEGER NOT NULL REFERENCES checkins (key) ON DELETE CASCADE,
        value   REAL NOT NULL,
        PRIMARY KEY (metric, day, checkin)
      ) STRICT, WITHOUT ROWID;
      CREATE TABLE checkin_links (
        checkin    INTEGER NOT NULL REFERENCES checkins (key) ON DELETE CASCADE,
        kind       TEXT NOT NULL,
        entry_id   TEXT NOT NULL,
        PRIMARY KEY (checkin, kind, entry_id)
      ) STRICT, WITHOUT ROWID;
      CREATE TABLE metrics (
        key         TEXT PRIMARY KEY,
        position    INTEGER NOT NULL,
        enabled     INTEGER NOT NULL,
        custom_json TEXT
      ) STRICT;
      CREATE TABLE milestones (
        id      TEXT PRIMARY KEY,
        title   TEXT NOT NULL,
        date    TEXT NOT NULL,
        goal_id TEXT
      ) STRICT;
    `);
    const insert = db.prepare('INSERT INTO metrics (key, position, enabled, custom_json) VALUES (?, ?, ?, NULL)');
    try {
      builtInMetrics
        .filter((metric) => metric.key !== 'mood')
        .forEach((metric, position) =>
          insert.run([metric.key, position, metricsOnByDefault.includes(metric.key) ? 1 : 0]),
        );
    } finally {
      insert.free();
    }
  },
};
