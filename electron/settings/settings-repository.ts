import { defaultSettings, settingsSchema, type Settings } from '../../shared/settings/settings';
import { inTransaction, selectRows, type ReadableDatabase, type WritableDatabase } from '../database/sqlite';

/** Settings live in the vault, one row per key, so an older vault simply falls back to defaults. */
export function readSettings(db: ReadableDatabase): Settings {
  const stored: Record<string, unknown> = {};
  for (const { key, valueJson } of selectRows(db, 'SELECT key, value_json AS valueJson FROM settings', [], {
    key: 'text',
    valueJson: 'text',
  })) {
    stored[key] = JSON.parse(valueJson);
  }
  const merged: Record<string, unknown> = { ...defaultSettings };
  for (const key of Object.keys(defaultSettings) as (keyof Settings)[]) {
    const parsed = settingsSchema.shape[key].safeParse(stored[key]);
    if (parsed.success) merged[key] = parsed.data;
  }
  return merged as Settings;
}

/**
 * The lock-screen choice as vaults kept it before it moved to preferences.json (so it works while
 * locked and is on disk at once): true or false, or undefined when the vault holds none.
 */
export function legacyLockScreenChoice(db: ReadableDatabase): boolean | undefined {
  const row = selectRows(db, "SELECT value_json AS valueJson FROM settings WHERE key = 'safetyPlanOnLockScreen'", [], {
    valueJson: 'text',
  })[0];
  return row ? row.valueJson === 'true' : undefined;
}

export function forgetLegacyLockScreenChoice(db: WritableDatabase): void {
  db.run("DELETE FROM settings WHERE key = 'safetyPlanOnLockScreen'");
}

export function writeSettings(db: WritableDatabase, changes: Partial<Settings>): Settings {
  inTransaction(db, () => {
    for (const [key, value] of Object.entries(changes)) {
      if (value === undefined) continue;
      db.run(
        'INSERT INTO settings (key, value_json) VALUES (?, ?) ON CONFLICT(key) DO UPDATE SET value_json = excluded.value_json',
        [key, JSON.stringify(value)],
      );
    }
  });
  return readSettings(db);
}
