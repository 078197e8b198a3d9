import {
  doseScheduleSchema,
  type DoseRecord,
  type DoseStatus,
  type Medication,
  type MedicationDetails,
  type MedicationVersion,
} from '../../shared/medications/medication';
import type { SideEffect } from '../../shared/medications/medication-requests';
import { selectRow, selectRows, type ReadableDatabase, type WritableDatabase } from '../database/sqlite';
import { RequestError } from '../ipc/request-error';

const medicationColumns = {
  id: 'text',
  name: 'text',
  strength: 'text',
  purpose: 'text',
  prescriberId: 'text?',
  notes: 'text',
  startedOn: 'text',
  stoppedOn: 'text?',
  hiddenFromCharts: 'boolean',
  stockCount: 'number?',
  refillAt: 'number?',
} as const;

/** Every medication with its versions in date order, in the order I listed them. */
export function readMedications(db: ReadableDatabase): Medication[] {
  const versions = new Map<string, MedicationVersion[]>();
  const versionRows = selectRows(
    db,
    `SELECT medication_id AS medicationId, from_day AS "from", dose, unit, schedule_json AS schedule
       FROM medication_versions ORDER BY medication_id, from_day`,
    [],
    { medicationId: 'text', from: 'text', dose: 'number', unit: 'text', schedule: 'text' },
  );
  for (const { medicationId, schedule, ...version } of versionRows) {
    const list = versions.get(medicationId) ?? [];
    list.push({ ...version, schedule: doseScheduleSchema.parse(JSON.parse(schedule)) });
    versions.set(medicationId, list);
  }
  return selectRows(
    db,
    `SELECT id, name, strength, purpose, prescriber_id AS prescriberId, notes, started_on AS startedOn,
            stopped_on AS stoppedOn, hidden_from_charts AS hiddenFromCharts, stock_count AS stockCount,
            refill_at AS refillAt
       FROM medications ORDER BY position, id`,
    [],
    medicationColumns,
  ).map(({ stockCount, refillAt, ...row }) => ({
    ...row,
    stock: stockCount === null || refillAt === null ? null : { count: stockLeft(db, row.id, stockCount), refillAt },
    versions: versions.get(row.id) ?? [],
  }));
}

/**
 * What is left of a supply: the count I wrote, less the doses taken after I wrote it (a dose at
 * another amount counts as that share of the day's dose). Never below 0 on the screen.
 */
function stockLeft(db: ReadableDatabase, medicationId: string, counted: number): number {
  const used =
    selectRow(
      db,
      `SELECT COALESCE(SUM(COALESCE(d.amount / (SELECT v.dose FROM medication_versions v
                                                 WHERE v.medication_id = d.medication_id AND v.from_day <= d.day
                                                 ORDER BY v.from_day DESC LIMIT 1), 1)), 0) AS used
         FROM doses d JOIN medications m ON m.id = d.medication_id
        WHERE d.medication_id = ? AND d.status = 'taken' AND d.taken_at > m.stock_counted_at`,
      [medicationId],
      { used: 'number' },
    )?.used ?? 0;
  return Math.max(0, Math.round((counted - used) * 1000) / 1000);
}

/** When each version was written (UTC), keyed by `versionKey`: kept for the export, not shown. */
export function readVersionsRecordedAt(db: ReadableDatabase): Map<string, string> {
  const rows = selectRows(
    db,
    'SELECT medication_id AS medicationId, from_day AS "from", recorded_at AS recordedAt FROM medication_versions',
    [],
    { medicationId: 'text', from: 'text', recordedAt: 'text' },
  );
  return new Map(rows.map((row) => [versionKey(row.medicationId, row.from), row.recordedAt]));
}

/**
 * Each counted supply as written, before the doses taken since count it down, and the moment it was
 * counted: kept for the export, which must not count those doses twice.
 */
export function readWrittenStock(db: ReadableDatabase): Map<string, { count: number; countedAt: string }> {
  const rows = selectRows(
    db,
    `SELECT id, stock_count AS count, stock_counted_at AS countedAt FROM medications
      WHERE stock_count IS NOT NULL AND stock_counted_at IS NOT NULL`,
    [],
    { id: 'text', count: 'number', countedAt: 'text' },
  );
  return new Map(rows.map(({ id, ...stock }) => [id, stock]));
}

/** Sets a supply as written at a moment (an import's, from `readWrittenStock`). */
export function writeWrittenStock(db: WritableDatabase, id: string, stock: { count: number; countedAt: string }): void {
  db.run('UPDATE medications SET stock_count = ?, stock_counted_at = ? WHERE id = ?', [
    stock.count,
    stock.countedAt,
    id,
  ]);
}

/** A version's key: a medication has one version a day. */
export const versionKey = (medicationId: string, from: string): string => `${medicationId} ${from}`;

/** One medication, or NOT_FOUND. */
export function readMedication(db: ReadableDatabase, id: string): Medication {
  const found = readMedications(db).find((medication) => medication.id === id);
  if (!found) throw new RequestError('NOT_FOUND', 'That medication is no longer in my list.');
  return found;
}

function writeVersion(db: WritableDatabase, medicationId: string, version: MedicationVersion, recordedAt: string) {
  db.run(
    `INSERT INTO medication_versions (medication_id, from_day, dose, unit, schedule_json, recorded_at)
     VALUES (?, ?, ?, ?, ?, ?)
     ON CONFLICT (medication_id, from_day) DO UPDATE
       SET dose = excluded.dose, unit = excluded.unit, schedule_json = excluded.schedule_json,
           recorded_at = excluded.recorded_at`,
    [medicationId, version.from, version.dose, version.unit, JSON.stringify(version.schedule), recordedAt],
  );
}

/**
 * A medication's details as the columns name, strength, purpose, prescriber_id, notes,
 * hidden_from_charts, stock_count, refill_at, stock_counted_at: a count is as of `countedAt`.
 */
const detailParams = (details: MedicationDetails, countedAt: string) => [
  details.name,
  details.strength,
  details.purpose,
  details.prescriberId,
  details.notes,
  details.hiddenFromCharts ? 1 : 0,
  details.stock?.count ?? null,
  details.stock?.refillAt ?? null,
  details.stock ? countedAt : null,
];

/** Adds a medication at the end of the list, with its first version from the day I started it. */
export function insertMedication(
  db: WritableDatabase,
  id: string,
  details: MedicationDetails,
  first: MedicationVersion,
  recordedAt: string,
): void {
  const position =
    selectRow(db, 'SELECT COALESCE(MAX(position) + 1, 0) AS next FROM medications', [], { next: 'integer' })?.next ?? 0;
  db.run(
    `INSERT INTO medications (id, position, started_on, name, strength, purpose, prescriber_id, notes,
                              hidden_from_charts, stock_count, refill_at, stock_counted_at)
     VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
    [id, position, first.from, ...detailParams(details, recordedAt)],
  );
  writeVersion(db, id, first, recordedAt);
}

/**
 * Changes what a medication is (name, purpose, notes, stock…); how it is taken is changed by
 * versions. A supply left as it shows keeps counting down from when it was counted; a new count is
 * as of `now`.
 */
export function updateMedicationDetails(
  db: WritableDatabase,
  id: string,
  details: MedicationDetails,
  now: string,
): void {
  const before = readMedication(db, id);
  const written = selectRow(
    db,
    'SELECT stock_count AS count, stock_counted_at AS countedAt FROM medications WHERE id = ?',
    [id],
    { count: 'number?', countedAt: 'text?' },
  );
  // The count as it showed: the one written before and its moment stand, so it goes on counting down.
  const unchanged =
    details.stock !== null &&
    details.stock.count === before.stock?.count &&
    typeof written?.count === 'number' &&
    typeof written.countedAt === 'string';
  const stored =
    unchanged && details.stock ? { ...details, stock: { ...details.stock, count: written!.count! } } : details;
  db.run(
    `UPDATE medications SET name = ?, strength = ?, purpose = ?, prescriber_id = ?, notes = ?,
                            hidden_from_charts = ?, stock_count = ?, refill_at = ?, stock_counted_at = ?
      WHERE id = ?`,
    [...detailParams(stored, unchanged ? written!.countedAt! : now), id],
  );
}

/**
 * A new way of taking a medication from a day on; the versions before it stay as they were. A
 * version on the same day as the latest corrects it (a typo the day it was written); an earlier
 * day than the latest is refused, since it would rewrite what came after it. A stopped medication
 * is not changed: taking it again is a new entry, so the days it was stopped stay stopped.
 */
export function changeMedication(
  db: WritableDatabase,
  id: string,
  version: MedicationVersion,
  recordedAt: string,
): void {
  const medication = readMedication(db, id);
  if (medication.stoppedOn !== null) {
    throw new RequestError(
      'INVALID_INPUT',
      `${medication.name} is stopped. To take it again, add it again from the day I started again; its history stays.`,
    );
  }
  const latest = medication.versions.at(-1);
  if (latest && version.from < latest.from) {
    throw new RequestError(
      'INVALID_INPUT',
      `A change starts on or after ${latest.from}, the day of the last change. Earlier days keep the dose they had.`,
    );
  }
  writeVersion(db, id, version, recordedAt);
}

/** Stops a medication: no dose is due from `on`, and its history and doses stay. */
export function stopMedication(db: WritableDatabase, id: string, on: string): void {
  const medication = readMedication(db, id);
  const latest = medication.versions.at(-1)!;
  if (on <= latest.from) {
    throw new RequestError(
      'INVALID_INPUT',
      `A medication stops after its last change (${latest.from}): choose a later day, or change that version.`,
    );
  }
  db.run('UPDATE medications SET stopped_on = ? WHERE id = ?', [on, id]);
}

const doseColumns = {
  id: 'text',
  medicationId: 'text',
  day: 'text',
  dueTime: 'text?',
  status: 'text',
  takenAt: 'text?',
  timeZone: 'text?',
  amount: 'number?',
  reason: 'text',
} as const;

const doseSelect = `SELECT id, medication_id AS medicationId, day, due_time AS dueTime, status, taken_at AS takenAt,
                           time_zone AS timeZone, amount, reason
                      FROM doses`;

/** Dose records from one day to another, inclusive, by day and time. */
export function readDoses(db: ReadableDatabase, from: string, to: string): DoseRecord[] {
  return selectRows(
    db,
    `${doseSelect} WHERE day BETWEEN ? AND ? ORDER BY day, COALESCE(due_time, ''), taken_at, id`,
    [from, to],
    doseColumns,
  ).map((row) => ({ ...row, status: row.status as DoseStatus }));
}

/** As-needed doses taken from a moment on (UTC, as stored), oldest first. */
export function readAsNeededDosesSince(db: ReadableDatabase, since: string): DoseRecord[] {
  return selectRows(
    db,
    `${doseSelect} WHERE due_time IS NULL AND taken_at >= ? ORDER BY taken_at, id`,
    [since],
    doseColumns,
  ).map((row) => ({ ...row, status: row.status as DoseStatus }));
}

/**
 * Writes what became of a dose. A scheduled dose (a due time) has one record, replaced by a later
 * answer; an as-needed dose is a new record each time.
 */
export function recordDose(db: WritableDatabase, dose: DoseRecord): void {
  db.run(
    `INSERT INTO doses (id, medication_id, day, due_time, status, taken_at, time_zone, amount, reason)
     VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)
     ON CONFLICT (medication_id, day, due_time) WHERE due_time IS NOT NULL DO UPDATE
       SET status = excluded.status, taken_at = excluded.taken_at, time_zone = excluded.time_zone,
           amount = excluded.amount, reason = excluded.reason`,
    [
      dose.id,
      dose.medicationId,
      dose.day,
      dose.dueTime,
      dose.status,
      dose.takenAt,
      dose.timeZone,
      dose.amount,
      dose.reason,
    ],
  );
}

/** Deletes dose records; answers the day of the first still recorded. Refuses when none is. */
export function deleteDoses(db: WritableDatabase, ids: readonly string[]): string {
  const days = ids.flatMap((id) => selectRow(db, 'SELECT day FROM doses WHERE id = ?', [id], { day: 'text' }) ?? []);
  if (days.length === 0) throw new RequestError('NOT_FOUND', 'That dose is no longer recorded.');
  for (const id of ids) db.run('DELETE FROM doses WHERE id = ?', [id]);
  return days[0]!.day;
}

/** The side effects noted from one day to another, the latest first. */
export function readSideEffects(db: ReadableDatabase, from: string, to: string): SideEffect[] {
  return selectRows(
    db,
    `SELECT s.medication_id AS medicationId, s.day, s.bother, s.words FROM side_effects s
       JOIN medications m ON m.id = s.medication_id
      WHERE s.day BETWEEN ? AND ? ORDER BY s.day DESC, m.name`,
    [from, to],
    { medicationId: 'text', day: 'text', bother: 'integer', words: 'text' },
  );
}

/** Notes a side effect: one per medication and day, so noting it again replaces it. */
export function writeSideEffect(db: WritableDatabase, sideEffect: SideEffect): void {
  readMedication(db, sideEffect.medicationId);
  db.run(
    `INSERT INTO side_effects (medication_id, day, bother, words) VALUES (?, ?, ?, ?)
     ON CONFLICT (medication_id, day) DO UPDATE SET bother = excluded.bother, words = excluded.words`,
    [sideEffect.medicationId, sideEffect.day, sideEffect.bother, sideEffect.words],
  );
}

/** Forgets a side effect; answers it as it was, for Undo. */
export function clearSideEffect(db: WritableDatabase, medicationId: string, day: string): SideEffect {
  const [found] = readSideEffects(db, day, day).filter((sideEffect) => sideEffect.medicationId === medicationId);
  if (!found) throw new RequestError('NOT_FOUND', 'That side effect is no longer noted.');
  db.run('DELETE FROM side_effects WHERE medication_id = ? AND day = ?', [medicationId, day]);
  return found;
}
