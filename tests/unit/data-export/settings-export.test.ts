import { describe, expect, it } from 'vitest';
import { settingsExportSection } from '../../../electron/data-export/sections/settings-section';

describe('settings in the JSON export', () => {
  it('accepts an export from before the paper size setting, which then takes its default', () => {
    const older = settingsExportSection.schema.safeParse({ autoLockMinutes: 5, dayBoundaryMinutes: 240 });
    expect(older.success).toBe(true);
    expect(settingsExportSection.schema.safeParse({ autoLockMinutes: 5, paperSize: 'a3' }).success).toBe(false);
  });
});
