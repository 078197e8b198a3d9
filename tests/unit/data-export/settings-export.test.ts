import { describe, expect, it } from 'vitest';
import {
  buildExportDocument,
  parseExportDocument,
  writeExportDocument,
} from '../../../electron/data-export/export-document';
import { settingsExportSection } from '../../../electron/data-export/sections/settings-section';
import { migratedDatabase } from '../../support/memory-database';

describe('settings in the JSON export', () => {
  it('accepts an export from before the paper size setting, which then takes its default', () => {
    const older = settingsExportSection.schema.safeParse({ autoLockMinutes: 5, dayBoundaryMinutes: 240 });
    expect(older.success).toBe(true);
    expect(settingsExportSection.schema.safeParse({ autoLockMinutes: 5, paperSize: 'a3' }).success).toBe(false);
  });
});

describe('what Progress shows, in the JSON export', () => {
  it('goes out with the other settings and comes back on import; a range that is not one is refused', () => {
    const db = migratedDatabase();
    const chosen = { progressRange: { from: '2026-01-01', to: '2026-03-31' }, progressMeasure: 'sleep-hours' };
    writeExportDocument(
      db,
      parseExportDocument({ format: 'waypoint-export', formatVersion: 1, schemaVersion: 7, settings: chosen }),
    );
    expect(buildExportDocument(db).settings).toMatchObject(chosen);
    db.close();
    expect(settingsExportSection.schema.safeParse({ progressRange: '5Y' }).success).toBe(false);
  });
});

describe('settings an older Waypoint exported under names since retired', () => {
  const older = (settings: Record<string, unknown>) => ({
    format: 'waypoint-export',
    formatVersion: 1,
    schemaVersion: 7,
    settings: { autoLockMinutes: 5, ...settings },
  });

  it('imports the lock-screen choice and the per-stage dismissals without failing, keeping their meaning', () => {
    const db = migratedDatabase();
    const document = older({
      safetyPlanOnLockScreen: true,
      warningCardsDismissed: { early: '2026-03-02', worsening: '2026-04-11' },
    });
    writeExportDocument(db, parseExportDocument(document));
    const settings = buildExportDocument(db).settings as Record<string, unknown>;
    expect(settings).toMatchObject({ autoLockMinutes: 5, warningCardDismissedOn: '2026-04-11' });
    expect(settings).not.toHaveProperty('warningCardsDismissed');
    // Which plaintext the lock screen shows is chosen on this laptop, never turned on by an import.
    const keys = db.exec('SELECT key FROM settings')[0]!.values.flat();
    expect(keys).not.toContain('safetyPlanOnLockScreen');
    expect(keys).not.toContain('warningCardsDismissed');
    db.close();
  });

  it('keeps a dismissal written under the current name, and reads "never dismissed" as none', () => {
    const parse = (settings: Record<string, unknown>) => settingsExportSection.schema.parse(settings);
    expect(
      parse({ warningCardDismissedOn: '2026-05-01', warningCardsDismissed: { early: '2026-06-01', worsening: null } }),
    ).toEqual({ warningCardDismissedOn: '2026-05-01' });
    expect(parse({ warningCardsDismissed: { early: null, worsening: null } })).toEqual({
      warningCardDismissedOn: null,
    });
    expect(settingsExportSection.schema.safeParse({ warningCardsDismissed: { early: 'soon' } }).success).toBe(false);
    expect(settingsExportSection.schema.safeParse({ somethingElse: true }).success).toBe(false);
  });
});

describe('the standard drink in the JSON export', () => {
  it('carries the country alcohol is counted for, and an export from before it takes the WHO’s', () => {
    expect(settingsExportSection.schema.parse({ standardDrinkCountry: 'GB' })).toEqual({ standardDrinkCountry: 'GB' });
    expect(settingsExportSection.schema.safeParse({ standardDrinkCountry: 'FR' }).success).toBe(false);
    const db = migratedDatabase();
    writeExportDocument(db, parseExportDocument({ format: 'waypoint-export', formatVersion: 1, schemaVersion: 7 }));
    expect(buildExportDocument(db).settings).toMatchObject({ standardDrinkCountry: 'WHO' });
    db.close();
  });
});
