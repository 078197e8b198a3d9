import { z } from 'zod';
import { addDays, addMonths, daysBetween } from '../dates/calendar-date';
import { calendarDate, entryId, noteText, requiredLineText } from '../plan/plan-text';
import {
  automaticMilestones,
  recoveryCounters,
  type AutomaticMilestone,
  type RecoveryCounters,
} from './recovery-counters';

/** A milestone a person records (or that a goal marked achieved records for them). */
export const milestoneFieldsSchema = z.strictObject({
  title: requiredLineText,
  date: calendarDate,
  /** The goal this milestone belongs to, if any. */
  goalId: entryId.nullable(),
});

export type MilestoneFields = z.infer<typeof milestoneFieldsSchema>;

export const milestoneSchema = milestoneFieldsSchema.extend({ id: entryId });
export type Milestone = z.infer<typeof milestoneSchema>;

/** A counted stretch of recovery: from the recovery start, or from the clean/sober date. */
export interface RecoveryCount {
  kind: 'recovery' | 'clean';
  start: string;
  counters: RecoveryCounters;
  /**
   * The day this count's days (and its milestones) run from: the start for the recovery count,
   * which a lapse never interrupts; for the clean count, the day after the last lapse, or the start.
   */
  runStart: string;
}

/** A reached milestone the home screen marked, with the note the person may have added. */
export interface MilestoneMark {
  markedAt: string;
  note: string;
}

/** An automatic milestone of one count ("1 week sober", "10 years in recovery"). */
export interface CountMilestone extends AutomaticMilestone {
  /** The count it belongs to; its title names what it counts. */
  count: RecoveryCount['kind'];
}

/** An automatic milestone reached, with its key (start and length) and its mark once marked. */
export interface ReachedMilestone extends CountMilestone {
  key: string;
  mark: MilestoneMark | null;
}

/**
 * How many days after the day it is reached a milestone still waits on Today to be marked: the day
 * itself and the 3 after (a weekend away does not miss it), or until I mark it "Done". Then it goes,
 * so a 1-week milestone never stands on Today three weeks later; it stays listed under Milestones.
 */
export const milestoneMarkWindowDays = 3;

export const markMilestoneSchema = z.strictObject({
  today: calendarDate,
  key: z.string().max(120),
  note: noteText,
});

/** Everything the milestone views show, as of `today`. */
export interface MilestonesView {
  today: string;
  /** The person's own word for what the clean date counts ("sober"), or empty. */
  countedAs: string;
  /** What the person calls a setback ("lapse", "flare-up", "bad spell"…): see `setbackWord`. */
  setbackWord: string;
  /** Each count once: the clean count, and the recovery count where it says something else. */
  counts: RecoveryCount[];
  /** Reached automatic milestones of every count shown, oldest first. */
  reached: ReachedMilestone[];
  /**
   * The latest milestone reached, while the home screen has not marked it yet and it is recent:
   * reached today or in the `milestoneMarkWindowDays` before (also while the app was closed).
   */
  toMark: ReachedMilestone | null;
  /** The next automatic milestone ahead, of any count shown. */
  next: CountMilestone | null;
  own: Milestone[];
  lapseDays: string[];
}

/**
 * The counters and milestones as of `today`. The recovery start is the date the person gave, or
 * the day they started their plan; a clean date, where given, gets its own count. Each count is
 * shown once and gets its own milestones: the clean count's run from the day after the last lapse
 * (a lapse starts its days again, and its milestones with them), the recovery count's from its
 * start. The recovery count is left out where it would only repeat the clean count (same day, no
 * lapse) or contradict it: a start the person did not give (the plan's first day), or one with no
 * day counted yet, never stands beside a clean count ("0 days in recovery" beside "92 days sober").
 * Dates after today count nothing yet.
 */
export function buildMilestonesView(input: {
  startDate: string | null;
  cleanDate: string | null;
  countedAs: string;
  setbackWord?: string;
  planStartedOn: string | null;
  lapseDays: string[];
  own: Milestone[];
  marks: ReadonlyMap<string, MilestoneMark>;
  today: string;
}): MilestonesView {
  const { today, lapseDays } = input;
  const countedAs = input.countedAs.trim();
  const countOf = (kind: RecoveryCount['kind'], start: string): RecoveryCount => {
    const counters = recoveryCounters(start, lapseDays, today);
    const lastLapse = lapseDays
      .filter((day) => day >= start && day <= today)
      .sort()
      .at(-1);
    return { kind, start, counters, runStart: kind === 'clean' && lastLapse ? addDays(lastLapse, 1) : start };
  };
  const clean = input.cleanDate && input.cleanDate <= today ? countOf('clean', input.cleanDate) : undefined;
  const recoveryStart = input.startDate ?? input.planStartedOn;
  const recovery = recoveryStart && recoveryStart <= today ? countOf('recovery', recoveryStart) : undefined;
  const recoveryShown =
    recovery &&
    (!clean ||
      (input.startDate !== null &&
        recovery.counters.totalDays > 0 &&
        !(recovery.start === clean.start && clean.counters.lapses === 0)));
  const counts = [...(recoveryShown ? [recovery] : []), ...(clean ? [clean] : [])];

  const word = (kind: RecoveryCount['kind']) =>
    kind === 'recovery' ? 'in recovery' : countedAs || 'since the day I count from';
  // A count's runs: the recovery count has one; the clean count one per stretch between lapses,
  // each ending on its lapse (the days before a lapse still count, and so do their milestones).
  const runsOf = (count: RecoveryCount): { from: string; until: string; current: boolean }[] => {
    if (count.kind === 'recovery') return [{ from: count.start, until: addYears(today, 1), current: true }];
    const lapses = [...new Set(lapseDays)].filter((day) => day >= count.start && day <= today).sort();
    const starts = [count.start, ...lapses.map((lapse) => addDays(lapse, 1))];
    return starts.map((from, index) => ({
      from,
      until: lapses[index] ?? addYears(today, 1),
      current: index === lapses.length,
    }));
  };
  const all = counts
    .flatMap((count) =>
      runsOf(count).flatMap((run) =>
        automaticMilestones(run.from, run.until).map((milestone) => ({
          title: `${milestone.title} ${word(count.kind)}`,
          date: milestone.date,
          count: count.kind,
          current: run.current,
          // The key keeps the plain length ("1 week"), as marks made before were keyed.
          key: milestoneKey(run.from, milestone.title),
        })),
      ),
    )
    .sort((a, b) => a.date.localeCompare(b.date) || (a.count === 'clean' ? -1 : 1));
  const reached = all
    .filter((milestone) => milestone.date <= today)
    .map(({ current, ...milestone }) => ({ ...milestone, current, mark: input.marks.get(milestone.key) ?? null }));
  // Only the runs going on now are marked: a milestone of a run a lapse has ended stays in the list.
  const unmarked = reached.filter(
    (milestone) =>
      milestone.current && !milestone.mark && daysBetween(milestone.date, today) <= milestoneMarkWindowDays,
  );
  const latestDate = unmarked.at(-1)?.date;
  const withoutRun = ({ current: _current, ...milestone }: ReachedMilestone & { current: boolean }) => milestone;
  const toMark =
    unmarked.find((milestone) => milestone.date === latestDate && milestone.count === 'clean') ?? unmarked.at(-1);
  const upcoming = all.find((milestone) => milestone.date > today);
  return {
    today,
    countedAs,
    setbackWord: input.setbackWord ?? 'lapse',
    counts,
    reached: reached.map(withoutRun),
    toMark: toMark ? withoutRun(toMark) : null,
    next: upcoming ? { title: upcoming.title, date: upcoming.date, count: upcoming.count } : null,
    own: input.own,
    lapseDays,
  };
}

const addYears = (date: string, years: number) => addMonths(date, years * 12);

/** Names a milestone by what it counts from and its title, so a new clean date brings new milestones. */
export const milestoneKey = (countFrom: string, title: string) => `${countFrom} ${title}`;
