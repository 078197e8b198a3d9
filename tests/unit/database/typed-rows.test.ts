import { afterEach, describe, expect, it } from 'vitest';
import { selectRow, selectRows, type WritableDatabase } from '../../../electron/database/sqlite';
import { memoryDatabase } from '../../support/memory-database';

let db: WritableDatabase;

function checkInsTable(): WritableDatabase {
  db = memoryDatabase();
  db.run('CREATE TABLE checkins (key INTEGER PRIMARY KEY, at TEXT NOT NULL, time_zone TEXT NOT NULL, note TEXT)');
  db.run("INSERT INTO checkins (at, time_zone, note) VALUES ('2026-03-10T20:15:00.000Z', 'Europe/London', 'A walk.')");
  return db;
}

const spec = { key: 'integer', timeZone: 'text', note: 'text' } as const;

afterEach(() => db.close());

describe('rows are read by column name, with checked types', () => {
  it('two text columns selected in the other order than the spec lists them each land in their own field', () => {
    checkInsTable();
    const inOrder = selectRows(db, 'SELECT key, time_zone AS timeZone, note FROM checkins', [], spec);
    const swapped = selectRows(db, 'SELECT note, time_zone AS timeZone, key FROM checkins', [], spec);
    expect(inOrder).toEqual([{ key: 1, timeZone: 'Europe/London', note: 'A walk.' }]);
    expect(swapped).toEqual(inOrder);
  });

  it('a column the spec reads and the query does not select is reported by name, with what was selected', () => {
    checkInsTable();
    // SQL's own name (time_zone) where the spec reads timeZone: missing, however alike the two look.
    expect(() => selectRows(db, 'SELECT key, note FROM checkins', [], spec)).toThrow(
      'The query selects no column named timeZone (it selects key, note); name it with AS.',
    );
    expect(() => selectRows(db, 'SELECT key, time_zone, note FROM checkins', [], spec)).toThrow(
      'The query selects no column named timeZone (it selects key, time_zone, note); name it with AS.',
    );
  });

  it('a column the query selects and the spec does not read is reported', () => {
    checkInsTable();
    expect(() => selectRows(db, 'SELECT key, at, time_zone AS timeZone, note FROM checkins', [], spec)).toThrow(
      'The query selects at, which its spec does not read.',
    );
  });

  it('two columns of one name are reported, even where the spec reads only one', () => {
    checkInsTable();
    expect(() => selectRows(db, 'SELECT note, time_zone AS note FROM checkins', [], { note: 'text' })).toThrow(
      'The query selects two columns named note; name them apart with AS.',
    );
  });

  it('a value of another type than its spec says is reported with its column', () => {
    checkInsTable();
    db.run("INSERT INTO checkins (at, time_zone, note) VALUES ('2026-03-11T08:00:00.000Z', 'Europe/London', NULL)");
    expect(() =>
      selectRows(db, 'SELECT key AS note, time_zone AS timeZone, note AS key FROM checkins', [], spec),
    ).toThrow('Column key holds text, not integer.');
    expect(() => selectRows(db, 'SELECT key, time_zone AS timeZone, note FROM checkins', [], spec)).toThrow(
      'Column note holds NULL, not text.',
    );
    expect(selectRows(db, 'SELECT note FROM checkins ORDER BY key', [], { note: 'text?' })).toEqual([
      { note: 'A walk.' },
      { note: null },
    ]);
    expect(() => selectRow(db, 'SELECT 7.5 AS hours', [], { hours: 'integer' })).toThrow(
      'Column hours holds the number 7.5, not integer.',
    );
    expect(selectRow(db, 'SELECT 7.5 AS hours', [], { hours: 'number' })).toEqual({ hours: 7.5 });
    expect(() => selectRow(db, 'SELECT 2 AS lapse', [], { lapse: 'boolean' })).toThrow(
      'Column lapse holds the integer 2, not boolean.',
    );
    expect(selectRow(db, 'SELECT 1 AS lapse', [], { lapse: 'boolean' })).toEqual({ lapse: true });
  });

  it('the names are checked before any row is read: a query with no rows is refused as well', () => {
    checkInsTable();
    expect(() => selectRows(db, 'SELECT key, note FROM checkins WHERE key < 0', [], spec)).toThrow(
      /no column named timeZone/,
    );
  });

  it('a read runs no write, whatever SQL it is handed', () => {
    checkInsTable();
    expect(() => selectRows(db, 'DELETE FROM checkins', [], {})).toThrow(
      'A read runs a SELECT or a PRAGMA that reads, not: DELETE.',
    );
    expect(() => selectRows(db, 'PRAGMA user_version = 9', [], {})).toThrow(/not: PRAGMA/);
    expect(selectRow(db, 'SELECT count(*) AS count FROM checkins', [], { count: 'integer' })).toEqual({ count: 1 });
  });
});
