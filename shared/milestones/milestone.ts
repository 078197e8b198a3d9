import { z } from 'zod';
import { addMonths, daysBetween } from '../dates/calendar-date';
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
}

/** A reached milestone the home screen marked, with the note the person may have added. */
export interface MilestoneMark {
  markedAt: string;
  note: string;
}

/** An automatic milestone reached, with its key (start and title) and its mark once marked. */
export interface ReachedMilestone extends AutomaticMilestone {
  key: string;
  mark: MilestoneMark | null;
}

/** How long after it is reached a milestone is still marked on the home screen (so a week away is not missed). */
export const milestoneMarkWindowDays = 30;

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
  counts: RecoveryCount[];
  /** Reached automatic milestones, from the clean date if there is one, else the recovery start. */
  reached: ReachedMilestone[];
  /**
   * The latest milestone reached, while the home screen has not marked it yet and it is recent;
   * one reached while the app was closed shows at the next unlock.
   */
  toMark: ReachedMilestone | null;
  /** The next automatic milestone ahead, if any. */
  next: AutomaticMilestone | null;
  own: Milestone[];
  lapseDays: string[];
}

/**
 * The counters and milestones as of `today`. The recovery start is the date the person gave, or
 * the day they started their plan; a clean date, where given, gets its own count and sets the
 * automatic milestones. Dates after today count nothing yet.
 */
export function buildMilestonesView(input: {
  startDate: string | null;
  cleanDate: string | null;
  countedAs: string;
  planStartedOn: string | null;
  lapseDays: string[];
  own: Milestone[];
  marks: ReadonlyMap<string, MilestoneMark>;
  today: string;
}): MilestonesView {
  const { today, lapseDays } = input;
  const counts: RecoveryCount[] = [];
  const recoveryStart = input.startDate ?? input.planStartedOn;
  if (recoveryStart && recoveryStart <= today) {
    counts.push({
      kind: 'recovery',
      start: recoveryStart,
      counters: recoveryCounters(recoveryStart, lapseDays, today),
    });
  }
  if (input.cleanDate && input.cleanDate <= today) {
    counts.push({
      kind: 'clean',
      start: input.cleanDate,
      counters: recoveryCounters(input.cleanDate, lapseDays, today),
    });
  }
  const countFrom = input.cleanDate ?? recoveryStart;
  const all = countFrom ? automaticMilestones(countFrom, addYears(today, 1)) : [];
  const reached = all
    .filter((milestone) => milestone.date <= today)
    .map((milestone) => {
      const key = milestoneKey(countFrom!, milestone.title);
      return { ...milestone, key, mark: input.marks.get(key) ?? null };
    });
  const latest = reached.at(-1);
  const toMark = latest && !latest.mark && daysBetween(latest.date, today) <= milestoneMarkWindowDays ? latest : null;
  return {
    today,
    countedAs: input.countedAs.trim(),
    counts,
    reached,
    toMark,
    next: all.find((milestone) => milestone.date > today) ?? null,
    own: input.own,
    lapseDays,
  };
}

const addYears = (date: string, years: number) => addMonths(date, years * 12);

/** Names a milestone by what it counts from and its title, so a new clean date brings new milestones. */
export const milestoneKey = (countFrom: string, title: string) => `${countFrom} ${title}`;
