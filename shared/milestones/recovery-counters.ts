import { addDays, addMonths, daysBetween } from '../dates/calendar-date';

export interface RecoveryCounters {
  /** Days since the recovery (or clean) start; a lapse never takes these away. */
  totalDays: number;
  /** Days since the start, or since the day after the last lapse. */
  currentRun: number;
  /** The longest stretch without a lapse, the current one included. */
  longestRun: number;
  /** Null when there has been no lapse since the start. */
  daysSinceLastLapse: number | null;
  lapses: number;
}

/**
 * Counts a recovery from its start date and the days a lapse was logged. Days are calendar days
 * (YYYY-MM-DD); lapses before the start are ignored, several on one day count once.
 */
export function recoveryCounters(start: string, lapseDays: readonly string[], today: string): RecoveryCounters {
  const lapses = [...new Set(lapseDays)].filter((day) => day >= start && day <= today).sort();
  let runStart = start;
  let longestRun = 0;
  for (const lapse of lapses) {
    longestRun = Math.max(longestRun, daysBetween(runStart, lapse));
    runStart = addDays(lapse, 1);
  }
  const currentRun = Math.max(0, daysBetween(runStart, today));
  const last = lapses.at(-1);
  return {
    totalDays: Math.max(0, daysBetween(start, today)),
    currentRun,
    longestRun: Math.max(longestRun, currentRun),
    daysSinceLastLapse: last === undefined ? null : daysBetween(last, today),
    lapses: lapses.length,
  };
}

/** Whole years, months and days from `start` to `today`, by the calendar (3 months, 2 days). */
export function elapsedParts(start: string, today: string): { years: number; months: number; days: number } {
  let months = 0;
  while (addMonths(start, months + 1) <= today) months++;
  return { years: Math.floor(months / 12), months: months % 12, days: daysBetween(addMonths(start, months), today) };
}

export interface AutomaticMilestone {
  /** "1 week", "30 days", "6 months", "1 year", "2 years" ... */
  title: string;
  date: string;
}

/** The automatic milestones counted from `start`, up to and including `until`. */
export function automaticMilestones(start: string, until: string): AutomaticMilestone[] {
  const byDays = [
    { title: '1 week', days: 7 },
    { title: '30 days', days: 30 },
    { title: '60 days', days: 60 },
    { title: '90 days', days: 90 },
  ].map(({ title, days }) => ({ title, date: addDays(start, days) }));
  const milestones = [...byDays, { title: '6 months', date: addMonths(start, 6) }];
  for (let year = 1; ; year++) {
    const date = addMonths(start, 12 * year);
    if (date > until) break;
    milestones.push({ title: year === 1 ? '1 year' : `${year} years`, date });
  }
  return milestones.filter((milestone) => milestone.date <= until);
}
