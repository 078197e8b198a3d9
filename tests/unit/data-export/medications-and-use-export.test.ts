import { describe, expect, it } from 'vitest';
import {
  buildExportDocument,
  parseExportDocument,
  writeExportDocument,
} from '../../../electron/data-export/export-document';
import type { ReadableDatabase } from '../../../electron/database/sqlite';
import { fillDemoVault } from '../../../electron/demo/demo-vault';
import { readMedications } from '../../../electron/medications/medication-repository';
import { writeCareRecords } from '../../support/care-records';
import { migratedDatabase } from '../../support/memory-database';
import { sequentialIds } from '../../support/sequential-ids';

/** The export as the CLI writes it. */
const exportText = (db: ReadableDatabase) => `${JSON.stringify(buildExportDocument(db), null, 2)}\n`;

/** Export, import into a new vault, export again: the second text. */
function roundTrip(text: string): string {
  const target = migratedDatabase();
  writeExportDocument(target, parseExportDocument(JSON.parse(text)));
  const again = exportText(target);
  target.close();
  return again;
}

type Document = Record<string, unknown> & {
  medications: {
    list: Record<string, unknown>[];
    doses: Record<string, unknown>[];
    sideEffects: Record<string, unknown>[];
  };
  substances: { list: Record<string, unknown>[]; use: Record<string, unknown>[] };
  careEvents: Record<string, unknown>[];
};

function careDocument(): Document {
  const db = migratedDatabase();
  writeCareRecords(db);
  const document = buildExportDocument(db) as unknown as Document;
  db.close();
  return document;
}

/** The document with one part changed, as a crafted or damaged file would have it. */
const changed = (change: (document: Document) => void): unknown => {
  const document = structuredClone(careDocument());
  change(document);
  return document;
};

describe('medications, use and events of care in the JSON export', () => {
  it('export, import into a new vault and export again gives the same document byte for byte', () => {
    const db = migratedDatabase();
    writeCareRecords(db);
    const text = exportText(db);
    db.close();
    expect(roundTrip(text)).toBe(text);
  });

  it('an imported supply goes on counting down from when it was counted, the doses since not taken twice', () => {
    const target = migratedDatabase();
    writeExportDocument(target, parseExportDocument(careDocument()));
    // 24 counted, then a dose and a half-dose taken.
    expect(readMedications(target).find((medication) => medication.id === 'sertraline')?.stock).toEqual({
      count: 22.5,
      refillAt: 7,
    });
    target.close();
  });

  it('carries each medication with its whole history, its doses and side effects, in a fixed order', () => {
    const { medications, settings } = careDocument();
    expect((settings as { standardDrinkCountry: string }).standardDrinkCountry).toBe('GB');
    expect(medications.list.map((medication) => medication.id)).toEqual(['sertraline', 'propranolol', 'zopiclone']);
    expect(medications.list[0]).toEqual({
      id: 'sertraline',
      name: 'Sertraline',
      strength: '50 mg tablet',
      purpose: 'low mood',
      prescriberId: 'dr-okafor',
      notes: 'Take with breakfast.\nNot with grapefruit.',
      startedOn: '2026-01-05',
      stoppedOn: null,
      hiddenFromCharts: false,
      // As counted and when: the doses taken since (1½ of them) count it down in the app, not here.
      stock: { refillAt: 7, count: 24, countedAt: '2026-01-05T10:12:00.000Z' },
      versions: [
        {
          from: '2026-01-05',
          dose: 50,
          unit: 'mg',
          schedule: { kind: 'scheduled', times: ['08:00'], weekdays: [1, 2, 3, 4, 5, 6, 7] },
          recordedAt: '2026-01-05T10:12:00.000Z',
        },
        {
          from: '2026-02-02',
          dose: 100,
          unit: 'mg',
          schedule: { kind: 'scheduled', times: ['08:00'], weekdays: [1, 2, 3, 4, 5, 6, 7] },
          recordedAt: '2026-02-02T09:30:00.000Z',
        },
      ],
    });
    expect(medications.list[1]).toMatchObject({ stoppedOn: '2026-01-20', hiddenFromCharts: true, stock: null });
    expect(medications.doses.map((dose) => dose.id)).toEqual(['d1', 'd4', 'd5', 'd2', 'd3', 'd6']);
    expect(medications.doses.find((dose) => dose.id === 'd3')).toEqual({
      id: 'd3',
      medicationId: 'sertraline',
      day: '2026-01-08',
      dueTime: '08:00',
      status: 'skipped',
      takenAt: null,
      timeZone: 'Europe/London',
      amount: null,
      reason: 'Felt sick',
    });
    expect(medications.doses.find((dose) => dose.id === 'd6')).toMatchObject({ dueTime: null, amount: 7.5 });
    // Oldest first, then in the order of the list.
    expect(medications.sideEffects).toEqual([
      { medicationId: 'sertraline', day: '2026-01-08', bother: 6, words: 'Nausea all morning' },
      { medicationId: 'zopiclone', day: '2026-01-08', bother: 2, words: 'Bitter taste' },
    ]);
  });

  it('carries substances with their goals, use by day and events of care with their last day', () => {
    const { substances, careEvents } = careDocument();
    expect(substances).toEqual({
      list: [
        { id: 'alcohol', name: 'Alcohol', kind: 'alcohol', unit: '', goal: { kind: 'free' } },
        { id: 'cannabis', name: 'Cannabis', kind: 'other', unit: 'joints', goal: { kind: 'cut-down', dailyLimit: 1 } },
      ],
      use: [
        { substanceId: 'cannabis', day: '2026-02-13', amount: 1 },
        { substanceId: 'alcohol', day: '2026-02-14', amount: 4.5 },
        { substanceId: 'cannabis', day: '2026-02-14', amount: 2 },
        { substanceId: 'alcohol', day: '2026-02-15', amount: 0 },
      ],
    });
    expect(careEvents).toEqual([
      { id: 'e0', day: '2026-01-30', until: null, kind: 'appointment-missed', words: 'GP', notes: '' },
      { id: 'e1', day: '2026-02-15', until: null, kind: 'emergency-visit', words: 'A&E', notes: '' },
      {
        id: 'e2',
        day: '2026-02-16',
        until: '2026-02-19',
        kind: 'hospital-stay',
        words: 'St Mary’s',
        notes: 'Ward 4.\nVisiting 2–8 pm.',
      },
    ]);
  });

  it('a year of the demo vault comes back byte for byte', () => {
    const db = migratedDatabase();
    fillDemoVault(db, { years: 1, today: '2026-11-20' }, sequentialIds('demo'));
    const text = exportText(db);
    db.close();
    const document = JSON.parse(text) as Document;
    expect(document.medications.doses.length).toBeGreaterThan(300);
    expect(document.substances.use.length).toBeGreaterThan(10);
    expect(roundTrip(text)).toBe(text);
  });

  it('an export from before medications, use and events existed still imports, with none of them', () => {
    const { medications: _m, substances: _s, careEvents: _c, ...older } = careDocument();
    const target = migratedDatabase();
    writeExportDocument(target, parseExportDocument(older));
    expect(buildExportDocument(target)).toMatchObject({
      medications: { list: [], doses: [], sideEffects: [] },
      substances: { list: [], use: [] },
      careEvents: [],
    });
    target.close();
  });

  it('moments written in another ISO form are stored as main writes them', () => {
    const document = changed(({ medications }) => {
      medications.doses[0]!.takenAt = '2026-01-06T08:05Z';
      (medications.list[0]!.versions as { recordedAt: string }[])[0]!.recordedAt = '2026-01-05T10:12:00Z';
    });
    const target = migratedDatabase();
    writeExportDocument(target, parseExportDocument(document));
    expect(exportText(target)).toBe(`${JSON.stringify(careDocument(), null, 2)}\n`);
    target.close();
  });

  it.each<[string, (document: Document) => void, string]>([
    [
      'a date that is not a day',
      ({ medications }) => ((medications.list[0]!.versions as { from: string }[])[1]!.from = '2026-02-30'),
      'medications.list.0.versions.1.from: Use a real date between 1900 and 2199, written as YYYY-MM-DD.',
    ],
    [
      'a dose naming a medication not in the list',
      ({ medications }) => (medications.doses[2]!.medicationId = 'ibuprofen'),
      'medications.doses.2.medicationId: This names a medication (ibuprofen) that is not in "medications.list".',
    ],
    [
      'a side effect that bothered 11 out of 10',
      ({ medications }) => (medications.sideEffects[1]!.bother = 11),
      'medications.sideEffects.1.bother: Bother goes from 0 to 10.',
    ],
    [
      'a side effect of a medication not in the list',
      ({ medications }) => (medications.sideEffects[0]!.medicationId = 'gone'),
      'medications.sideEffects.0.medicationId: This names a medication (gone) that is not in "medications.list".',
    ],
    [
      'use of a substance not in the list',
      ({ substances }) => (substances.use[3]!.substanceId = 'tobacco'),
      'substances.use.3.substanceId: This names a substance (tobacco) that is not in "substances.list".',
    ],
    [
      'a skipped as-needed dose',
      ({ medications }) => Object.assign(medications.doses[2]!, { status: 'skipped', takenAt: null }),
      'medications.doses.2.status: An as-needed dose (no due time) is written when it is taken, so it cannot be skipped.',
    ],
    [
      'a dose taken without its moment',
      ({ medications }) => (medications.doses[0]!.takenAt = null),
      'medications.doses.0.takenAt: A dose taken says when it was taken.',
    ],
    [
      'a scheduled dose written twice',
      ({ medications }) => medications.doses.push({ ...medications.doses[1]!, id: 'd1-again' }),
      'medications.doses.6.dueTime: A scheduled dose is written once: another dose of this medication has this day and due time.',
    ],
    [
      'two versions on one day',
      ({ medications }) => ((medications.list[0]!.versions as { from: string }[])[1]!.from = '2026-01-05'),
      'medications.list.0.versions.1.from: Versions are in date order, at most one a day.',
    ],
    [
      'a start that is not the first version’s day',
      ({ medications }) => (medications.list[0]!.startedOn = '2026-01-01'),
      'medications.list.0.startedOn: A medication starts on its first version’s day (2026-01-05).',
    ],
    [
      'a stop before the last change',
      ({ medications }) => (medications.list[0]!.stoppedOn = '2026-01-10'),
      'medications.list.0.stoppedOn: A medication stops after its last change (2026-02-02).',
    ],
    [
      'a medication without a version',
      ({ medications }) => (medications.list[2]!.versions = []),
      'medications.list.2.versions: A medication has at least one version.',
    ],
    [
      'half of a stock count',
      ({ medications }) => (medications.list[0]!.stock = { count: 24 }),
      'medications.list.0.stock.refillAt: Write the refill level as a number.',
    ],
    [
      'a cut-down goal without its limit',
      ({ substances }) => (substances.list[1]!.goal = { kind: 'cut-down' }),
      'substances.list.1.goal.dailyLimit: Invalid input: expected number, received undefined.',
    ],
    [
      'a day of use written twice',
      ({ substances }) => substances.use.push({ ...substances.use[0]! }),
      'substances.use.4.day: A day is written once per substance.',
    ],
    [
      'a hospital stay that ends before it starts',
      ({ careEvents }) => (careEvents[2]!.until = '2026-02-01'),
      'careEvents.2.until: The last day cannot be before the first.',
    ],
    [
      'an event of care of an unknown kind',
      ({ careEvents }) => (careEvents[0]!.kind = 'holiday'),
      'careEvents.0.kind: Invalid option: expected one of "emergency-visit"|"hospital-stay"|"appointment-kept"|"appointment-missed"|"other".',
    ],
  ])('refuses %s, naming where', (_case, change, problem) => {
    expect(() => parseExportDocument(changed(change))).toThrow(`The export is not valid at ${problem}`);
  });
});
