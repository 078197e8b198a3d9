import { describe, expect, it } from 'vitest';
import { importCheckIns, sampleImport, type CheckInImport } from '../../../electron/check-in-import/import-check-ins';
import { medicationChoices } from '../../../electron/check-in-import/imported-doses';
import { removeImport } from '../../../electron/check-in-import/import-repository';
import {
  buildExportDocument,
  parseExportDocument,
  writeExportDocument,
} from '../../../electron/data-export/export-document';
import type { WritableDatabase } from '../../../electron/database/sqlite';
import { readMetricSettings } from '../../../electron/metrics/metric-repository';
import {
  insertMedication,
  readDoses,
  recordDose,
  stopMedication,
} from '../../../electron/medications/medication-repository';
import { readDaylioExport } from '../../../shared/check-in-import/daylio-export';
import { importChoicesSchema, type ImportChoices } from '../../../shared/check-in-import/import-plan';
import { takenDose } from '../../support/care-records';
import { daylioHeader, daylioRow } from '../../support/daylio-fixture';
import { dailyVersion, medicationDetails } from '../../support/medication-fields';
import { migratedDatabase } from '../../support/memory-database';

// Written for this test: "meds" is ticked twice on 30 March, once on 1 and 2 April, and on a day
// before sertraline was started; 31 March (the night the clocks change) has none.
const diary = [
  daylioHeader,
  daylioRow('2024-04-02', '09:00', 'good', 'meds'),
  daylioRow('2024-04-01', '19:00', 'rad', 'meds | family'),
  daylioRow('2024-03-31', '12:00', 'meh', 'family'),
  daylioRow('2024-03-30', '22:10', 'good', 'meds | family'),
  daylioRow('2024-03-30', '08:00', 'meh', 'meds'),
  daylioRow('2024-02-20', '10:00', 'bad', 'meds'),
].join('\n');

const choices: ImportChoices = {
  timeZone: 'Europe/London',
  moods: {},
  activities: { meds: { treatment: 'medication', entryId: 'sertraline' } },
  defaultTreatment: 'measure',
};

let ids = 0;
const importOf = (overrides: Partial<CheckInImport> = {}): CheckInImport => ({
  source: 'daylio',
  file: readDaylioExport(diary),
  fileName: 'daylio_export.csv',
  choices,
  // Noon on 2 April: that day's 21:00 dose is still to come.
  now: new Date('2024-04-02T12:00:00Z'),
  newId: () => `imported-${String(++ids).padStart(4, '0')}`,
  ...overrides,
});

/** Sertraline at 08:00 and 21:00 from 1 March, with the 08:00 dose of 1 April already skipped; zopiclone as needed. */
function vaultWithMedications(): WritableDatabase {
  const db = migratedDatabase();
  insertMedication(
    db,
    'sertraline',
    medicationDetails('Sertraline', { strength: '50 mg tablet' }),
    dailyVersion('2024-03-01', 50, ['08:00', '21:00']),
    '2024-03-01T09:00:00.000Z',
  );
  insertMedication(
    db,
    'zopiclone',
    medicationDetails('Zopiclone'),
    {
      from: '2024-03-01',
      dose: 3.75,
      unit: 'mg',
      schedule: { kind: 'as-needed', minMinutesBetween: 1440, maxPer24Hours: 1 },
    },
    '2024-03-01T09:00:00.000Z',
  );
  recordDose(
    db,
    takenDose('mine', 'sertraline', '2024-04-01', { status: 'skipped', takenAt: null, reason: 'Felt sick' }),
  );
  return db;
}

const doseRows = (db: WritableDatabase) =>
  readDoses(db, '2024-01-01', '2024-12-31').map(({ id, day, dueTime, status, takenAt, timeZone, reason }) => [
    id,
    day,
    dueTime,
    status,
    takenAt,
    timeZone,
    reason,
  ]);

describe('a Daylio activity as "took my medication"', () => {
  it('writes each day’s planned doses as taken at their times, once a day, never over a dose I answered', () => {
    const db = vaultWithMedications();
    const summary = importCheckIns(db, importOf());
    expect(summary).toMatchObject({ added: 6, alreadyPresent: 0, skipped: [], doses: 4 });
    expect(doseRows(db)).toEqual([
      // Two entries on 30 March: its two doses, once. Before the clocks change, London is UTC.
      [expect.any(String), '2024-03-30', '08:00', 'taken', '2024-03-30T08:00:00.000Z', 'Europe/London', ''],
      [expect.any(String), '2024-03-30', '21:00', 'taken', '2024-03-30T21:00:00.000Z', 'Europe/London', ''],
      // 1 April: the skipped 08:00 dose stays as I wrote it; 21:00 BST is 20:00 UTC.
      ['mine', '2024-04-01', '08:00', 'skipped', null, 'Europe/London', 'Felt sick'],
      [expect.any(String), '2024-04-01', '21:00', 'taken', '2024-04-01T20:00:00.000Z', 'Europe/London', ''],
      // 2 April, at noon: the 08:00 dose, not the one still to come.
      [expect.any(String), '2024-04-02', '08:00', 'taken', '2024-04-02T07:00:00.000Z', 'Europe/London', ''],
    ]);
    // The activity is the doses, not a measure of its own; "family" is a measure as by default.
    expect(readMetricSettings(db).flatMap((setting) => (setting.custom ? [setting.custom.label] : []))).toEqual([
      'family',
    ]);
    db.close();
  });

  it('shows the medication in the sample, and an entry already imported writes no dose again', () => {
    const db = vaultWithMedications();
    const { sample } = sampleImport(db, importOf().file, choices);
    // Five entries spread over the file, each with "meds".
    expect(sample.map((entry) => [entry.day, entry.medications, entry.measures])).toEqual([
      ['2024-02-20', ['Sertraline'], []],
      ['2024-03-30', ['Sertraline'], []],
      ['2024-03-30', ['Sertraline'], ['family']],
      ['2024-04-01', ['Sertraline'], ['family']],
      ['2024-04-02', ['Sertraline'], []],
    ]);
    importCheckIns(db, importOf());
    const before = doseRows(db);
    expect(importCheckIns(db, importOf({ now: new Date('2024-04-03T12:00:00Z') }))).toMatchObject({
      added: 0,
      alreadyPresent: 6,
      doses: 0,
    });
    expect(doseRows(db)).toEqual(before);
    db.close();
  });

  it('main refuses a medication not in my list, one taken as needed, and a medication for every activity', () => {
    const db = vaultWithMedications();
    const before = db.export();
    const choosing = (entryId: string) =>
      importOf({ choices: { ...choices, activities: { meds: { treatment: 'medication', entryId } } } });
    expect(() => importCheckIns(db, choosing('ibuprofen'))).toThrow(
      'The medication chosen for “meds” is no longer in my list.',
    );
    expect(() => importCheckIns(db, choosing('zopiclone'))).toThrow(
      'Zopiclone is taken as needed, so “meds” has no planned doses to write: choose a medication taken at set times.',
    );
    expect(() => sampleImport(db, choosing('ibuprofen').file, choosing('ibuprofen').choices)).toThrow(
      /no longer in my list/,
    );
    expect(db.export()).toEqual(before);
    expect(
      importChoicesSchema.safeParse({ ...choices, activities: { meds: { treatment: 'medication', entryId: null } } })
        .error?.issues[0],
    ).toMatchObject({ path: ['activities', 'meds', 'entryId'], message: 'Choose the medication this activity means.' });
    expect(importChoicesSchema.safeParse({ ...choices, defaultTreatment: 'medication' }).success).toBe(false);
    db.close();
  });

  it('removing the import removes the doses it wrote that are still as written', () => {
    const db = vaultWithMedications();
    const { importId } = importCheckIns(db, importOf());
    // Answered again since: skipped after all.
    recordDose(
      db,
      takenDose('again', 'sertraline', '2024-03-30', { dueTime: '21:00', status: 'skipped', takenAt: null }),
    );
    expect(removeImport(db, importId!)).toMatchObject({ checkIns: 6, doses: 3 });
    expect(doseRows(db)).toEqual([
      [expect.any(String), '2024-03-30', '21:00', 'skipped', null, 'Europe/London', ''],
      ['mine', '2024-04-01', '08:00', 'skipped', null, 'Europe/London', 'Felt sick'],
    ]);
    db.close();
  });

  it('the JSON export keeps the doses an import wrote with it, so removing it after a round trip still works', () => {
    const db = vaultWithMedications();
    const { importId } = importCheckIns(db, importOf());
    const text = JSON.stringify(buildExportDocument(db), null, 2);
    const document = JSON.parse(text) as { imports: { created: { doses: unknown[] } }[] };
    expect(document.imports[0]!.created.doses).toHaveLength(4);
    const target = migratedDatabase();
    writeExportDocument(target, parseExportDocument(JSON.parse(text)));
    expect(JSON.stringify(buildExportDocument(target), null, 2)).toBe(text);
    expect(removeImport(target, importId!)).toMatchObject({ doses: 4 });

    // A record from before doses were noted reads as none.
    delete (document.imports[0]!.created as { doses?: unknown }).doses;
    const older = migratedDatabase();
    writeExportDocument(older, parseExportDocument(document));
    expect(removeImport(older, importId!)).toMatchObject({ checkIns: 6, doses: 0 });
    for (const vault of [db, target, older]) vault.close();
  });

  it('offers the medications of my list taken at set times, stopped ones marked', () => {
    const db = vaultWithMedications();
    stopMedication(db, 'sertraline', '2024-06-01');
    insertMedication(
      db,
      'vitamin-d',
      medicationDetails('Vitamin D'),
      dailyVersion('2024-06-01', 1),
      '2024-06-01T09:00:00.000Z',
    );
    expect(medicationChoices(db)).toEqual([
      { id: 'sertraline', title: 'Sertraline 50 mg tablet (stopped)' },
      { id: 'vitamin-d', title: 'Vitamin D' },
    ]);
    db.close();
  });
});
