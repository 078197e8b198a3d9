import {
  checkInLinkFields,
  dayOfCheckIn,
  type CheckIn,
  type CheckInFields,
  type CheckInLinkKind,
  type DayRange,
} from '../../shared/check-ins/check-in';
import type { ReportJournalNote } from '../../shared/pdf-export/report-data';
import { maxNoteSearchResults, type NoteSearchResult } from '../../shared/check-ins/check-in-search';
import { selectRow, selectRows, type ReadableDatabase, type WritableDatabase } from '../database/sqlite';
import { RequestError } from '../ipc/request-error';

/** For a check-in brought in from another app: the import it came from and the key that recognises its entry. */
export interface ImportOrigin {
  importId: string;
  importKey: string;
}

/** Writes check-ins with its statements prepared once: an import writes thousands. `free` it when done. */
export interface CheckInWriter {
  insert(id: string, fields: CheckInFields, boundaryMinutes: number, origin?: ImportOrigin | null): CheckIn;
  free(): void;
}

export function prepareCheckInWriter(db: WritableDatabase): CheckInWriter {
  const checkIns = db.prepare(
    `INSERT INTO checkins (id, at, time_zone, day, day_chosen, lapse, note, import_id, import_key)
     VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)`,
  );
  const lastKey = db.prepare('SELECT last_insert_rowid()');
  const values = db.prepare('INSERT INTO checkin_values (checkin, metric, value, day) VALUES (?, ?, ?, ?)');
  const links = db.prepare('INSERT INTO checkin_links (checkin, kind, entry_id) VALUES (?, ?, ?)');
  return {
    insert(id, fields, boundaryMinutes, origin = null) {
      const day = dayOfCheckIn(fields, boundaryMinutes);
      checkIns.run([
        id,
        fields.at,
        fields.timeZone,
        day,
        fields.dayChosen ? 1 : 0,
        fields.lapse ? 1 : 0,
        fields.note,
        origin?.importId ?? null,
        origin?.importKey ?? null,
      ]);
      lastKey.step();
      const [key] = lastKey.get();
      lastKey.reset();
      if (typeof key !== 'number') throw new Error(`last_insert_rowid() gave ${typeof key}, not a number.`);
      for (const [metric, value] of [['mood', fields.mood] as const, ...Object.entries(fields.values)]) {
        values.run([key, metric, value, day]);
      }
      for (const [kind, field] of Object.entries(checkInLinkFields)) {
        for (const entryId of fields[field]) links.run([key, kind, entryId]);
      }
      return { id, day, ...fields };
    },
    free() {
      for (const statement of [checkIns, lastKey, values, links]) statement.free();
    },
  };
}

/** Stores a check-in with its day: the date picked, or worked out from its moment and the day boundary. */
export function insertCheckIn(
  db: WritableDatabase,
  id: string,
  fields: CheckInFields,
  boundaryMinutes: number,
  origin: ImportOrigin | null = null,
): CheckIn {
  const writer = prepareCheckInWriter(db);
  try {
    return writer.insert(id, fields, boundaryMinutes, origin);
  } finally {
    writer.free();
  }
}

/** Replaces a check-in's fields; one that was imported stays part of its import. */
export function updateCheckIn(
  db: WritableDatabase,
  id: string,
  fields: CheckInFields,
  boundaryMinutes: number,
): CheckIn {
  readCheckIn(db, id);
  const origin = readImportOrigin(db, id);
  deleteCheckIn(db, id);
  return insertCheckIn(db, id, fields, boundaryMinutes, origin);
}

/** The import a check-in came from, or null for one written in Waypoint. */
export function readImportOrigin(db: ReadableDatabase, id: string): ImportOrigin | null {
  const row = selectRow(db, 'SELECT import_id AS importId, import_key AS importKey FROM checkins WHERE id = ?', [id], {
    importId: 'text?',
    importKey: 'text?',
  });
  return row?.importId && row.importKey !== null ? { importId: row.importId, importKey: row.importKey } : null;
}

/** Every imported check-in's origin by check-in id (the JSON export). */
export function readImportOrigins(db: ReadableDatabase): Map<string, ImportOrigin> {
  const rows = selectRows(
    db,
    `SELECT id, import_id AS importId, import_key AS importKey FROM checkins WHERE import_id IS NOT NULL`,
    [],
    {
      id: 'text',
      importId: 'text',
      importKey: 'text',
    },
  );
  return new Map(rows.map(({ id, ...origin }) => [id, origin]));
}

/** Deletes a check-in and answers with what it held, so the delete can be undone. */
export function deleteCheckIn(db: WritableDatabase, id: string): CheckIn {
  const checkIn = readCheckIn(db, id);
  db.run('DELETE FROM checkins WHERE id = ?', [id]);
  return checkIn;
}

/** One check-in, or NOT_FOUND. */
export function readCheckIn(db: ReadableDatabase, id: string): CheckIn {
  const [checkIn] = readCheckIns(db, 'WHERE id = ?', [id]);
  if (!checkIn) throw new RequestError('NOT_FOUND', 'That check-in no longer exists.');
  return checkIn;
}

/** Check-ins on the days of a range, newest first. */
export function listCheckIns(db: ReadableDatabase, range: DayRange): CheckIn[] {
  return readCheckIns(db, 'WHERE day BETWEEN ? AND ? ORDER BY day DESC, at DESC', [range.from, range.to]);
}

/** Every check-in, oldest first (export). */
export function readAllCheckIns(db: ReadableDatabase): CheckIn[] {
  return readCheckIns(db, 'ORDER BY day, at, id');
}

/** The notes written with check-ins on the days of a range, oldest first (the PDF's journal pages). */
export function readCheckInNotes(db: ReadableDatabase, range: DayRange): ReportJournalNote[] {
  return selectRows(
    db,
    `SELECT day, at, time_zone AS timeZone, note FROM checkins
      WHERE day BETWEEN ? AND ? AND trim(note) <> '' ORDER BY day, at, id`,
    [range.from, range.to],
    { day: 'text', at: 'text', timeZone: 'text', note: 'text' },
  );
}

/** `text` for a LIKE pattern with `\` as its escape: a % or _ typed is looked for as itself. */
const likeLiteral = (text: string) => text.replaceAll(/[\\%_]/gu, (character) => `\\${character}`);

/** A note or a word as the search compares them: one Unicode form, case ignored in every script. */
const folded = (text: string) => text.normalize('NFC').toLowerCase();

/**
 * Check-ins whose note has every one of `words`, case ignored in any language ("été" finds "Été"),
 * newest first: at most `limit`, and how many more match. SQLite's LIKE ignores case for A–Z only,
 * so it narrows the notes by the words written in A–Z alone, and every word is then compared in
 * its folded form.
 */
export function searchCheckInNotes(
  db: ReadableDatabase,
  words: readonly string[],
  limit = maxNoteSearchResults,
): NoteSearchResult {
  if (words.length === 0) return { matches: [], more: 0 };
  const plain = words.filter((word) => /^[\x20-\x7e]+$/u.test(word));
  const rows = selectRows(
    db,
    `SELECT id, day, at, time_zone AS timeZone, note FROM checkins
      WHERE note != ''${plain.map(() => " AND note LIKE ? ESCAPE '\\'").join('')}
      ORDER BY day DESC, at DESC, id`,
    plain.map((word) => `%${likeLiteral(word)}%`),
    { id: 'text', day: 'text', at: 'text', timeZone: 'text', note: 'text' },
  );
  const wanted = words.map(folded);
  const matches = rows.filter((row) => {
    const note = folded(row.note);
    return wanted.every((word) => note.includes(word));
  });
  return { matches: matches.slice(0, limit), more: Math.max(0, matches.length - limit) };
}

function readCheckIns(db: ReadableDatabase, where: string, params: string[] = []): CheckIn[] {
  const rows = selectRows(
    db,
    `SELECT key, id, at, time_zone AS timeZone, day, lapse, note, day_chosen AS dayChosen FROM checkins ${where}`,
    params,
    {
      key: 'integer',
      id: 'text',
      at: 'text',
      timeZone: 'text',
      day: 'text',
      lapse: 'boolean',
      note: 'text',
      dayChosen: 'boolean',
    },
  );
  if (rows.length === 0) return [];
  const checkIns = new Map<number, CheckIn>(
    rows.map(({ key, ...row }) => [
      key,
      { ...row, mood: 0, values: {}, copingIds: [], triggerIds: [], warningSignIds: [] },
    ]),
  );
  // One pass over each detail table for the rows' day span, rather than one query per check-in.
  const days = rows.map((row) => row.day);
  const span = [days.reduce((a, b) => (a < b ? a : b)), days.reduce((a, b) => (a > b ? a : b))];
  const values = selectRows(
    db,
    'SELECT checkin AS key, metric, value FROM checkin_values WHERE day BETWEEN ? AND ?',
    span,
    {
      key: 'integer',
      metric: 'text',
      value: 'number',
    },
  );
  for (const { key, metric, value } of values) {
    const checkIn = checkIns.get(key);
    if (!checkIn) continue;
    if (metric === 'mood') checkIn.mood = value;
    else checkIn.values[metric] = value;
  }
  const links = selectRows(
    db,
    `SELECT checkin AS key, kind, entry_id AS entryId FROM checkin_links JOIN checkins c ON c.key = checkin
      WHERE c.day BETWEEN ? AND ? ORDER BY checkin, kind, entry_id`,
    span,
    { key: 'integer', kind: 'text', entryId: 'text' },
  );
  for (const { key, kind, entryId } of links) {
    checkIns.get(key)?.[checkInLinkFields[kind as CheckInLinkKind]].push(entryId);
  }
  return [...checkIns.values()];
}

/** Works the day of every check-in dated "now" out again, after the day boundary changed. A picked date stays. */
export function recomputeCheckInDays(db: WritableDatabase, boundaryMinutes: number): number {
  let moved = 0;
  const rows = selectRows(db, 'SELECT key, at, time_zone AS timeZone, day FROM checkins WHERE day_chosen = 0', [], {
    key: 'integer',
    at: 'text',
    timeZone: 'text',
    day: 'text',
  });
  for (const { key, at, timeZone, day } of rows) {
    const recomputed = dayOfCheckIn({ at, timeZone, dayChosen: false }, boundaryMinutes);
    if (recomputed !== day) {
      db.run('UPDATE checkins SET day = ? WHERE key = ?', [recomputed, key]);
      moved++;
    }
  }
  // Values repeat their check-in's day; one pass brings every moved one along.
  if (moved > 0) {
    db.run(`UPDATE checkin_values SET day = (SELECT c.day FROM checkins c WHERE c.key = checkin)
             WHERE day <> (SELECT c.day FROM checkins c WHERE c.key = checkin)`);
  }
  return moved;
}

/** The days a lapse was logged on, in order. */
export function readCheckInLapseDays(db: ReadableDatabase): string[] {
  return selectRows(db, 'SELECT DISTINCT day FROM checkins WHERE lapse = 1 ORDER BY day', [], { day: 'text' }).map(
    (row) => row.day,
  );
}

/** The latest `count` days that have a check-in, newest first. */
export function readRecentCheckInDays(db: ReadableDatabase, count: number): string[] {
  return selectRows(db, 'SELECT DISTINCT day FROM checkins ORDER BY day DESC LIMIT ?', [count], { day: 'text' }).map(
    (row) => row.day,
  );
}
