import { describe, expect, it } from 'vitest';
import { latestSchemaVersion, migrateDatabase } from '../../../electron/database/migrate';
import { migrations } from '../../../electron/database/migrations/index';
import { readUserVersion, type WritableDatabase } from '../../../electron/database/sqlite';
import { memoryDatabase } from '../../support/memory-database';

const tables = (db: WritableDatabase) =>
  db.exec("SELECT name FROM sqlite_master WHERE type = 'table' ORDER BY name")[0]?.values.flat() ?? [];

describe('schema migrations', () => {
  it('are numbered 1, 2, 3 ... with no gaps', () => {
    expect(migrations.map((migration) => migration.version)).toEqual(migrations.map((_, index) => index + 1));
    expect(latestSchemaVersion).toBe(migrations.length);
  });

  it.each(migrations.map((migration) => [migration.version, migration.name, migration] as const))(
    'migration %i (%s) runs on a database at the version before it and keeps its data',
    (version, _name, migration) => {
      const db = memoryDatabase();
      migrateDatabase(db, migrations.slice(0, version - 1));
      expect(readUserVersion(db)).toBe(version - 1);
      const before = tables(db);
      migrateDatabase(db, migrations.slice(0, version));
      expect(readUserVersion(db)).toBe(migration.version);
      expect(tables(db)).toEqual(expect.arrayContaining(before));
      db.close();
    },
  );

  it('migration 1 creates the settings and metadata tables', () => {
    const db = memoryDatabase();
    migrateDatabase(db, migrations.slice(0, 1));
    expect(tables(db)).toEqual(['settings', 'vault_meta']);
    db.close();
  });

  it('migration 2 adds the plan tables, and a version-1 vault keeps its settings', () => {
    const db = memoryDatabase();
    migrateDatabase(db, migrations.slice(0, 1));
    db.run("INSERT INTO settings (key, value_json) VALUES ('autoLockMinutes', '5')");
    migrateDatabase(db, migrations.slice(0, 2));
    expect(tables(db)).toEqual(['plan_entries', 'plan_reviews', 'plan_sections', 'settings', 'vault_meta']);
    expect(db.exec('SELECT value_json FROM settings')[0]?.values).toEqual([['5']]);
    db.close();
  });

  it('migration 3 adds check-ins, metrics (built-ins seeded) and milestones, and keeps the plan', () => {
    const db = memoryDatabase();
    migrateDatabase(db, migrations.slice(0, 2));
    db.run(
      "INSERT INTO plan_entries (id, list, parent_id, position, data_json) VALUES ('t1', 'triggers', NULL, 0, '{}')",
    );
    migrateDatabase(db, migrations.slice(0, 3));
    expect(tables(db)).toEqual([
      'checkin_links',
      'checkin_values',
      'checkins',
      'metrics',
      'milestones',
      'plan_entries',
      'plan_reviews',
      'plan_sections',
      'settings',
      'vault_meta',
    ]);
    expect(db.exec('SELECT key, enabled FROM metrics ORDER BY position')[0]?.values).toEqual([
      ['energy', 1],
      ['anxiety', 1],
      ['sleep-hours', 1],
      ['sleep-quality', 1],
      ['cravings', 1],
      ['pain', 0],
    ]);
    expect(db.exec('SELECT id FROM plan_entries')[0]?.values).toEqual([['t1']]);
    db.close();
  });

  it('migration 4 adds drafts and milestone marks; existing check-ins stay "dated now"', () => {
    const db = memoryDatabase();
    migrateDatabase(db, migrations.slice(0, 3));
    db.run(
      "INSERT INTO checkins (id, at, time_zone, day, lapse, note) VALUES ('c1', '2026-03-10T20:15:00.000Z', 'Europe/London', '2026-03-10', 0, 'kept')",
    );
    migrateDatabase(db, migrations.slice(0, 4));
    expect(tables(db)).toEqual(expect.arrayContaining(['drafts', 'milestone_marks']));
    expect(db.exec('SELECT id, day, day_chosen, note FROM checkins')[0]?.values).toEqual([
      ['c1', '2026-03-10', 0, 'kept'],
    ]);
    db.close();
  });

  it('migration 5 keeps every plan entry in the plan (none archived)', () => {
    const db = memoryDatabase();
    migrateDatabase(db, migrations.slice(0, 4));
    db.run(
      `INSERT INTO plan_entries (id, list, parent_id, position, data_json) VALUES ('t1', 'triggers', NULL, 0, '{}')`,
    );
    migrateDatabase(db, migrations.slice(0, 5));
    expect(db.exec('SELECT id, archived_on FROM plan_entries')[0]?.values).toEqual([['t1', null]]);
    db.close();
  });

  it('migration 6 adds check-in imports; check-ins written before it belong to no import', () => {
    const db = memoryDatabase();
    migrateDatabase(db, migrations.slice(0, 5));
    db.run(
      "INSERT INTO checkins (id, at, time_zone, day, lapse, note) VALUES ('c1', '2026-03-10T20:15:00.000Z', 'Europe/London', '2026-03-10', 0, 'kept')",
    );
    migrateDatabase(db, migrations.slice(0, 6));
    expect(tables(db)).toEqual(expect.arrayContaining(['checkin_imports']));
    expect(db.exec('SELECT id, import_id, import_key, note FROM checkins')[0]?.values).toEqual([
      ['c1', null, null, 'kept'],
    ]);
    db.close();
  });

  it('migration 7 adds questionnaires; a version-6 vault keeps its check-ins and has no responses yet', () => {
    const db = memoryDatabase();
    migrateDatabase(db, migrations.slice(0, 6));
    db.run(
      "INSERT INTO checkins (id, at, time_zone, day, lapse, note) VALUES ('c1', '2026-03-10T20:15:00.000Z', 'Europe/London', '2026-03-10', 0, 'kept')",
    );
    migrateDatabase(db, migrations.slice(0, 7));
    expect(tables(db)).toEqual(expect.arrayContaining(['questionnaire_responses', 'questionnaire_schedules']));
    expect(db.exec('SELECT COUNT(*) FROM questionnaire_responses')[0]?.values).toEqual([[0]]);
    expect(db.exec('SELECT id, note FROM checkins')[0]?.values).toEqual([['c1', 'kept']]);
    db.close();
  });

  it('migration 8 adds medications, doses, substance use and events of care; a version-7 vault keeps its answers', () => {
    const db = memoryDatabase();
    migrateDatabase(db, migrations.slice(0, 7));
    db.run(
      "INSERT INTO questionnaire_responses (id, form, form_version, day, answered_at, answers_json) VALUES ('q1', 'phq-9', 1, '2026-03-10', '2026-03-10T20:15:00.000Z', '[0,1,0,0,0,0,0,0,0]')",
    );
    migrateDatabase(db, migrations.slice(0, 8));
    expect(tables(db)).toEqual(
      expect.arrayContaining([
        'medications',
        'medication_versions',
        'doses',
        'side_effects',
        'substances',
        'substance_use',
        'care_events',
      ]),
    );
    expect(db.exec('SELECT id, answers_json FROM questionnaire_responses')[0]?.values).toEqual([
      ['q1', '[0,1,0,0,0,0,0,0,0]'],
    ]);
    // The schema itself keeps the rules no code path may break.
    db.run(
      "INSERT INTO medications (id, position, name, strength, purpose, notes, started_on) VALUES ('m1', 0, 'Sertraline', '50 mg', '', '', '2026-03-02')",
    );
    const refused = (sql: string) => expect(() => db.run(sql)).toThrow(/constraint/i);
    // A scheduled dose is written once; a taken dose says when and where.
    db.run(
      "INSERT INTO doses (id, medication_id, day, due_time, status, taken_at, time_zone, reason) VALUES ('d1', 'm1', '2026-03-02', '08:00', 'taken', '2026-03-02T08:05:00Z', 'Europe/London', '')",
    );
    refused(
      "INSERT INTO doses (id, medication_id, day, due_time, status, reason) VALUES ('d2', 'm1', '2026-03-02', '08:00', 'skipped', '')",
    );
    refused(
      "INSERT INTO doses (id, medication_id, day, due_time, status, reason) VALUES ('d3', 'm1', '2026-03-03', '08:00', 'taken', '')",
    );
    // An as-needed dose can only be one taken.
    refused(
      "INSERT INTO doses (id, medication_id, day, status, reason) VALUES ('d4', 'm1', '2026-03-03', 'skipped', '')",
    );
    // A medication a dose names cannot be deleted.
    db.exec('PRAGMA foreign_keys = ON');
    refused("DELETE FROM medications WHERE id = 'm1'");
    refused("UPDATE medications SET stopped_on = '2026-03-01' WHERE id = 'm1'");
    refused(
      "INSERT INTO substances (id, position, name, kind, unit, goal) VALUES ('s1', 0, 'Alcohol', 'alcohol', '', 'cut-down')",
    );
    db.close();
  });

  it('migration 9 dates a supply counted before it as counted now, and finds doses by when they were taken', () => {
    const db = memoryDatabase();
    migrateDatabase(db, migrations.slice(0, 8));
    db.run(
      "INSERT INTO medications (id, position, name, strength, purpose, notes, started_on, stock_count, refill_at) VALUES ('m1', 0, 'Lithium', '', '', '', '2026-03-02', 28, 7), ('m2', 1, 'Sertraline', '', '', '', '2026-03-02', NULL, NULL)",
    );
    migrateDatabase(db, migrations.slice(0, 9));
    const rows = db.exec('SELECT id, stock_count, stock_counted_at FROM medications ORDER BY id')[0]!.values;
    expect(rows[0]).toEqual(['m1', 28, expect.stringMatching(/^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d\.\d{3}Z$/)]);
    expect(rows[1]).toEqual(['m2', null, null]);
    expect(
      db.exec("SELECT name FROM sqlite_master WHERE type = 'index' AND name = 'doses_by_taken_at'")[0]?.values,
    ).toEqual([['doses_by_taken_at']]);
    db.close();
  });

  it('migration 10 adds the keys and entries of check-ins written while locked, to a vault with check-ins', () => {
    const db = memoryDatabase();
    migrateDatabase(db, migrations.slice(0, 9));
    db.run(
      "INSERT INTO checkins (id, at, time_zone, day, lapse, note) VALUES ('c1', '2026-03-02T09:00:00.000Z', 'UTC', '2026-03-02', 0, 'Before.')",
    );
    migrateDatabase(db, migrations.slice(0, 10));
    expect(db.exec('SELECT note FROM checkins')[0]!.values).toEqual([['Before.']]);
    db.run(
      "INSERT INTO locked_entry_keys (public_key, private_key, created_at) VALUES ('pk', 'sk', '2026-03-02T09:00:00.000Z')",
    );
    db.run(
      "INSERT INTO locked_entries (id, written_at, time_zone, mood, note, status) VALUES ('e1', '2026-03-02T21:00:00.000Z', 'UTC', 4, 'Hi.', 'pending')",
    );
    expect(() =>
      db.run(
        "INSERT INTO locked_entries (id, written_at, time_zone, status) VALUES ('e2', '2026-03-02T21:00:00.000Z', 'UTC', 'maybe')",
      ),
    ).toThrow();
    expect(() =>
      db.run(
        "INSERT INTO locked_entries (id, written_at, time_zone, status) VALUES ('e1', '2026-03-02T21:00:00.000Z', 'UTC', 'kept')",
      ),
    ).toThrow();
    db.close();
  });

  it('running them again changes nothing', () => {
    const db = memoryDatabase();
    migrateDatabase(db);
    const image = db.export();
    migrateDatabase(db);
    expect(db.export()).toEqual(image);
    db.close();
  });

  it('refuses a database written by a newer Waypoint', () => {
    const db = memoryDatabase();
    db.exec(`PRAGMA user_version = ${latestSchemaVersion + 1}`);
    expect(() => migrateDatabase(db)).toThrow(expect.objectContaining({ code: 'UNSUPPORTED_VERSION' }));
    db.close();
  });

  it('a migration that fails leaves the database at the version before it', () => {
    const db = memoryDatabase();
    const broken = [
      ...migrations,
      { version: migrations.length + 1, name: 'broken', up: () => db.exec('CREATE TABLE settings (x)') },
    ];
    expect(() => migrateDatabase(db, broken)).toThrow();
    expect(readUserVersion(db)).toBe(latestSchemaVersion);
    db.close();
  });
});
