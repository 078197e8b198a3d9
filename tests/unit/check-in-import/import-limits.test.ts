import { describe, expect, it } from 'vitest';
import { CsvRowTooLong, eachCsvRow, type CsvRow } from '../../../shared/check-in-import/csv-rows';
import {
  ImportRefusal,
  readDaylioExport,
  readDaylioRows,
  type DaylioExport,
} from '../../../shared/check-in-import/daylio-export';
import {
  maxImportActivities,
  maxImportActivityMarks,
  maxImportEntries,
  maxImportMoodLabels,
  maxImportNameChars,
  maxImportNoteChars,
  maxImportPreviewChars,
  maxImportRowChars,
  maxImportSkippedLines,
} from '../../../shared/check-in-import/import-limits';
import { previewImport } from '../../../shared/check-in-import/import-preview';
import { daylioHeader } from '../../support/daylio-fixture';

/** Why reading was refused, or 'read'. */
function refusalOf(read: () => unknown): string {
  try {
    read();
    return 'read';
  } catch (error) {
    return error instanceof ImportRefusal ? error.message : `other: ${String(error)}`;
  }
}

const dayOf = (index: number) => new Date(Date.UTC(1990, 0, 1) + index * 86_400_000).toISOString().slice(0, 10);

/** The fields of a readable entry: its own day, and what `fields` sets. */
const entry = (index: number, fields: { mood?: string; activities?: string; note?: string } = {}): string[] => [
  dayOf(index),
  'x',
  'x',
  '10:00',
  fields.mood ?? 'good',
  fields.activities ?? '',
  '',
  fields.note ?? '',
];

/**
 * A header, then `count` rows made as the reader asks for them, counting how many it took: a
 * reader that stops at a limit takes no more than the rows up to it, however many there are.
 */
function countedRows(count: number, row: (index: number) => string[]) {
  const taken = { rows: 0 };
  function* rows(): Generator<CsvRow> {
    taken.rows++;
    yield { line: 1, fields: daylioHeader.split(',') };
    for (let index = 0; index < count; index++) {
      taken.rows++;
      yield { line: index + 2, fields: row(index) };
    }
  }
  return { rows: rows(), taken };
}

describe('the limits of an import, each refused with its reason, reading no further than the limit', () => {
  it('refuses more than 50,000 entries, having taken no more than the 50,001st of 25 million rows', () => {
    const { rows, taken } = countedRows(25_000_000, (index) => entry(index));
    expect(refusalOf(() => readDaylioRows(rows))).toBe(
      'This file has more than 50,000 entries; a Daylio diary has far fewer, so Waypoint does not bring it in.',
    );
    expect(taken.rows).toBe(1 + maxImportEntries + 1);
    // Exactly at the limit, the file is read.
    const atLimit = countedRows(maxImportEntries, (index) => entry(index));
    expect(readDaylioRows(atLimit.rows).entries).toHaveLength(maxImportEntries);
  });

  it('refuses 25 million one-character rows at the 1,001st line it cannot read, not after listing them all', () => {
    const { rows, taken } = countedRows(25_000_000, () => ['x']);
    const reason = `More than ${maxImportSkippedLines.toLocaleString('en')} lines of this file cannot be read as Daylio entries; a Daylio export has few if any, so Waypoint does not bring it in.`;
    expect(refusalOf(() => readDaylioRows(rows))).toBe(reason);
    expect(taken.rows).toBe(1 + maxImportSkippedLines + 1);
    // The same as text (48 MB): refused with the same reason.
    expect(refusalOf(() => readDaylioExport(`${daylioHeader}\n${'x\n'.repeat(25_000_000)}`))).toBe(reason);
  });

  it('refuses more than 100 different moods, and a mood longer than 300 characters', () => {
    const { rows, taken } = countedRows(10_000, (index) => entry(index, { mood: `mood ${index}` }));
    expect(refusalOf(() => readDaylioRows(rows))).toBe(
      'This file has more than 100 different moods; a Daylio diary has far fewer, so Waypoint does not bring it in.',
    );
    expect(taken.rows).toBe(1 + maxImportMoodLabels + 1);
    const long = countedRows(3, (index) => entry(index, { mood: 'm'.repeat(maxImportNameChars + 1) }));
    expect(refusalOf(() => readDaylioRows(long.rows))).toBe(
      "Line 2 has a mood longer than 300 characters; Daylio's are far shorter, so Waypoint does not bring this file in.",
    );
  });

  it('refuses 3.3 million activity names at the 1,001st different one, and an activity longer than 300 characters', () => {
    // 3,300 rows of 1,000 different names each, as the red team's file had them.
    const names = (row: number) =>
      Array.from({ length: 1_000 }, (_, index) => `a${String(row * 1_000 + index).padStart(7, '0')}`).join('|');
    const { rows, taken } = countedRows(3_300, (index) => entry(index, { activities: names(index) }));
    expect(refusalOf(() => readDaylioRows(rows))).toBe(
      'This file has more than 1,000 different activities; a Daylio diary has far fewer, so Waypoint does not bring it in.',
    );
    expect(taken.rows).toBe(1 + Math.ceil((maxImportActivities + 1) / 1_000));
    const long = countedRows(3, (index) =>
      entry(index, { activities: `walk | ${'w'.repeat(maxImportNameChars + 1)}` }),
    );
    expect(refusalOf(() => readDaylioRows(long.rows))).toBe(
      "Line 2 has an activity longer than 300 characters; Daylio's are far shorter, so Waypoint does not bring this file in.",
    );
  });

  it('refuses entries that mark more than 250,000 activities in all', () => {
    // Six of 100 activities on each entry: past the limit at the 41,667th, under the entry limit.
    const perEntry = 6;
    const activities = (index: number) =>
      Array.from({ length: perEntry }, (_, offset) => `activity ${(index + offset * 13) % 100}`).join(' | ');
    const { rows, taken } = countedRows(maxImportEntries, (index) => entry(index, { activities: activities(index) }));
    expect(refusalOf(() => readDaylioRows(rows))).toBe(
      "This file's entries mark more than 250,000 activities in all; a Daylio diary marks far fewer, so Waypoint does not bring it in.",
    );
    expect(taken.rows).toBe(1 + Math.ceil((maxImportActivityMarks + 1) / perEntry));
  });

  it('refuses notes of more than 10 million characters in all', () => {
    const note = 'n'.repeat(9_999);
    const { rows, taken } = countedRows(5_000, (index) => entry(index, { note }));
    expect(refusalOf(() => readDaylioRows(rows))).toBe(
      "This file's notes hold more than 10,000,000 characters in all; a Daylio diary holds far fewer, so Waypoint does not bring it in.",
    );
    expect(taken.rows).toBe(1 + Math.ceil((maxImportNoteChars + 1) / note.length));
  });

  it('refuses a row longer than 100,000 characters (one 45 MB quoted line), having read no further than the limit', () => {
    const prefix = `${daylioHeader}\n2024-01-01,x,x,10:00,rad,"","","`;
    const text = `${prefix}${'x'.repeat(45 * 1024 * 1024)}"\n`;
    expect(refusalOf(() => readDaylioExport(text))).toBe(
      'Line 2 is longer than 100,000 characters; a Daylio entry is far shorter, so Waypoint does not bring this file in.',
    );
    let stoppedAt = -1;
    try {
      for (const row of eachCsvRow(text, maxImportRowChars)) expect(row.line).toBe(1);
    } catch (error) {
      if (!(error instanceof CsvRowTooLong)) throw error;
      stoppedAt = error.stoppedAt;
    }
    expect(stoppedAt).toBe(daylioHeader.length + 1 + maxImportRowChars);
    // A row of exactly the limit (its line break not counted) is read.
    expect([...eachCsvRow(`${'y'.repeat(maxImportRowChars)}\r\nz`, maxImportRowChars)]).toHaveLength(2);
  });

  it('quotes the file in a reason only in part, so a list of skipped lines stays short', () => {
    const file = readDaylioRows(countedRows(1, () => entry(0, {}).with(0, `20${'9'.repeat(5_000)}`)).rows);
    expect(file.skipped).toEqual([{ line: 2, reason: `Line 2: “20${'9'.repeat(37)}…” is not a date.` }]);
  });

  it('keeps the largest preview the limits allow under 1,000,000 characters, and refuses one larger', () => {
    // Every limit at once: 100 moods and 1,000 activities of 300 characters, 1,000 unreadable lines.
    const label = (prefix: string, index: number) => `${prefix}${index}`.padEnd(maxImportNameChars, '.');
    const { rows } = countedRows(maxImportSkippedLines + maxImportActivities, (index) =>
      index < maxImportSkippedLines
        ? entry(index).with(3, `${'9'.repeat(200)}`)
        : entry(index, {
            mood: label('mood ', index % maxImportMoodLabels),
            activities: label('activity ', index - maxImportSkippedLines),
          }),
    );
    const largest = previewImport(readDaylioRows(rows));
    expect(largest.moods).toHaveLength(maxImportMoodLabels);
    expect(largest.activities).toHaveLength(maxImportActivities);
    expect(largest.skipped).toHaveLength(maxImportSkippedLines);
    expect(JSON.stringify(largest).length).toBeLessThan(maxImportPreviewChars * 0.7);

    // Read some other way than the limits allow: refused rather than sent to the window.
    const oversized: DaylioExport = {
      format: 'current',
      skipped: [],
      entries: Array.from({ length: 4_000 }, (_, index) => ({
        line: index + 2,
        date: '2024-01-01',
        time: '10:00',
        mood: 'good',
        activities: [label('activity ', index)],
        noteTitle: '',
        note: '',
      })),
    };
    expect(refusalOf(() => previewImport(oversized))).toBe(
      "What this file holds is more than a preview can show (over 1,000,000 characters); a Daylio export's is far smaller, so Waypoint does not bring it in.",
    );
  });
});
