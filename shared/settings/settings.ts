import { z } from 'zod';

/** Idle times a person can choose, in minutes. A closed list keeps the Settings screen simple. */
export const autoLockMinuteChoices = [1, 2, 5, 10, 15, 30, 60] as const;

export const defaultAutoLockMinutes = 10;

export const settingsSchema = z.strictObject({
  autoLockMinutes: z
    .number()
    .int()
    .refine((minutes) => (autoLockMinuteChoices as readonly number[]).includes(minutes), {
      message: `Auto-lock must be one of ${autoLockMinuteChoices.join(', ')} minutes.`,
    }),
});

export type Settings = z.infer<typeof settingsSchema>;

export const defaultSettings: Settings = { autoLockMinutes: defaultAutoLockMinutes };
