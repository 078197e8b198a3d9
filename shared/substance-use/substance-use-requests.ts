import { z } from 'zod';
import { dayRangeSchema } from '../check-ins/check-in';
import { entryId } from '../plan/plan-text';
import type { StandardDrinkDefinition } from './standard-drinks';
import { substanceFieldsSchema, useDaySchema, type Substance, type UseDay } from './substance-use';

/** The most days the use of one request reads: a year and a bit, for the PDF's calendar. */
export const maxUseRangeDays = 400;

/** My substances and the use written from one day to another. */
export const substanceUseRangeSchema = dayRangeSchema;

export const addSubstanceSchema = substanceFieldsSchema;

export const editSubstanceSchema = z.strictObject({ id: entryId, fields: substanceFieldsSchema });

/**
 * The amounts of some days for one substance, from the month grid: a number writes the day (0 is
 * a day I did not use), null clears it back to "not written".
 */
export const setUseDaysSchema = z.strictObject({
  substanceId: entryId,
  days: z
    .array(useDaySchema.omit({ substanceId: true }).extend({ amount: useDaySchema.shape.amount.nullable() }))
    .min(1)
    .max(62),
});
export type SetUseDaysRequest = z.infer<typeof setUseDaysSchema>;

/** Everything the use screens show for a range of days, worked out in main. */
export interface SubstanceUseView {
  today: string;
  from: string;
  to: string;
  substances: Substance[];
  /** The days written in the range, by day. */
  use: UseDay[];
  /** What one standard drink is where I live (Settings), for alcohol amounts. */
  standardDrink: StandardDrinkDefinition;
}
