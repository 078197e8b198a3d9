import { open } from 'node:fs/promises';
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

/**
 * The largest export the reading limits allow, as text (written for the bench and tests): 50,000
 * entries, four a day from 1985, each with five of 1,000 activities (250,000 marks) and a note of
 * 199 characters (10 million characters of notes in all), the five default moods and one of the
 * person's own ("Not so good"). No line is skipped, and no entry is in the future.
 */
export function largestAllowedDaylioExport(): string {
  const moods = ['rad', 'good', 'meh', 'bad', 'awful', 'Not so good'];
  const lines = [daylioHeader];
  const note = 'Walked by the river, then called my sister; slept well. '.repeat(4).slice(0, 190);
  for (let entry = 0; entry < 50_000; entry++) {
    const activities = Array.from({ length: 5 }, (_, index) => `activity ${(entry * 7 + index * 200) % 1_000}`);
    lines.push(
      daylioRow(
        dayAfter('1985-01-01', Math.floor(entry / 4)),
        `${8 + (entry % 4) * 4}:${String(entry % 60).padStart(2, '0')}`,
        moods[entry % moods.length]!,
        activities.join(' | '),
        '',
        `${note} ${String(entry).padStart(8, '0')}`,
      ),
    );
  }
  return lines.join('\n');
}

/**
 * The files a red team sent as "Daylio exports" (written for the bench and tests, no one's diary),
 * each under the 50 MB a file may be: every row one character; 3.3 million distinct activity
 * names over 3,300 rows; one quoted note of 45 MB; and the most valid rows that fit.
 */
export const hostileDaylioExports = {
  oneCharacterRows: '25 million one-character rows',
  activityNames: '3.3 million activity names',
  quotedLine: 'one 45 MB quoted line',
  validRows: 'the most valid rows that fit in 50 MB',
} as const;
export type HostileDaylioExport = keyof typeof hostileDaylioExports;

const hostileBudget = 50 * 1024 * 1024;

/** The text of a hostile file, in pieces of about 1 MB, so neither it nor its writer needs 50 MB at once. */
function* hostileDaylioPieces(kind: HostileDaylioExport): Generator<string> {
  yield `${daylioHeader}\n`;
  if (kind === 'oneCharacterRows') {
    const piece = 'x\n'.repeat(500_000);
    for (let written = 0; written < 25_000_000; written += 500_000) yield piece;
  } else if (kind === 'activityNames') {
    for (let row = 0; row < 3_300; row++) {
      const names = Array.from({ length: 1_000 }, (_, index) => `a${String(row * 1_000 + index).padStart(7, '0')}`);
      yield `${daylioRow(dayAfter('2015-01-01', row), '10:00', 'rad', names.join('|'))}\n`;
    }
  } else if (kind === 'quotedLine') {
    yield '2024-01-01,x,x,10:00,rad,"","","';
    const piece = 'x'.repeat(1024 * 1024);
    for (let megabyte = 0; megabyte < 45; megabyte++) yield piece;
    yield '"\n';
  } else {
    // 26 bytes a row: a day, a minute of it and a default mood; no two rows the same entry.
    const rows = Math.floor((hostileBudget - daylioHeader.length - 1) / 26);
    const moods = ['rad', 'meh', 'bad'];
    let piece = '';
    for (let row = 0; row < rows; row++) {
      const minute = row % 1440;
      const time = `${String(Math.floor(minute / 60)).padStart(2, '0')}:${String(minute % 60).padStart(2, '0')}`;
      piece += `${dayAfter('2000-01-01', Math.floor(row / 1440))},,,${time},${moods[row % 3]},,,\n`;
      if (piece.length > 1_000_000) {
        yield piece;
        piece = '';
      }
    }
    yield piece;
  }
}

const dayAfter = (day: string, days: number) =>
  new Date(Date.parse(`${day}T00:00:00Z`) + days * 86_400_000).toISOString().slice(0, 10);

/** Writes a hostile file; answers its size in bytes (always under 50 MB). */
export async function writeHostileDaylioExport(kind: HostileDaylioExport, file: string): Promise<number> {
  const handle = await open(file, 'w');
  let bytes = 0;
  try {
    for (const piece of hostileDaylioPieces(kind)) bytes += (await handle.write(piece)).bytesWritten;
  } finally {
    await handle.close();
  }
  return bytes;
}
