import type { ImportChoices } from '../../shared/check-in-import/import-plan';

/**
 * A Daylio export as large as a long-time user's, written for tests and the bench (no one's real
 * export): `entries` entries newest first, one to three a day, over `activities` distinct
 * activities (some with bracketed prefixes), the five default moods plus two of the person's own,
 * notes with quotes, line breaks and emoji. Deterministic: the same arguments give the same text.
 */
export function largeDaylioExport(entries: number, activities: number): string {
  let seed = 17;
  const next = () => {
    seed = (seed * 1103515245 + 12345) % 2147483648;
    return seed / 2147483648;
  };
  const moods = ['rad', 'good', 'meh', 'bad', 'awful', 'Not so good', ' Medium [-] '];
  const names = Array.from({ length: activities }, (_, index) =>
    index % 10 === 0 ? `[${index}] activity ${index}` : `activity ${index}`,
  );
  const notes = ['', '', '', 'Walked by the river.', 'Hard day; "just tired".', 'Line one\nline two 🌧️'];
  const lines = ['\uFEFFfull_date,date,weekday,time,mood,activities,note_title,note'];
  let day = Date.UTC(2026, 9, 31);
  for (let written = 0; written < entries;) {
    const today = new Date(day).toISOString().slice(0, 10);
    const perDay = 1 + Math.floor(next() * 3);
    for (let index = 0; index < perDay && written < entries; index++, written++) {
      const hour = 21 - index * 5;
      const minute = String(Math.floor(next() * 60)).padStart(2, '0');
      const time =
        next() < 0.5 ? `${hour}:${minute}` : `${hour > 12 ? hour - 12 : hour}:${minute} ${hour >= 12 ? 'pm' : 'am'}`;
      const picked = names.filter(() => next() < 4 / activities);
      const note = notes[Math.floor(next() * notes.length)]!.replace(/"/g, '""');
      lines.push(
        `${today},x,x,${time},${moods[Math.floor(next() * moods.length)]},"${picked.join(' | ')}","","${note}"`,
      );
    }
    day -= 86_400_000;
  }
  return lines.join('\n');
}

/** The current Daylio header, and one row of it with the given day, time, mood, activities, title and note. */
export const daylioHeader = 'full_date,date,weekday,time,mood,activities,note_title,note';
export const daylioRow = (date: string, time: string, mood: string, activities: string, title = '', note = '') =>
  `${date},x,x,${time},${mood},"${activities}","${title}","${note}"`;

/**
 * Two small exports of the same diary (written for tests): the later one, from April, overlaps
 * the one from March by two entries. 31 March 2024 01:30 is in the hour London's clocks skip.
 */
export const overlappingDaylioExports = {
  march: [
    daylioHeader,
    daylioRow('2024-03-31', '01:30', 'Not so good', 'tired | take a walk', 'Clocks', 'Lost an hour.'),
    daylioRow('2024-03-30', '22:10', 'good', 'take a walk | family'),
    daylioRow('2024-03-30', '08:00', 'meh', ''),
  ].join('\n'),
  marchAndApril: [
    daylioHeader,
    daylioRow('2024-04-02', '19:00', 'rad', 'family'),
    daylioRow('2024-03-31', '01:30', 'Not so good', 'tired | take a walk', 'Clocks', 'Lost an hour.'),
    daylioRow('2024-03-30', '22:10', 'good', 'take a walk | family'),
  ].join('\n'),
};

/** Choices for those exports: London, a value for the one label of the person's own, two activities chosen. */
export const overlappingExportChoices: ImportChoices = {
  timeZone: 'Europe/London',
  moods: { 'Not so good': 4 },
  activities: { tired: { treatment: 'note', entryId: null }, family: { treatment: 'coping', entryId: null } },
  defaultTreatment: 'measure',
};
