import { describe, expect, it } from 'vitest';
import { insertCheckIn } from '../../../electron/check-ins/check-in-repository';
import { addCustomMetric } from '../../../electron/metrics/metric-repository';
import { checkInsCsv } from '../../../electron/data-export/check-ins-csv';
import { csvField } from '../../../electron/data-export/csv-table';
import {
  buildExportDocument,
  parseExportDocument,
  writeExportDocument,
} from '../../../electron/data-export/export-document';
import { checkInFields } from '../../support/check-in-fields';
import { migratedDatabase } from '../../support/memory-database';

const fields = checkInFields;

describe('check-ins in the exports', () => {
  it('JSON: checkins, metrics and milestones at the top level; an unknown measure is refused on import', () => {
    const db = migratedDatabase();
    addCustomMetric(db, 'custom-walk', { label: 'Walked', kind: 'yes-no', min: 0, max: 1, unit: '' });
    insertCheckIn(db, 'c1', fields({ values: { 'custom-walk': 1 } }), 240);
    const document = buildExportDocument(db);
    expect(document.checkins).toEqual([{ id: 'c1', day: '2026-03-10', ...fields({ values: { 'custom-walk': 1 } }) }]);
    expect(document.metrics).toContainEqual({
      key: 'custom-walk',
      enabled: true,
      custom: { label: 'Walked', kind: 'yes-no', min: 0, max: 1, unit: '' },
    });
    expect(document.milestones).toEqual([]);

    const withoutMetric = {
      ...document,
      metrics: (document.metrics as { key: string }[]).filter((m) => m.key !== 'custom-walk'),
    };
    const target = migratedDatabase();
    expect(() => writeExportDocument(target, parseExportDocument(withoutMetric))).toThrow(
      'Check-in c1: "custom-walk" is not one of your check-in measures.',
    );
    expect(() =>
      parseExportDocument({ ...document, checkins: [{ ...(document.checkins as object[])[0], mood: 11 }] }),
    ).toThrow(/checkins\.0\.mood: Mood goes from 0 to 10/);
    expect(() =>
      parseExportDocument({
        ...document,
        metrics: [{ key: 'energy', enabled: true, custom: { label: 'x', kind: 'scale', min: 0, max: 1, unit: '' } }],
      }),
    ).toThrow(/"energy" is a built-in measure/);
  });

  it('JSON import works the day out again from the moment, the zone and the imported day boundary', () => {
    const db = migratedDatabase();
    insertCheckIn(db, 'late', fields({ at: '2026-03-11T01:30:00.000Z' }), 240);
    const document = buildExportDocument(db);
    const tampered = { ...document, checkins: [{ ...(document.checkins as object[])[0], day: '2020-01-01' }] };
    const target = migratedDatabase();
    writeExportDocument(target, parseExportDocument(tampered));
    expect(buildExportDocument(target)).toEqual(document);
  });

  it('JSON keeps a picked date; an export from before `dayChosen` existed imports as "dated now"', () => {
    const db = migratedDatabase();
    insertCheckIn(db, 'picked', fields({ at: '2026-03-11T01:30:00.000Z', dayChosen: true }), 240);
    const document = buildExportDocument(db);
    expect(document.checkins).toEqual([expect.objectContaining({ day: '2026-03-11', dayChosen: true })]);
    const target = migratedDatabase();
    writeExportDocument(target, parseExportDocument(document));
    expect(buildExportDocument(target)).toEqual(document);

    const { dayChosen: _dropped, ...older } = (document.checkins as Record<string, unknown>[])[0]!;
    const fromOlder = migratedDatabase();
    writeExportDocument(fromOlder, parseExportDocument({ ...document, checkins: [older] }));
    expect(buildExportDocument(fromOlder).checkins).toEqual([
      expect.objectContaining({ day: '2026-03-10', dayChosen: false }),
    ]);
  });

  it('CSV quotes commas, quotes and line breaks, and defuses spreadsheet formulas', () => {
    const db = migratedDatabase();
    insertCheckIn(db, 'c1', fields({ note: 'Said "no", then\nwent home' }), 240);
    insertCheckIn(db, 'c2', fields({ at: '2026-03-12T09:00:00.000Z', note: '=HYPERLINK("x")', lapse: true }), 240);
    const [, first, second] = checkInsCsv(db).split('\r\n');
    expect(first).toBe(
      '2026-03-10,2026-03-10T20:15:00.000Z,Europe/London,20:15,6,,,,,,,no,,,,"Said ""no"", then\nwent home"',
    );
    expect(second).toBe('2026-03-12,2026-03-12T09:00:00.000Z,Europe/London,09:00,6,,,,,,,yes,,,,"\'=HYPERLINK(""x"")"');
  });

  it('CSV quotes a field with ; or a tab too, so a spreadsheet that splits on them cannot start a formula cell', () => {
    expect(csvField('ok;=1+1')).toBe('"ok;=1+1"');
    expect(csvField('a\tb')).toBe('"a\tb"');
    expect(csvField('\t=1')).toBe('"\'\t=1"');
    expect(csvField('plain words')).toBe('plain words');
    expect(csvField(6.5)).toBe('6.5');
  });
});
