import { z } from 'zod';
import { settingsSchema, type Settings } from '../../../shared/settings/settings';
import { calendarDate } from '../../../shared/plan/plan-text';
import { readSettings, writeSettings } from '../../settings/settings-repository';
import { exportSection } from '../export-section';

/**
 * Settings that older Waypoints exported and that have since moved or merged. Their exports must
 * still import: each is read here and translated, never written under its old name.
 */
const retiredSettings = {
  /**
   * Moved to preferences.json beside the vault (so it works while locked). An import never turns it
   * on: which plaintext the lock screen shows is a choice made on this laptop, in Settings.
   */
  safetyPlanOnLockScreen: z.boolean().optional(),
  /** One dismissal per stage, before warning signs were judged across stages: the later one counts. */
  warningCardsDismissed: z
    .strictObject({ early: calendarDate.nullable(), worsening: calendarDate.nullable() })
    .optional(),
};

const settingsSectionSchema = settingsSchema
  .partial()
  .extend(retiredSettings)
  .transform(({ safetyPlanOnLockScreen: _device, warningCardsDismissed, ...settings }): Partial<Settings> => {
    if (!warningCardsDismissed || settings.warningCardDismissedOn !== undefined) return settings;
    const days = [warningCardsDismissed.early, warningCardsDismissed.worsening].filter((day) => day !== null);
    return { ...settings, warningCardDismissedOn: days.sort().at(-1) ?? null };
  });

export const settingsExportSection = exportSection<Partial<Settings>>({
  key: 'settings',
  // An export from an older Waypoint lacks settings added since (paperSize): they take their defaults.
  schema: settingsSectionSchema,
  read: readSettings,
  write: (db, value) => void writeSettings(db, value),
});
