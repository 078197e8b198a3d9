import { instantAt, wallClockAt, wallClockTime } from '../../../shared/check-ins/check-in-day';
import { z } from 'zod';
import {
  checkInFieldsSchema,
  checkInInFutureMessage,
  dayOfCheckIn,
  isDatedInFuture,
  type CheckIn,
  type CheckInFields,
} from '../../../shared/check-ins/check-in';
import { isCalendarDate } from '../../../shared/dates/calendar-date';
import { calendarDate } from '../../../shared/plan/plan-text';
import type { TrackedMetric } from '../../../shared/metrics/custom-metric';
import { metricValueSchema } from '../../../shared/metrics/metric-key';
import { localTimeZone } from '../../lib/check-in-clock';
import { draftLike } from '../../lib/drafts-context';

/** The check-in form's state: what is on screen, as typed. */
export interface CheckInDraft {
  /** The calendar date and time on the clock where it is written (or was, for an edit). */
  date: string;
  time: string;
  timeZone: string;
  /** Null until the person chooses one: a mood is never filled in for them. */
  mood: number | null;
  /** As typed; empty means "not recorded". */
  values: Record<string, string>;
  copingIds: string[];
  triggerIds: string[];
  warningSignIds: string[];
  lapse: boolean;
  note: string;
  /** The person picked the date (a backfill, or changed the date or time): it counts for that date. */
  dayChosen: boolean;
}

const pad = (value: number) => String(value).padStart(2, '0');

/** A new check-in: now, here (or the evening of a day being filled in), with nothing chosen yet. */
export function newDraft(now: Date, date?: string): CheckInDraft {
  const timeZone = localTimeZone();
  const clock = wallClockAt(now, timeZone);
  return {
    date: date ?? `${clock.year}-${pad(clock.month)}-${pad(clock.day)}`,
    time: date ? '20:00' : wallClockTime(now, timeZone),
    timeZone,
    mood: null,
    values: {},
    copingIds: [],
    triggerIds: [],
    warningSignIds: [],
    lapse: false,
    note: '',
    dayChosen: date !== undefined,
  };
}

/** An existing check-in, shown on the clock of the zone it was written in. */
export function draftOf(checkIn: CheckIn): CheckInDraft {
  const clock = wallClockAt(new Date(checkIn.at), checkIn.timeZone);
  return {
    date: `${clock.year}-${pad(clock.month)}-${pad(clock.day)}`,
    time: `${pad(clock.hour)}:${pad(clock.minute)}`,
    timeZone: checkIn.timeZone,
    mood: checkIn.mood,
    values: Object.fromEntries(Object.entries(checkIn.values).map(([key, value]) => [key, String(value)])),
    copingIds: checkIn.copingIds,
    triggerIds: checkIn.triggerIds,
    warningSignIds: checkIn.warningSignIds,
    lapse: checkIn.lapse,
    note: checkIn.note,
    dayChosen: checkIn.dayChosen,
  };
}

export type DraftProblems = Partial<Record<'when' | string, string>>;

const timePattern = /^\d{2}:\d{2}$/;

/** What is wrong with the date and time, if anything (the same rules main holds a check-in to). */
function whenProblem(draft: CheckInDraft, exactMoment: Date | undefined, now: Date): string | undefined {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(draft.date) || !timePattern.test(draft.time)) {
    return 'Enter the date and time of this check-in.';
  }
  const date = calendarDate.safeParse(draft.date);
  if (!date.success) return date.error.issues[0]!.message;
  if (!exactMoment && isDatedInFuture(instantAt(draft.date, draft.time, draft.timeZone), now)) {
    return checkInInFutureMessage;
  }
  return undefined;
}

/**
 * The check-in form's schema: from the draft as typed to what main stores, with each problem at
 * its field (`mood`, `when` for the date and time, `values.<measure>`). The mood and each measure
 * are held to the shared schemas main checks them with. `exactMoment` keeps the real instant for a
 * check-in written now (the minute on screen drops the seconds).
 */
export function checkInDraftSchema(metrics: readonly TrackedMetric[], exactMoment?: Date, now = new Date()) {
  return z.custom<CheckInDraft>().transform((draft, context): CheckInFields => {
    const problem = (path: string[], message: string) => context.addIssue({ code: 'custom', path, message });
    const mood = checkInFieldsSchema.shape.mood.safeParse(draft.mood);
    if (!mood.success) problem(['mood'], mood.error.issues[0]!.message);
    const when = whenProblem(draft, exactMoment, now);
    if (when) problem(['when'], when);
    const values: Record<string, number> = {};
    for (const metric of metrics) {
      const typed = draft.values[metric.key]?.trim() ?? '';
      if (metric.key === 'mood' || typed === '') continue;
      const value = metricValueSchema(metric).safeParse(Number(typed));
      if (value.success) values[metric.key] = value.data;
      else problem(['values', metric.key], value.error.issues[0]!.message);
    }
    if (!mood.success || when || Object.keys(values).length < countTyped(draft, metrics)) return z.NEVER;
    const at = exactMoment ?? instantAt(draft.date, draft.time, draft.timeZone);
    return {
      at: at.toISOString(),
      timeZone: draft.timeZone,
      mood: mood.data,
      values,
      copingIds: draft.copingIds,
      triggerIds: draft.triggerIds,
      warningSignIds: draft.warningSignIds,
      lapse: draft.lapse,
      note: draft.note,
      dayChosen: draft.dayChosen,
    };
  });
}

/** How many measures have something typed in them (mood aside). */
function countTyped(draft: CheckInDraft, metrics: readonly TrackedMetric[]): number {
  return metrics.filter((metric) => metric.key !== 'mood' && (draft.values[metric.key]?.trim() ?? '') !== '').length;
}

/** The draft as main stores it, or what to fix, by field (a measure by its key). */
export function fieldsOfDraft(
  draft: CheckInDraft,
  metrics: readonly TrackedMetric[],
  exactMoment?: Date,
  now = new Date(),
): { fields: CheckInFields } | { problems: DraftProblems } {
  const checked = checkInDraftSchema(metrics, exactMoment, now).safeParse(draft);
  if (checked.success) return { fields: checked.data };
  return { problems: Object.fromEntries(checked.error.issues.map((issue) => [issue.path.at(-1), issue.message])) };
}

/** The check-in day the draft counts for, or undefined while the date or time is incomplete. */
export function draftDay(draft: CheckInDraft, boundaryMinutes: number): string | undefined {
  if (!isCalendarDate(draft.date) || !timePattern.test(draft.time)) return undefined;
  const at = instantAt(draft.date, draft.time, draft.timeZone).toISOString();
  return dayOfCheckIn({ at, timeZone: draft.timeZone, dayChosen: draft.dayChosen }, boundaryMinutes);
}

/** The one check-in draft main keeps: which form it belongs to and what was on screen. */
export interface KeptCheckIn {
  /** `new`, `fill` (a missed day) or `edit`; `target` is the day filled in or the check-in edited. */
  mode: 'new' | 'fill' | 'edit';
  target: string;
  draft: CheckInDraft;
}

/** A kept check-in draft, if it is one and belongs to the form being opened. */
export function keptCheckInFor(
  kept: Record<string, unknown> | undefined,
  mode: KeptCheckIn['mode'],
  target: string,
  blank: CheckInDraft,
): CheckInDraft | undefined {
  if (!kept || kept.mode !== mode || kept.target !== target) return undefined;
  const draft = draftLike(kept.draft, blank as unknown as Record<string, unknown>) as CheckInDraft | undefined;
  if (!draft) return undefined;
  const moodOk = draft.mood === null || (Number.isInteger(draft.mood) && draft.mood >= 0 && draft.mood <= 10);
  return moodOk ? draft : undefined;
}
