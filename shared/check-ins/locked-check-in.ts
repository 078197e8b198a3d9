import { z } from 'zod';
import { lineText } from '../plan/plan-text';
import { checkInFieldsSchema, instantText, timeZoneName } from './check-in';

/**
 * Check-ins written while Waypoint is locked (opt-in): sealed at once to a public key whose private
 * half is in the vault, kept beside the vault until the next unlock, where I keep or discard each.
 */

/** How many can wait for the next unlock: enough for a long weekend away from the passphrase. */
export const maxLockedCheckIns = 30;

/** The largest sealed line the file holds: a check-in of a mood and one line is far smaller. */
export const maxSealedLineLength = 4096;

/** What the lock screen sends: a mood and one line, where I am. Main stamps the moment. */
export const lockedCheckInFieldsSchema = z.strictObject({
  mood: checkInFieldsSchema.shape.mood,
  note: lineText,
  timeZone: timeZoneName,
});
export type LockedCheckInFields = z.infer<typeof lockedCheckInFieldsSchema>;

/** What is sealed: the fields, an id that can be kept only once, and when main received them. */
export const lockedEntrySchema = lockedCheckInFieldsSchema.extend({
  version: z.literal(1),
  id: z.string().regex(/^[0-9a-f]{32}$/, 'An entry id is 32 hexadecimal digits.'),
  writtenAt: instantText,
});
export type LockedEntry = z.infer<typeof lockedEntrySchema>;

/** For the lock screen: whether I can check in without unlocking, and how many are waiting. */
export interface LockedCheckInStatus {
  /** The choice is on and the key beside the vault is there to seal to. */
  available: boolean;
  waiting: number;
  max: number;
}

/** One check-in written while locked, opened at the unlock, for me to keep or discard. */
export interface PendingLockedCheckIn {
  id: string;
  writtenAt: string;
  timeZone: string;
  /** The day it counts for if kept: the same day rule as every check-in. */
  day: string;
  mood: number;
  note: string;
}

/** After an unlock: what waits for my decision, and what Waypoint noticed about the files. */
export interface LockedCheckInReview {
  pending: PendingLockedCheckIn[];
  /** Calm sentences: entries refused and why, a key beside the vault that had been changed. */
  notices: string[];
}
