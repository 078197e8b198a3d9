import { instantAt } from '../check-ins/check-in-day';
import { defaultMoodValue, type DaylioEntry, type DaylioExport } from './daylio-export';

/**
 * What becomes of an activity: a yes/no measure (the default), a coping strategy or a trigger of
 * my plan, a line kept in the check-in's note, or left out.
 */
export const activityTreatments = ['measure', 'coping', 'trigger', 'note', 'skip'] as const;
export type ActivityTreatment = (typeof activityTreatments)[number];

/** What the person decided in the preview. */
export interface ImportChoices {
  /** The IANA zone the entries were written in (default: this computer's). */
  timeZone: string;
  /** A value from 0 to 10 for labels that are not Daylio's defaults (defaults may be overridden too). */
  moods: Readonly<Record<string, number>>;
  /** The treatment of each activity by name; an activity not named gets `defaultTreatment`. */
  activities: Readonly<Record<string, ActivityTreatment>>;
  defaultTreatment: ActivityTreatment;
}

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
const moodValue = (label: string, choices: ImportChoices): number | undefined =>
  choices.moods[label] ?? defaultMoodValue(label);

/** The title, the note and the activities kept as words, as the check-in's note. */
function noteOf(entry: DaylioEntry, kept: readonly string[]): string {
  return [entry.noteTitle, entry.note, kept.length > 0 ? `Also: ${kept.join(', ')}.` : '']
    .filter((part) => part !== '')
    .join('\n\n');
}

/** The key that tells one entry from another across exports: its instant, mood label and note. */
export const entryKey = (at: string, moodLabel: string, note: string) => JSON.stringify([at, moodLabel, note]);

/**
 * The check-ins a read export becomes under the person's choices, oldest first. Nothing is
 * planned while a mood label has no value (`unmappedMoods` lists them, most used first).
 */
export function planImport(file: DaylioExport, choices: ImportChoices): ImportPlan {
  const unmapped = new Map<string, number>();
  for (const entry of file.entries) {
    if (moodValue(entry.mood, choices) === undefined) unmapped.set(entry.mood, (unmapped.get(entry.mood) ?? 0) + 1);
  }
  if (unmapped.size > 0) {
    return {
      checkIns: [],
      unmappedMoods: [...unmapped].sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0])).map(([label]) => label),
    };
  }
  const checkIns = file.entries.map((entry): PlannedCheckIn => {
    const by: Record<ActivityTreatment, string[]> = { measure: [], coping: [], trigger: [], note: [], skip: [] };
    for (const activity of entry.activities)
      by[choices.activities[activity] ?? choices.defaultTreatment].push(activity);
    const at = instantAt(entry.date, entry.time, choices.timeZone).toISOString();
    const note = noteOf(entry, by.note);
    return {
      line: entry.line,
      at,
      timeZone: choices.timeZone,
      mood: moodValue(entry.mood, choices)!,
      moodLabel: entry.mood,
      measures: by.measure,
      coping: by.coping,
      triggers: by.trigger,
      note,
      sameAs: entryKey(at, entry.mood, `${entry.noteTitle}\n${entry.note}`),
    };
  });
  checkIns.sort((a, b) => a.at.localeCompare(b.at) || a.line - b.line);
  return { checkIns, unmappedMoods: [] };
}
