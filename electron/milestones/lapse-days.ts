import { readCheckInLapseDays } from '../check-ins/check-in-repository';
import type { ReadableDatabase } from '../database/sqlite';
import { readUseLapseDays } from '../substance-use/substance-use-repository';

/**
 * Every day that was a lapse, oldest first, once each: a day a check-in said so, or a day my use
 * of a substance went against my goal for it (any use of one I am free of; over the limit of one I
 * am cutting down). The counters, milestones, charts and PDF all count these.
 */
export function readLapseDays(db: ReadableDatabase): string[] {
  return [...new Set([...readCheckInLapseDays(db), ...readUseLapseDays(db)])].sort();
}
