import * as fs from 'node:fs/promises';
import path from 'node:path';
import {
  defaultReminderPreferences,
  reminderPreferencesSchema,
  type ReminderPreferences,
} from '../../shared/reminders/reminder-preferences';
import { writeFileAtomically } from '../vault/atomic-write';

/** Beside the vault, unencrypted: reminder times and on/off switches only (docs/vault-format.md). */
export const preferencesFileName = 'preferences.json';

/**
 * Reads the reminder preferences; a missing or damaged file means the defaults (reminders off),
 * each field on its own, so one bad value never turns the others off.
 */
export async function readReminderPreferences(userDataDir: string): Promise<ReminderPreferences> {
  let stored: unknown;
  try {
    stored = JSON.parse(await fs.readFile(path.join(userDataDir, preferencesFileName), 'utf8'));
  } catch {
    return defaultReminderPreferences;
  }
  const record = typeof stored === 'object' && stored !== null ? (stored as Record<string, unknown>) : {};
  const merged: Record<string, unknown> = { ...defaultReminderPreferences };
  for (const key of Object.keys(defaultReminderPreferences) as (keyof ReminderPreferences)[]) {
    const parsed = reminderPreferencesSchema.shape[key].safeParse(record[key]);
    if (parsed.success) merged[key] = parsed.data;
  }
  return merged as ReminderPreferences;
}

/** Whether the file holds a value for `key` (a value from before that key existed is the default). */
export async function storedReminderPreference(userDataDir: string, key: keyof ReminderPreferences): Promise<boolean> {
  try {
    const stored: unknown = JSON.parse(await fs.readFile(path.join(userDataDir, preferencesFileName), 'utf8'));
    return typeof stored === 'object' && stored !== null && key in stored;
  } catch {
    return false;
  }
}

export async function writeReminderPreferences(userDataDir: string, preferences: ReminderPreferences): Promise<void> {
  await fs.mkdir(userDataDir, { recursive: true, mode: 0o700 });
  await writeFileAtomically(
    path.join(userDataDir, preferencesFileName),
    new TextEncoder().encode(`${JSON.stringify(preferences, null, 2)}\n`),
  );
}
