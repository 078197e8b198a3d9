import { addDays, addMonths } from '../dates/calendar-date';
import type { ReviewCadence } from './plan-sections';

/** The review after one held on `reviewedOn`, or null when reviews are not scheduled. */
export function nextReviewAfter(reviewedOn: string, cadence: ReviewCadence): string | null {
  switch (cadence) {
    case 'weekly':
      return addDays(reviewedOn, 7);
    case 'every-2-weeks':
      return addDays(reviewedOn, 14);
    case 'monthly':
      return addMonths(reviewedOn, 1);
    case 'every-3-months':
      return addMonths(reviewedOn, 3);
    case 'none':
      return null;
  }
}
