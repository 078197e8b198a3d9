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
