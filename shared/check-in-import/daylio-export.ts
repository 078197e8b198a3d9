import { isCalendarDate } from '../dates/calendar-date';
import { CsvRowTooLong, eachCsvRow, type CsvRow } from './csv-rows';
import {
  limitText,
  maxImportActivities,
  maxImportActivityMarks,
  maxImportEntries,
  maxImportMoodLabels,
  maxImportNameChars,
  maxImportNoteChars,
  maxImportRowChars,
  maxImportSkippedLines,
} from './import-limits';

/** One Daylio entry as its export wrote it, with the line it starts on. */
export interface DaylioEntry {
  line: number;
  /** The day and the wall-clock time written (no zone: the person says where they were). */
  date: string;
  time: string;
  /** The mood's label with its spaces tidied; the person's own labels are kept as they wrote them. */
  mood: string;
  /** Activity names, their bracketed prefixes (`[253]`, `<c_e>`) and stray spaces taken off. */
  activities: string[];
  noteTitle: string;
  note: string;
}

/** A row that could not be read, and why, in words that name the line. */
export interface SkippedRow {
  line: number;
  reason: string;
}

export interface DaylioExport {
  /** `current` has `full_date`; `older` has a year column and dates like "June 22". */
  format: 'current' | 'older';
  entries: DaylioEntry[];
  skipped: SkippedRow[];
}

/** Why a whole file is refused: nothing in it is imported. */
export class ImportRefusal extends Error {
  override readonly name = 'ImportRefusal';
}

const headers = {
  current: ['full_date', 'date', 'weekday', 'time', 'mood', 'activities', 'note_title', 'note'],
  older: ['year', 'date', 'weekday', 'time', 'mood', 'activities', 'note'],
} as const;

const months = [
  'january',
  'february',
  'march',
  'april',
  'may',
  'june',
  'july',
  'august',
  'september',
  'october',
  'november',
  'december',
];

const tidy = (text: string) => text.replace(/\s+/g, ' ').trim();

/** Words from the file, as a reason quotes them: tidied, and cut short so a reason stays a line. */
function quoted(text: string): string {
  const words = tidy(text.length > 200 ? text.slice(0, 200) : text);
  return `“${words.length > 40 ? `${words.slice(0, 39)}…` : words}”`;
}

/** Whether `text` has more than `most` of `char` (stops counting there). */
function hasMoreThan(text: string, char: string, most: number): boolean {
  let found = 0;
  for (let at = text.indexOf(char); at !== -1; at = text.indexOf(char, at + 1)) {
    if (++found > most) return true;
  }
  return false;
}

/** "[253] take a walk" and "<c_e> tired" are "take a walk" and "tired". */
function activityName(raw: string): string {
  return tidy(raw.replace(/^\s*(?:\[[^\]]*\]|<[^>]*>)\s*/, ''));
}

/** "15:26", "9:05", "10:00 pm", "12:30 AM" as HH:MM on a 24-hour clock; null when it is none of those. */
export function daylioTime(raw: string): string | null {
  const match = /^(\d{1,2}):(\d{2})(?:\s*([ap])\.?\s*m\.?)?$/i.exec(raw.trim());
  if (!match) return null;
  let hour = Number(match[1]);
  const minute = Number(match[2]);
  const half = match[3]?.toLowerCase();
  if (minute > 59) return null;
  if (half) {
    if (hour < 1 || hour > 12) return null;
    hour = (hour % 12) + (half === 'p' ? 12 : 0);
  } else if (hour > 23) return null;
  return `${String(hour).padStart(2, '0')}:${String(minute).padStart(2, '0')}`;
}

/** An older export's "June 22" or "22 June" in `year`, as YYYY-MM-DD; null when it is not a real day. */
function olderDate(year: string, raw: string): string | null {
  const words = tidy(raw).toLowerCase().split(' ');
  if (words.length !== 2 || !/^\d{4}$/.test(year.trim())) return null;
  const monthFirst = months.indexOf(words[0]!);
  const monthIndex = monthFirst >= 0 ? monthFirst : months.indexOf(words[1]!);
  const day = monthFirst >= 0 ? words[1]! : words[0]!;
  if (monthIndex < 0 || !/^\d{1,2}$/.test(day)) return null;
  const date = `${year.trim()}-${String(monthIndex + 1).padStart(2, '0')}-${day.padStart(2, '0')}`;
  return isCalendarDate(date) ? date : null;
}

function headerFormat(fields: readonly string[]): DaylioExport['format'] | null {
  const names = fields.map((field) => tidy(field).toLowerCase());
  for (const format of ['current', 'older'] as const) {
    const wanted = headers[format];
    if (names.length >= wanted.length && wanted.every((name, index) => names[index] === name)) return format;
  }
  return null;
}

/**
 * A Daylio CSV export, read: both header formats, a byte-order mark, 12- and 24-hour times,
 * quoted notes over several lines, activities split on `|`. A file that is not a Daylio export
 * is refused whole (`ImportRefusal`), and so is one past a limit of `import-limits.ts`; a row that
 * cannot be read is skipped with its line and why. Reading stops at the first limit passed.
 */
export function readDaylioExport(text: string): DaylioExport {
  if (!/\S/.test(text)) throw new ImportRefusal('The file is empty: there is nothing to bring in.');
  if (text.includes('\u0000') || hasMoreThan(text, '\uFFFD', 16)) {
    throw new ImportRefusal('This is not a text file, so it cannot be a Daylio export (a CSV file).');
  }
  try {
    return readDaylioRows(eachCsvRow(text, maxImportRowChars));
  } catch (error) {
    if (error instanceof CsvRowTooLong) {
      throw new ImportRefusal(
        `Line ${error.line} is longer than ${limitText(maxImportRowChars)} characters; a Daylio entry is far shorter, so Waypoint does not bring this file in.`,
      );
    }
    throw error;
  }
}

const notBroughtIn = 'so Waypoint does not bring it in.';

/**
 * `readDaylioExport` from rows already split (the first is the header). Rows are taken one at a
 * time and the limits checked as each is read, so a refused file costs what was read up to the
 * limit: never more than `maxImportEntries` + 1 rows are taken.
 */
export function readDaylioRows(rows: Iterable<CsvRow>): DaylioExport {
  let format: DaylioExport['format'] | undefined;
  let columns = 0;
  let rowsRead = 0;
  let activityMarks = 0;
  let noteChars = 0;
  const entries: DaylioEntry[] = [];
  const skipped: SkippedRow[] = [];
  const moods = new Set<string>();
  const activityNames = new Set<string>();
  const skip = (line: number, reason: string) => {
    skipped.push({ line, reason });
    if (skipped.length > maxImportSkippedLines) {
      throw new ImportRefusal(
        `More than ${limitText(maxImportSkippedLines)} lines of this file cannot be read as Daylio entries; a Daylio export has few if any, ${notBroughtIn}`,
      );
    }
  };
  const tooLong = (line: number, what: string) =>
    new ImportRefusal(
      `Line ${line} has ${what} longer than ${limitText(maxImportNameChars)} characters; Daylio's are far shorter, so Waypoint does not bring this file in.`,
    );
  for (const { line, fields } of rows) {
    if (format === undefined) {
      const found = headerFormat(fields);
      if (!found) {
        throw new ImportRefusal(
          `Line 1 is not the header of a Daylio export. It should start with “${headers.current.join(',')}” (or, from older versions, “${headers.older.join(',')}”).`,
        );
      }
      format = found;
      columns = headers[format].length;
      continue;
    }
    if (++rowsRead > maxImportEntries) {
      throw new ImportRefusal(
        `This file has more than ${limitText(maxImportEntries)} entries; a Daylio diary has far fewer, ${notBroughtIn}`,
      );
    }
    if (fields.length < columns) {
      skip(line, `Line ${line} has ${fields.length} columns; a Daylio entry has ${columns}.`);
      continue;
    }
    const date =
      format === 'current'
        ? isCalendarDate(fields[0]!.trim())
          ? fields[0]!.trim()
          : null
        : olderDate(fields[0]!, fields[1]!);
    if (!date) {
      const written = format === 'current' ? fields[0]! : `${fields[1]!} ${fields[0]!}`;
      skip(line, `Line ${line}: ${quoted(written)} is not a date.`);
      continue;
    }
    const time = daylioTime(fields[3]!);
    if (!time) {
      skip(line, `Line ${line}: ${quoted(fields[3]!)} is not a time of day.`);
      continue;
    }
    const mood = tidy(fields[4]!);
    if (!mood) {
      skip(line, `Line ${line} has no mood.`);
      continue;
    }
    if (mood.length > maxImportNameChars) throw tooLong(line, 'a mood');
    moods.add(mood);
    if (moods.size > maxImportMoodLabels) {
      throw new ImportRefusal(
        `This file has more than ${limitText(maxImportMoodLabels)} different moods; a Daylio diary has far fewer, ${notBroughtIn}`,
      );
    }
    const activities = [
      ...new Set(
        fields[5]!
          .split('|')
          .map(activityName)
          .filter((name) => name !== ''),
      ),
    ];
    for (const name of activities) {
      if (name.length > maxImportNameChars) throw tooLong(line, 'an activity');
      activityNames.add(name);
    }
    if (activityNames.size > maxImportActivities) {
      throw new ImportRefusal(
        `This file has more than ${limitText(maxImportActivities)} different activities; a Daylio diary has far fewer, ${notBroughtIn}`,
      );
    }
    activityMarks += activities.length;
    if (activityMarks > maxImportActivityMarks) {
      throw new ImportRefusal(
        `This file's entries mark more than ${limitText(maxImportActivityMarks)} activities in all; a Daylio diary marks far fewer, ${notBroughtIn}`,
      );
    }
    const noteTitle = format === 'current' ? fields[6]!.trim() : '';
    const note = (format === 'current' ? fields[7]! : fields[6]!).replace(/\r\n?/g, '\n').trim();
    noteChars += noteTitle.length + note.length;
    if (noteChars > maxImportNoteChars) {
      throw new ImportRefusal(
        `This file's notes hold more than ${limitText(maxImportNoteChars)} characters in all; a Daylio diary holds far fewer, ${notBroughtIn}`,
      );
    }
    entries.push({ line, date, time, mood, activities, noteTitle, note });
  }
  if (format === undefined) throw new ImportRefusal('The file is empty: there is nothing to bring in.');
  return { format, entries, skipped };
}

/**
 * Daylio's five default moods on Waypoint's 0–10 scale, mapped without asking: five evenly spaced
 * steps two points apart, "meh" in the middle, and the ends a point in from 0 and 10, since
 * Daylio's scale has no word for the very worst or very best day.
 */
export const daylioDefaultMoods: Readonly<Record<string, number>> = { awful: 1, bad: 3, meh: 5, good: 7, rad: 9 };

/** The value for a label when it is one of Daylio's defaults (any case); undefined otherwise. */
export const defaultMoodValue = (label: string): number | undefined => daylioDefaultMoods[tidy(label).toLowerCase()];

/**
 * A proposed value for each of `count` labels ordered from worst to best: spread evenly from 1
 * to 9, as the defaults are. The person adjusts them before anything is imported.
 */
export function proposedSpread(count: number): number[] {
  if (count <= 0) return [];
  if (count === 1) return [5];
  return Array.from({ length: count }, (_, index) => Math.round(1 + (8 * index) / (count - 1)));
}
