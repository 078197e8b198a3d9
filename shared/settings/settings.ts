import { defaultDayBoundaryMinutes } from '../check-ins/check-in-day';
import { z } from 'zod';
import { metricKey } from '../metrics/metric-key';
import { paperSizes } from '../pdf-export/report-choices';
import { rememberedRangeSchema } from '../progress/progress-range';
import { calendarDate } from '../plan/plan-text';
import { standardDrinkCountries } from '../substance-use/standard-drinks';

/** Idle times a person can choose, in minutes. A closed list keeps the Settings screen simple. */
export const autoLockMinuteChoices = [1, 2, 5, 10, 15, 30, 60] as const;

export const defaultAutoLockMinutes = 10;

/** When a new check-in day starts, in minutes after midnight (00:00 to 06:00, by the hour). */
export const dayBoundaryChoices = [0, 60, 120, 180, 240, 300, 360] as const;

export const settingsSchema = z.strictObject({
  autoLockMinutes: z
    .number()
    .int()
    .refine((minutes) => (autoLockMinuteChoices as readonly number[]).includes(minutes), {
      message: `Auto-lock must be one of ${autoLockMinuteChoices.join(', ')} minutes.`,
    }),
  dayBoundaryMinutes: z
    .number()
    .int()
    .refine((minutes) => (dayBoundaryChoices as readonly number[]).includes(minutes), {
      message: 'The day can start on the hour, from midnight to 06:00.',
    }),
  /** The paper the last PDF was made for, offered again next time. */
  paperSize: z.enum(paperSizes),
  /**
   * The day the person last dismissed Today's card for recurring warning signs: it comes back only
   * when signs recur again after that day.
   */
  warningCardDismissedOn: calendarDate.nullable(),
  /**
   * The day the person last dismissed Today's follow-up after a crisis-stage sign: it comes back
   * only after a later check-in with one.
   */
  crisisFollowUpDismissedOn: calendarDate.nullable(),
  /**
   * The sex whose published threshold applies to a questionnaire that has one per sex (AUDIT-C), or
   * 'unstated' when the person chose not to say; null until asked. Without one the lower threshold
   * applies.
   */
  thresholdSex: z.enum(['female', 'male', 'unstated']).nullable(),
  /** The person said "Not now" to the questionnaires suggested for their plan: they are not offered again. */
  questionnaireSuggestionsDismissed: z.boolean(),
  /** Whose standard drink alcohol is counted in (a country, or the WHO's 10 g). */
  standardDrinkCountry: z.enum(standardDrinkCountries),
  /** The range Progress shows, as I last chose it; null until I choose (it then fits my check-ins). */
  progressRange: rememberedRangeSchema.nullable(),
  /** The measure Progress charts, as I last chose it; null until I choose (mood). */
  progressMeasure: metricKey.nullable(),
});

export type Settings = z.infer<typeof settingsSchema>;

export const defaultSettings: Settings = {
  autoLockMinutes: defaultAutoLockMinutes,
  dayBoundaryMinutes: defaultDayBoundaryMinutes,
  paperSize: 'a4',
  warningCardDismissedOn: null,
  crisisFollowUpDismissedOn: null,
  thresholdSex: null,
  questionnaireSuggestionsDismissed: false,
  standardDrinkCountry: 'WHO',
  progressRange: null,
  progressMeasure: null,
};
