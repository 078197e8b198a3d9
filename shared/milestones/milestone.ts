import { z } from 'zod';
import { addMonths } from '../dates/calendar-date';
import { calendarDate, entryId, requiredLineText } from '../plan/plan-text';
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

/** Everything the milestone views show, as of `today`. */
export interface MilestonesView {
  today: string;
  counts: RecoveryCount[];
  /** Reached automatic milestones, from the clean date if there is one, else the recovery start. */
  reached: AutomaticMilestone[];
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
  planStartedOn: string | null;
  lapseDays: string[];
  own: Milestone[];
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
  return {
    today,
    counts,
    reached: all.filter((milestone) => milestone.date <= today),
    next: all.find((milestone) => milestone.date > today) ?? null,
    own: input.own,
    lapseDays,
  };
}

const addYears = (date: string, years: number) => addMonths(date, years * 12);
