import {
  lapseDaysFromUse,
  type Substance,
  type SubstanceFields,
  type UseDay,
} from '../../shared/substance-use/substance-use';
import type { SetUseDaysRequest } from '../../shared/substance-use/substance-use-requests';
import { inTransaction, selectRow, selectRows, type ReadableDatabase, type WritableDatabase } from '../database/sqlite';
import { RequestError } from '../ipc/request-error';

/** My substances, in the order I added them. */
export function readSubstances(db: ReadableDatabase): Substance[] {
  return selectRows(
    db,
    'SELECT id, name, kind, unit, goal, daily_limit AS dailyLimit FROM substances ORDER BY position, id',
    [],
    { id: 'text', name: 'text', kind: 'text', unit: 'text', goal: 'text', dailyLimit: 'number?' },
  ).map(({ goal, dailyLimit, kind, ...row }) => ({
    ...row,
    kind: kind === 'alcohol' ? 'alcohol' : 'other',
    goal: goal === 'cut-down' && dailyLimit !== null ? { kind: 'cut-down', dailyLimit } : { kind: 'free' },
  }));
}

const goalColumns = (fields: SubstanceFields) => [
  fields.goal.kind,
  fields.goal.kind === 'cut-down' ? fields.goal.dailyLimit : null,
];

export function insertSubstance(db: WritableDatabase, id: string, fields: SubstanceFields): void {
  const last = selectRow(db, 'SELECT max(position) AS position FROM substances', [], { position: 'integer?' });
  db.run('INSERT INTO substances (id, position, name, kind, unit, goal, daily_limit) VALUES (?, ?, ?, ?, ?, ?, ?)', [
    id,
    (last?.position ?? -1) + 1,
    fields.name,
    fields.kind,
    fields.unit,
    ...goalColumns(fields),
  ]);
}

/** A substance's name, unit or goal, changed; the days written stay as they were. */
export function updateSubstance(db: WritableDatabase, id: string, fields: SubstanceFields): void {
  requireSubstance(db, id);
  db.run('UPDATE substances SET name = ?, kind = ?, unit = ?, goal = ?, daily_limit = ? WHERE id = ?', [
    fields.name,
    fields.kind,
    fields.unit,
    ...goalColumns(fields),
    id,
  ]);
}

function requireSubstance(db: ReadableDatabase, id: string): void {
  if (!selectRow(db, 'SELECT id FROM substances WHERE id = ?', [id], { id: 'text' })) {
    throw new RequestError('NOT_FOUND', 'That substance is no longer in my list.');
  }
}

/** The use written from one day to another, inclusive, by day and then by substance. */
export function readUse(db: ReadableDatabase, from: string, to: string): UseDay[] {
  return selectRows(
    db,
    `SELECT u.substance_id AS substanceId, u.day, u.amount FROM substance_use u
       JOIN substances s ON s.id = u.substance_id
      WHERE u.day BETWEEN ? AND ? ORDER BY u.day, s.position, s.id`,
    [from, to],
    { substanceId: 'text', day: 'text', amount: 'number' },
  );
}

/** Writes the days of the grid for one substance: an amount is kept, null clears the day. */
export function writeUseDays(db: WritableDatabase, { substanceId, days }: SetUseDaysRequest): void {
  requireSubstance(db, substanceId);
  inTransaction(db, () => {
    for (const { day, amount } of days) {
      if (amount === null) db.run('DELETE FROM substance_use WHERE substance_id = ? AND day = ?', [substanceId, day]);
      else {
        db.run(
          `INSERT INTO substance_use (substance_id, day, amount) VALUES (?, ?, ?)
             ON CONFLICT (substance_id, day) DO UPDATE SET amount = excluded.amount`,
          [substanceId, day, amount],
        );
      }
    }
  });
}

/** The days on which use was a lapse under each substance's goal as it is now, oldest first. */
export function readUseLapseDays(db: ReadableDatabase): string[] {
  const substances = readSubstances(db);
  if (substances.length === 0) return [];
  const use = selectRows(
    db,
    'SELECT substance_id AS substanceId, day, amount FROM substance_use WHERE amount > 0',
    [],
    {
      substanceId: 'text',
      day: 'text',
      amount: 'number',
    },
  );
  return lapseDaysFromUse(substances, use);
}
