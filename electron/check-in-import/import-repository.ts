import {
  importCreationsSchema,
  type ImportCreations,
  type ImportListing,
  type ImportRecord,
  type ImportSource,
  type RemovedImport,
} from '../../shared/check-in-import/import-record';
import { entryTitle } from '../../shared/plan/plan-entries';
import { selectRow, selectRows, type ReadableDatabase, type WritableDatabase } from '../database/sqlite';
import { RequestError } from '../ipc/request-error';
import type { ImportOrigin } from '../check-ins/check-in-repository';
import { runInSlices, runWhole, type Steps } from './sliced-steps';

export function insertImportRecord(db: WritableDatabase, record: ImportRecord): void {
  db.run(
    `INSERT INTO checkin_imports (id, source, file_name, imported_at, mood_values_json, created_json)
     VALUES (?, ?, ?, ?, ?, ?)`,
    [
      record.id,
      record.source,
      record.fileName,
      record.importedAt,
      JSON.stringify(record.moodValues),
      JSON.stringify(record.created),
    ],
  );
}

/** Every import, oldest first (the JSON export). */
export function readImportRecords(db: ReadableDatabase): ImportRecord[] {
  const rows = selectRows(
    db,
    `SELECT id, source, file_name AS fileName, imported_at AS importedAt, mood_values_json AS moodValuesJson,
            created_json AS createdJson
       FROM checkin_imports ORDER BY imported_at, id`,
    [],
    { id: 'text', source: 'text', fileName: 'text', importedAt: 'text', moodValuesJson: 'text', createdJson: 'text' },
  );
  return rows.map(({ moodValuesJson, createdJson, source, ...row }) => ({
    ...row,
    source: source as ImportSource,
    moodValues: JSON.parse(moodValuesJson) as Record<string, number>,
    created: importCreationsSchema.parse(JSON.parse(createdJson)),
  }));
}

/** Imports with what is left of each, newest first (Settings). */
export function listImports(db: ReadableDatabase): ImportListing[] {
  return selectRows(
    db,
    `SELECT i.id, i.source, i.file_name AS fileName, i.imported_at AS importedAt, count(c.key) AS checkIns,
            min(c.day) AS firstDay, max(c.day) AS lastDay
       FROM checkin_imports i LEFT JOIN checkins c ON c.import_id = i.id
      GROUP BY i.id ORDER BY i.imported_at DESC, i.id`,
    [],
    {
      id: 'text',
      source: 'text',
      fileName: 'text',
      importedAt: 'text',
      checkIns: 'integer',
      firstDay: 'text?',
      lastDay: 'text?',
    },
  ).map((row) => ({ ...row, source: row.source as ImportSource }));
}

/** The keys of every imported entry in the vault: an entry with one of them is already here. */
export function readImportKeys(db: ReadableDatabase): Set<string> {
  return new Set(
    selectRows(db, 'SELECT import_key AS key FROM checkins WHERE import_key IS NOT NULL', [], { key: 'text' }).map(
      (row) => row.key,
    ),
  );
}

/** The value each mood label was last given, so a later import of the same diary asks nothing twice. */
export function readRememberedMoodValues(db: ReadableDatabase): Record<string, number> {
  const remembered: Record<string, number> = {};
  for (const record of readImportRecords(db)) Object.assign(remembered, record.moodValues);
  return remembered;
}

/** `origin` when its import is still in the vault, else null (an undone delete after the import was removed). */
export function originIfKept(db: ReadableDatabase, origin: ImportOrigin): ImportOrigin | null {
  const found = selectRow(db, 'SELECT 1 AS found FROM checkin_imports WHERE id = ?', [origin.importId], {
    found: 'integer',
  });
  return found ? origin : null;
}

/**
 * Removes an import as a whole: exactly its check-ins, then what it created that is unchanged and
 * used by nothing left: a measure with no values that no goal follows, a plan entry no check-in
 * points at. Anything the person changed or uses since stays.
 */
export function removeImport(db: WritableDatabase, id: string): RemovedImport {
  return runWhole(removeImportSteps(db, id));
}

/**
 * `removeImport` in a transaction the caller holds open across slices
 * (`VaultSession.changeInSlices`): an import of 50,000 check-ins goes a few hundred at a time.
 */
export function removeImportInSlices(
  db: WritableDatabase,
  id: string,
  nextSlice: () => Promise<void>,
): Promise<RemovedImport> {
  return runInSlices(removeImportSteps(db, id), nextSlice);
}

/** How many check-ins one step of a removal deletes (with their values and links). */
const checkInsPerStep = 20;

/** How many doses one step of a removal looks at. */
const dosesPerStep = 200;

/**
 * Deletes the doses an import wrote that are still as it wrote them (taken at that moment, as
 * prescribed, with no words); a dose I answered again since stays. Answers how many went.
 */
function* removeImportedDoses(db: WritableDatabase, doses: ImportCreations['doses']): Steps<number> {
  let removed = 0;
  const deleteDose = db.prepare(
    "DELETE FROM doses WHERE id = ? AND status = 'taken' AND taken_at = ? AND amount IS NULL AND reason = ''",
  );
  try {
    for (const [index, dose] of doses.entries()) {
      if (index % dosesPerStep === 0) yield;
      deleteDose.run([dose.id, dose.takenAt]);
      removed += db.getRowsModified();
    }
  } finally {
    deleteDose.free();
  }
  return removed;
}

function* removeImportSteps(db: WritableDatabase, id: string): Steps<RemovedImport> {
  const record = readImportRecords(db).find((candidate) => candidate.id === id);
  if (!record) throw new RequestError('NOT_FOUND', 'That import has already been removed.');
  const { count: checkIns } = selectRow(db, 'SELECT count(*) AS count FROM checkins WHERE import_id = ?', [id], {
    count: 'integer',
  })!;
  const deleteSome = db.prepare(
    'DELETE FROM checkins WHERE key IN (SELECT key FROM checkins WHERE import_id = ? LIMIT ?)',
  );
  try {
    let deleted: number;
    do {
      deleteSome.run([id, checkInsPerStep]);
      deleted = db.getRowsModified();
      yield;
    } while (deleted > 0);
  } finally {
    deleteSome.free();
  }
  const goalMeasures = new Set(
    selectRows(db, "SELECT data_json AS json FROM plan_entries WHERE list = 'goals'", [], { json: 'text' }).map(
      (row) => (JSON.parse(row.json) as { metric?: string | null }).metric,
    ),
  );
  const measures: string[] = [];
  for (const { key, custom } of record.created.measures) {
    yield;
    const stored = selectRow(db, 'SELECT custom_json AS json FROM metrics WHERE key = ?', [key], { json: 'text?' });
    if (!stored || stored.json !== JSON.stringify(custom) || goalMeasures.has(key)) continue;
    if (selectRow(db, 'SELECT 1 AS found FROM checkin_values WHERE metric = ? LIMIT 1', [key], { found: 'integer' }))
      continue;
    db.run('DELETE FROM metrics WHERE key = ?', [key]);
    measures.push(custom.label);
  }
  const planEntries: string[] = [];
  for (const entry of record.created.planEntries) {
    yield;
    const stored = selectRow(db, 'SELECT data_json AS json FROM plan_entries WHERE id = ?', [entry.id], {
      json: 'text',
    });
    if (!stored || stored.json !== JSON.stringify(entry.data)) continue;
    if (
      selectRow(db, 'SELECT 1 AS found FROM checkin_links WHERE entry_id = ? LIMIT 1', [entry.id], {
        found: 'integer',
      })
    )
      continue;
    // A trigger a coping strategy of mine now names stays.
    const named = selectRow(
      db,
      "SELECT 1 AS found FROM plan_entries WHERE list = 'copingStrategies' AND instr(data_json, ?) > 0 LIMIT 1",
      [JSON.stringify(entry.id)],
      { found: 'integer' },
    );
    if (named) continue;
    db.run('DELETE FROM plan_entries WHERE id = ?', [entry.id]);
    planEntries.push(entryTitle(entry.list, entry.data as never));
  }
  const doses = yield* removeImportedDoses(db, record.created.doses);
  db.run('DELETE FROM checkin_imports WHERE id = ?', [id]);
  return { checkIns, measures, planEntries, doses };
}
