import type { MilestonesView, RecoveryCount } from '../../shared/milestones/milestone';
import { addDays } from '../../shared/dates/calendar-date';
import { elapsedParts } from '../../shared/milestones/recovery-counters';
import { formatDate } from './format-date';
import { plural } from './plural';

/** "92 days sober (3 months, 1 day)": the days, what they count, and the calendar length once past a month. */
export function daysInWords(from: string, to: string, days: number, counted: string): string {
  const parts = elapsedParts(from, to);
  const headline = `${plural(days, 'day')} ${counted}`;
  if (parts.years === 0 && parts.months === 0) return headline;
  const spelled = [
    parts.years > 0 ? plural(parts.years, 'year') : '',
    parts.months > 0 ? plural(parts.months, 'month') : '',
    parts.days > 0 ? plural(parts.days, 'day') : '',
  ].filter(Boolean);
  return `${headline} (${spelled.join(', ')})`;
}

export interface CountInWords {
  kind: RecoveryCount['kind'];
  headline: string;
  details: string[];
}

/**
 * Each count once, in the person's words (`buildMilestonesView` decides which counts are shown).
 * The clean count is the days since the last lapse (what "90 days sober" means); the days before a
 * lapse are said to still count, never taken away. The recovery count goes on through lapses. Only
 * one count speaks of runs, so no two figures can read as a contradiction.
 */
export function countsInWords(view: Pick<MilestonesView, 'counts' | 'countedAs' | 'lapseDays'>): CountInWords[] {
  const runsOn = view.counts.some((count) => count.kind === 'clean') ? 'clean' : 'recovery';
  return view.counts.map((count) => {
    const { counters } = count;
    const today = addDays(count.start, counters.totalDays);
    const lastLapse = view.lapseDays.filter((day) => day >= count.start && day <= today).at(-1);
    if (count.kind === 'clean') {
      const word = view.countedAs || 'since the day I count from';
      const details = lastLapse
        ? [
            `Counting from ${formatDate(count.runStart)}, the day after my last lapse. My longest run: ${plural(counters.longestRun, 'day')}.`,
            `Since the day I count from, ${formatDate(count.start)}: ${plural(counters.totalDays, 'day')}. A lapse does not erase the days before it; they still count.`,
          ]
        : [`Since ${formatDate(count.start)}, the day I count from, with no lapse noted.`];
      return { kind: count.kind, headline: daysInWords(count.runStart, today, counters.currentRun, word), details };
    }
    const details =
      runsOn === 'recovery' && lastLapse
        ? [
            `My current run: ${plural(counters.currentRun, 'day')} since my last lapse on ${formatDate(lastLapse)}. Longest run: ${plural(counters.longestRun, 'day')}.`,
            'A lapse does not erase the days before it; they still count.',
          ]
        : [`Since ${formatDate(count.start)}.`];
    return {
      kind: count.kind,
      headline: daysInWords(count.start, today, counters.totalDays, 'in recovery'),
      details,
    };
  });
}
