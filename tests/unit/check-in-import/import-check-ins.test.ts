import { describe, expect, it } from 'vitest';
import {
  daylioHeader,
  daylioRow,
  overlappingDaylioExports,
  overlappingExportChoices,
} from '../../support/daylio-fixture';
import { importCheckIns, sampleImport, type CheckInImport } from '../../../electron/check-in-import/import-check-ins';
import { listImports, readImportKeys, removeImport } from '../../../electron/check-in-import/import-repository';
import {
  insertCheckIn,
  readAllCheckIns,
  readImportOrigin,
  updateCheckIn,
} from '../../../electron/check-ins/check-in-repository';
import {
  buildExportDocument,
  parseExportDocument,
  writeExportDocument,
} from '../../../electron/data-export/export-document';
import { migrateDatabase } from '../../../electron/database/migrate';
import { type WritableDatabase } from '../../../electron/database/sqlite';
import { readMetricSettings, updateCustomMetric } from '../../../electron/metrics/metric-repository';
import { addPlanEntry, readPlan } from '../../../electron/plan/plan-repository';
import { readDaylioExport } from '../../../shared/check-in-import/daylio-export';
import type { ImportChoices } from '../../../shared/check-in-import/import-plan';
import { blankEntry } from '../../../shared/plan/plan-entries';
import { checkInFields } from '../../support/check-in-fields';
import { memoryDatabase } from '../../support/memory-database';

const header = daylioHeader;
const row = daylioRow;
// The March export with a row too short to read.
const march = `${overlappingDaylioExports.march}\nbroken,row`;
const { marchAndApril } = overlappingDaylioExports;
const choices = overlappingExportChoices;

function emptyVault(): WritableDatabase {
  const db = memoryDatabase();
  db.exec('PRAGMA foreign_keys = ON');
  migrateDatabase(db);
  return db;
}

let ids = 0;
const importOf = (text: string, overrides: Partial<CheckInImport> = {}): CheckInImport => ({
  source: 'daylio',
  file: readDaylioExport(text),
  fileName: 'daylio_export.csv',
  choices,
  now: new Date('2026-11-22T12:00:00Z'),
  newId: () => `id-${++ids}`,
  ...overrides,
});

const count = (db: WritableDatabase, table: string) =>
  Number(db.exec(`SELECT count(*) FROM ${table}`)[0]!.values[0]![0]);
const importedMeasures = (db: WritableDatabase) => readMetricSettings(db).filter((setting) => setting.custom);

describe('importing check-ins into a vault', () => {
  it('writes each entry as a check-in on the day written, activities as chosen, with a record to remove it by', () => {
    const db = emptyVault();
    const summary = importCheckIns(db, importOf(march));
    expect(summary).toEqual({
      importId: expect.any(String),
      added: 3,
      alreadyPresent: 0,
      skipped: [{ line: 5, reason: expect.stringMatching(/^Line 5 /) }],
      doses: 0,
    });
    const [walk] = importedMeasures(db);
    // A yes/no measure, not asked on the check-in form.
    expect(walk).toEqual({
      key: expect.stringMatching(/^custom-/),
      enabled: false,
      custom: { label: 'take a walk', kind: 'yes-no', min: 0, max: 1, unit: '' },
    });
    const family = readPlan(db).copingStrategies.find((entry) => entry.name === 'family')!;
    const checkIns = readAllCheckIns(db);
    expect(
      checkIns.map(({ day, mood, values, copingIds, note, dayChosen }) => ({
        day,
        mood,
        values,
        copingIds,
        note,
        dayChosen,
      })),
    ).toEqual([
      { day: '2024-03-30', mood: 5, values: {}, copingIds: [], note: '', dayChosen: true },
      { day: '2024-03-30', mood: 7, values: { [walk!.key]: 1 }, copingIds: [family.id], note: '', dayChosen: true },
      // 01:30 stays on the 31st, the date written in the diary.
      {
        day: '2024-03-31',
        mood: 4,
        values: { [walk!.key]: 1 },
        copingIds: [],
        note: 'Clocks\n\nLost an hour.\n\nAlso: tired.',
        dayChosen: true,
      },
    ]);
    expect(listImports(db)).toEqual([
      {
        id: summary.importId,
        source: 'daylio',
        fileName: 'daylio_export.csv',
        importedAt: '2026-11-22T12:00:00.000Z',
        checkIns: 3,
        firstDay: '2024-03-30',
        lastDay: '2024-03-31',
      },
    ]);
    db.close();
  });

  it('adds only what is new: the same file adds nothing, an overlapping later export adds its new entry', () => {
    const db = emptyVault();
    importCheckIns(db, importOf(march));
    const again = importCheckIns(db, importOf(march));
    expect(again).toMatchObject({ importId: null, added: 0, alreadyPresent: 3 });
    expect(listImports(db)).toHaveLength(1);
    const later = importCheckIns(db, importOf(marchAndApril));
    expect(later).toMatchObject({ added: 1, alreadyPresent: 2, skipped: [] });
    expect(count(db, 'checkins')).toBe(4);
    // The measure and the coping strategy the first import made are used again, not made twice.
    expect(importedMeasures(db)).toHaveLength(1);
    expect(readPlan(db).copingStrategies).toHaveLength(1);
    expect(readImportKeys(db).size).toBe(4);
    db.close();
  });

  it('writes nothing while a label has no value, or when a chosen plan entry is gone', () => {
    const db = emptyVault();
    const before = db.export();
    expect(() => importCheckIns(db, importOf(march, { choices: { ...choices, moods: {} } }))).toThrow(
      'Give each mood a value from 0 to 10 first: “Not so good”.',
    );
    const gone = { ...choices, activities: { family: { treatment: 'coping' as const, entryId: 'no-such-entry' } } };
    expect(() => importCheckIns(db, importOf(march, { choices: gone }))).toThrow(
      'The coping strategy chosen for “family” is no longer in my plan.',
    );
    expect(db.export()).toEqual(before);
    db.close();
  });

  it('skips an entry dated in the future or with a note too long to keep, naming the line', () => {
    const db = emptyVault();
    const text = [
      header,
      row('2027-01-01', '10:00', 'good', ''),
      row('2024-01-01', '10:00', 'good', '', '', 'x'.repeat(10_001)),
      row('2024-01-02', '10:00', 'bad', ''),
    ].join('\n');
    expect(importCheckIns(db, importOf(text))).toMatchObject({
      added: 1,
      skipped: [
        { line: 2, reason: 'Line 2 is dated in the future.' },
        { line: 3, reason: 'Line 3 has a note longer than the 10,000 characters a check-in keeps.' },
      ],
    });
    db.close();
  });

  it('uses what my plan and my measures already have: a chosen entry, an entry or a yes/no measure of the same name', () => {
    const db = emptyVault();
    addPlanEntry(
      db,
      { list: 'copingStrategies', parentId: null, data: { ...blankEntry('copingStrategies'), name: 'Call my sister' } },
      'sister',
    );
    addPlanEntry(
      db,
      { list: 'triggers', parentId: null, data: { ...blankEntry('triggers'), description: 'Tired' } },
      'tired',
    );
    const { key } = (() => {
      db.run(`INSERT INTO metrics (key, position, enabled, custom_json) VALUES ('custom-walk', 99, 1, ?)`, [
        JSON.stringify({ label: 'Take a walk', kind: 'yes-no', min: 0, max: 1, unit: '' }),
      ]);
      return { key: 'custom-walk' };
    })();
    const mine: ImportChoices = {
      ...choices,
      activities: {
        family: { treatment: 'coping', entryId: 'sister' },
        tired: { treatment: 'trigger', entryId: null },
      },
    };
    importCheckIns(db, importOf(march, { choices: mine }));
    const checkIns = readAllCheckIns(db);
    expect(checkIns[1]).toMatchObject({ values: { [key]: 1 }, copingIds: ['sister'] });
    expect(checkIns[2]).toMatchObject({ values: { [key]: 1 }, triggerIds: ['tired'] });
    expect(readPlan(db).triggers).toHaveLength(1);
    expect(importedMeasures(db)).toHaveLength(1);
    db.close();
  });

  it('shows five entries spread over the file as they will be, marking those already here', () => {
    const db = emptyVault();
    const file = readDaylioExport(marchAndApril);
    expect(sampleImport(db, file, { ...choices, moods: {} })).toEqual({ unmappedMoods: ['Not so good'], sample: [] });
    importCheckIns(db, importOf(march));
    const { sample } = sampleImport(db, file, choices);
    expect(
      sample.map(({ day, time, mood, moodLabel, measures, coping, alreadyPresent }) => ({
        day,
        time,
        mood,
        moodLabel,
        measures,
        coping,
        alreadyPresent,
      })),
    ).toEqual([
      {
        day: '2024-03-30',
        time: '22:10',
        mood: 7,
        moodLabel: 'good',
        measures: ['take a walk'],
        coping: ['family'],
        alreadyPresent: true,
      },
      {
        day: '2024-03-31',
        time: '01:30',
        mood: 4,
        moodLabel: 'Not so good',
        measures: ['take a walk'],
        coping: [],
        alreadyPresent: true,
      },
      {
        day: '2024-04-02',
        time: '19:00',
        mood: 9,
        moodLabel: 'rad',
        measures: [],
        coping: ['family'],
        alreadyPresent: false,
      },
    ]);
    const fresh = emptyVault();
    expect(sampleImport(fresh, file, choices).sample[2]!.coping).toEqual(['family (new)']);
    db.close();
    fresh.close();
  });
});

describe('removing an import', () => {
  it('removes exactly its check-ins, and what it created that is unchanged and unused', () => {
    const db = emptyVault();
    const { importId } = importCheckIns(db, importOf(march));
    insertCheckIn(db, 'mine', checkInFields(), 240);
    expect(removeImport(db, importId!)).toEqual({
      checkIns: 3,
      measures: ['take a walk'],
      planEntries: ['family'],
      doses: 0,
    });
    expect(readAllCheckIns(db).map((checkIn) => checkIn.id)).toEqual(['mine']);
    expect(importedMeasures(db)).toEqual([]);
    expect(readPlan(db).copingStrategies).toEqual([]);
    expect(listImports(db)).toEqual([]);
    expect(() => removeImport(db, importId!)).toThrow('That import has already been removed.');
    db.close();
  });

  it('keeps a measure I renamed and a coping strategy a check-in of mine uses; an edited check-in stays in its import', () => {
    const db = emptyVault();
    const { importId } = importCheckIns(db, importOf(march));
    const [walk] = importedMeasures(db);
    updateCustomMetric(db, walk!.key, { ...walk!.custom!, label: 'Walk outside' });
    const family = readPlan(db).copingStrategies[0]!;
    insertCheckIn(db, 'mine', checkInFields({ copingIds: [family.id] }), 240);
    const imported = readAllCheckIns(db).find((checkIn) => checkIn.mood === 4)!;
    const { id, day: _day, ...fields } = imported;
    updateCheckIn(db, id, { ...fields, note: 'Edited after the import.' }, 240);
    expect(readImportOrigin(db, id)).toMatchObject({ importId });
    expect(removeImport(db, importId!)).toEqual({ checkIns: 3, measures: [], planEntries: [], doses: 0 });
    expect(readAllCheckIns(db).map((checkIn) => checkIn.id)).toEqual(['mine']);
    db.close();
  });
});

describe('imports in the JSON export', () => {
  it('round-trips the import record and each check-in’s import, so re-importing still adds nothing', () => {
    const db = emptyVault();
    importCheckIns(db, importOf(march));
    const document = buildExportDocument(db);
    expect(document.imports).toEqual([
      expect.objectContaining({
        source: 'daylio',
        fileName: 'daylio_export.csv',
        moodValues: { 'Not so good': 4, good: 7, meh: 5 },
      }),
    ]);
    expect(document.checkins).toEqual(
      expect.arrayContaining([
        expect.objectContaining({ importId: expect.any(String), importKey: expect.any(String) }),
      ]),
    );
    const target = emptyVault();
    writeExportDocument(target, parseExportDocument(JSON.parse(JSON.stringify(document))));
    expect(buildExportDocument(target)).toEqual(document);
    expect(importCheckIns(target, importOf(march))).toMatchObject({ added: 0, alreadyPresent: 3 });

    const orphan = {
      ...document,
      imports: [],
    };
    expect(() => writeExportDocument(emptyVault(), parseExportDocument(orphan))).toThrow(
      /names an import .* that is not in "imports"/,
    );
    db.close();
    target.close();
  });
});
