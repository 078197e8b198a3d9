import type { CareEvent, CareEventFields, CareEventKind } from '../../shared/care-events/care-event';
import { selectRow, selectRows, type ReadableDatabase, type WritableDatabase } from '../database/sqlite';
import { RequestError } from '../ipc/request-error';

/** The events of care that overlap a range of days, by day. */
export function readCareEvents(db: ReadableDatabase, from: string, to: string): CareEvent[] {
  return selectRows(
    db,
    `SELECT id, day, until, kind, title AS words, notes FROM care_events
      WHERE day <= ? AND COALESCE(until, day) >= ? ORDER BY day, id`,
    [to, from],
    { id: 'text', day: 'text', until: 'text?', kind: 'text', words: 'text', notes: 'text' },
  ).map((row) => ({ ...row, kind: row.kind as CareEventKind }));
}

const fieldValues = (fields: CareEventFields) => [fields.day, fields.until, fields.kind, fields.words, fields.notes];

export function insertCareEvent(db: WritableDatabase, id: string, fields: CareEventFields): void {
  db.run('INSERT INTO care_events (id, day, until, kind, title, notes) VALUES (?, ?, ?, ?, ?, ?)', [
    id,
    ...fieldValues(fields),
  ]);
}

function requireCareEvent(db: ReadableDatabase, id: string): CareEvent {
  const found = selectRow(db, 'SELECT day FROM care_events WHERE id = ?', [id], { day: 'text' });
  if (!found) throw new RequestError('NOT_FOUND', 'That event is no longer in my list.');
  return readCareEvents(db, found.day, found.day).find((event) => event.id === id)!;
}

export function updateCareEvent(db: WritableDatabase, id: string, fields: CareEventFields): void {
  requireCareEvent(db, id);
  db.run('UPDATE care_events SET day = ?, until = ?, kind = ?, title = ?, notes = ? WHERE id = ?', [
    ...fieldValues(fields),
    id,
  ]);
}

/** Deletes an event of care; answers it as it was, for Undo. */
export function deleteCareEvent(db: WritableDatabase, id: string): CareEvent {
  const event = requireCareEvent(db, id);
  db.run('DELETE FROM care_events WHERE id = ?', [id]);
  return event;
}
