import { z } from 'zod';
import { instantAt } from '../check-ins/check-in-day';
import { timeZoneName } from '../check-ins/check-in';
import { entryId } from '../plan/plan-text';
import { defaultMoodValue, type DaylioEntry, type DaylioExport } from './daylio-export';

/**
 * What becomes of an activity: a yes/no measure (the default), a coping strategy or a trigger of
 * my plan, a line kept in the check-in's note, left out, or "took my medication": the doses of a
 * medication of my list.
 */
export const activityTreatments = ['measure', 'coping', 'trigger', 'note', 'skip', 'medication'] as const;
export type ActivityTreatment = (typeof activityTreatments)[number];

/** What every activity can become at once; a medication is chosen for one activity at a time. */
export const defaultActivityTreatments = ['measure', 'coping', 'trigger', 'note', 'skip'] as const;

const activityName = z.string().min(1).max(300);

/**
 * What one activity becomes. For a coping strategy or a trigger, `entryId` names the entry of my
 * plan it is, or null for a new one named after the activity. For a medication it names the
 * medication of my list: each day with the activity, that day's scheduled doses of it are written
 * as taken at their planned times (main checks the medication is in my list and taken at set times).
 */
export const activityChoiceSchema = z
  .strictObject({
    treatment: z.enum(activityTreatments),
    entryId: entryId.nullable(),
  })
  .refine((choice) => choice.treatment !== 'medication' || choice.entryId !== null, {
    message: 'Choose the medication this activity means.',
    path: ['entryId'],
  });
export type ActivityChoice = z.infer<typeof activityChoiceSchema>;

/** What the person decided in the preview; main checks it like every input. */
export const importChoicesSchema = z.strictObject({
  /** The IANA zone the entries were written in (default: this computer's). */
  timeZone: timeZoneName,
  /** A value from 0 to 10 for labels that are not Daylio's defaults (defaults may be overridden too). */
  moods: z
    .record(z.string().min(1).max(300), z.number().int().min(0).max(10))
    .refine((moods) => Object.keys(moods).length <= 1000, 'Too many mood labels.'),
  /** The choice for each activity by name; an activity not named gets `defaultTreatment`. */
  activities: z
    .record(activityName, activityChoiceSchema)
    .refine((activities) => Object.keys(activities).length <= 5000, 'Too many activities.'),
  defaultTreatment: z.enum(defaultActivityTreatments),
});
export type ImportChoices = z.infer<typeof importChoicesSchema>;

// One collator for every comparison: `localeCompare` with options builds one per call, and an
// import of 1,000 activities compares each new one with every measure made so far.
const activityNameOrder = new Intl.Collator(undefined, { sensitivity: 'accent' });

/** Two names for the same thing: an activity and a plan entry or measure, in any case. */
export const sameActivityName = (a: string, b: string): boolean => activityNameOrder.compare(a, b) === 0;

/** The treatment of an activity under the person's choices. */
export const treatmentOf = (activity: string, choices: ImportChoices): ActivityTreatment =>
  choices.activities[activity]?.treatment ?? choices.defaultTreatment;

/** One entry as it will be written: a check-in in all but its links to the plan, which main makes. */
export interface PlannedCheckIn {
  line: number;
  /** The moment (ISO), from the day and time written in `timeZone`. */
  at: string;
  timeZone: string;
  mood: number;
  /** The label as in the file, kept to recognise the entry in a later export. */
  moodLabel: string;
  /** Activities by what they become; `note` ones are already in `note`. */
  measures: string[];
  coping: string[];
  triggers: string[];
  /** Activities that mean I took a medication of my list. */
  medications: string[];
  note: string;
  /** The same instant, mood label and note as an entry already imported means the same entry. */
  sameAs: string;
}

export interface ImportPlan {
  checkIns: PlannedCheckIn[];
  /** Labels with no value yet: nothing is imported until each has one. */
  unmappedMoods: string[];
}

/** The value of a label: the person's choice, else Daylio's default for it; undefined when neither. */
export const moodValue = (label: string, choices: ImportChoices): number | undefined =>
  choices.moods[label] ?? defaultMoodValue(label);

/** The title, the note and the activities kept as words, as the check-in's note. */
function noteOf(entry: DaylioEntry, kept: readonly string[]): string {
  return [entry.noteTitle, entry.note, kept.length > 0 ? `Also: ${kept.join(', ')}.` : '']
    .filter((part) => part !== '')
    .join('\n\n');
}

/** The key that tells one entry from another across exports: its instant, mood label and note. */
export const entryKey = (at: string, moodLabel: string, note: string) => JSON.stringify([at, moodLabel, note]);

/** Labels with no value under these choices, most used first: nothing is imported while there are any. */
export function unmappedMoods(entries: readonly DaylioEntry[], choices: ImportChoices): string[] {
  const unmapped = new Map<string, number>();
  for (const entry of entries) {
    if (moodValue(entry.mood, choices) === undefined) unmapped.set(entry.mood, (unmapped.get(entry.mood) ?? 0) + 1);
  }
  return [...unmapped].sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0])).map(([label]) => label);
}

/** One entry as it will be written; its mood label must have a value. */
export function plannedCheckIn(entry: DaylioEntry, choices: ImportChoices): PlannedCheckIn {
  const by: Record<ActivityTreatment, string[]> = {
    measure: [],
    coping: [],
    trigger: [],
    note: [],
    skip: [],
    medication: [],
  };
  for (const activity of entry.activities) by[treatmentOf(activity, choices)].push(activity);
  const at = instantAt(entry.date, entry.time, choices.timeZone).toISOString();
  return {
    line: entry.line,
    at,
    timeZone: choices.timeZone,
    mood: moodValue(entry.mood, choices)!,
    moodLabel: entry.mood,
    measures: by.measure,
    coping: by.coping,
    triggers: by.trigger,
    medications: by.medication,
    note: noteOf(entry, by.note),
    sameAs: entryKey(at, entry.mood, `${entry.noteTitle}\n${entry.note}`),
  };
}

/**
 * The check-ins a read export becomes under the person's choices, oldest first. Nothing is
 * planned while a mood label has no value (`unmappedMoods` lists them, most used first).
 */
export function planImport(file: DaylioExport, choices: ImportChoices): ImportPlan {
  const unmapped = unmappedMoods(file.entries, choices);
  if (unmapped.length > 0) return { checkIns: [], unmappedMoods: unmapped };
  const checkIns = file.entries.map((entry) => plannedCheckIn(entry, choices));
  sortPlannedCheckIns(checkIns);
  return { checkIns, unmappedMoods: [] };
}

/** Oldest first, then in the file's order. The moments are ISO instants in UTC, so text order is time order. */
export function sortPlannedCheckIns(checkIns: PlannedCheckIn[]): void {
  checkIns.sort((a, b) => (a.at < b.at ? -1 : a.at > b.at ? 1 : a.line - b.line));
}
