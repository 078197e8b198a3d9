import { describe, expect, it } from 'vitest';
import { csvRows } from '../../../shared/check-in-import/csv-rows';
import {
  daylioTime,
  ImportRefusal,
  proposedSpread,
  readDaylioExport,
} from '../../../shared/check-in-import/daylio-export';
import { previewImport } from '../../../shared/check-in-import/import-preview';
import { instantAt } from '../../../shared/check-ins/check-in-day';
import { largeDaylioExport } from '../../support/daylio-fixture';

// Written for these tests, in the shape today's Daylio exports have: a byte-order mark, newest
// first, several entries a day, 12-hour times, renamed moods with stray spaces, bracketed
// activity prefixes, notes over several lines with quotes, emoji and other languages.
const currentExport = [
  '\uFEFFfull_date,date,weekday,time,mood,activities,note_title,note',
  '2024-03-31,March 31,Sunday,10:00 pm,Not so good,"[253] take a walk |  tired | <c_e> family ","Long day","Clocks went forward.\r\nSlept badly; ""tired"" all day 😴"',
  '2024-03-31,March 31,Sunday,9:15 am,good,"take a walk | reading","",""',
  '2024-03-30,March 30,Saturday,23:40,  Medium [-] ,"","","Café avec Léa — très bien."',
  '2024-03-30,March 30,Saturday,12:00 AM,rad,"family|reading","",""',
  '2024-03-29,March 29,Friday,15:26,meh,"work","",""',
].join('\r\n');

const olderExport = [
  'year,date,weekday,time,mood,activities,note',
  '2019,June 22,Saturday,7:05 pm,awful,"friends | sport",""',
  '2019,22 June,Saturday,08:30,bad,"",""',
  '2019,February 29,Friday,10:00,meh,"",""',
].join('\n');

describe('reading a Daylio export', () => {
  it('reads the current format: BOM, 12- and 24-hour times, tidy labels and activities, multi-line notes', () => {
    const file = readDaylioExport(currentExport);
    expect(file.format).toBe('current');
    expect(file.skipped).toEqual([]);
    expect(file.entries.map(({ line, date, time, mood }) => [line, date, time, mood])).toEqual([
      [2, '2024-03-31', '22:00', 'Not so good'],
      [4, '2024-03-31', '09:15', 'good'],
      [5, '2024-03-30', '23:40', 'Medium [-]'],
      [6, '2024-03-30', '00:00', 'rad'],
      [7, '2024-03-29', '15:26', 'meh'],
    ]);
    expect(file.entries[0]).toMatchObject({
      activities: ['take a walk', 'tired', 'family'],
      noteTitle: 'Long day',
      note: 'Clocks went forward.\nSlept badly; "tired" all day 😴',
    });
    expect(file.entries[2]).toMatchObject({ activities: [], note: 'Café avec Léa — très bien.' });
    expect(file.entries[3]!.activities).toEqual(['family', 'reading']);
  });

  it('reads the older format, with "June 22" and "22 June" and the year in its own column', () => {
    const file = readDaylioExport(olderExport);
    expect(file.format).toBe('older');
    expect(file.entries.map(({ date, time, mood }) => [date, time, mood])).toEqual([
      ['2019-06-22', '19:05', 'awful'],
      ['2019-06-22', '08:30', 'bad'],
    ]);
    expect(file.skipped).toEqual([{ line: 4, reason: 'Line 4: “February 29 2019” is not a date.' }]);
  });

  it('skips a row it cannot read, naming the line and why, and keeps the rest', () => {
    const file = readDaylioExport(
      [
        'full_date,date,weekday,time,mood,activities,note_title,note',
        '2024-02-30,February 30,Friday,10:00,good,"","",""',
        '2024-03-01,March 1,Friday,25:00,good,"","",""',
        '2024-03-01,March 1,Friday,10:00',
        '2024-03-01,March 1,Friday,10:00,   ,"","",""',
        '2024-03-02,March 2,Saturday,13:00 pm,good,"","",""',
        '2024-03-03,March 3,Sunday,10:00,good,"","",""',
      ].join('\n'),
    );
    expect(file.skipped.map((row) => row.reason)).toEqual([
      'Line 2: “2024-02-30” is not a date.',
      'Line 3: “25:00” is not a time of day.',
      'Line 4 has 4 columns; a Daylio entry has 8.',
      'Line 5 has no mood.',
      'Line 6: “13:00 pm” is not a time of day.',
    ]);
    expect(file.entries.map((entry) => entry.line)).toEqual([7]);
  });

  it('refuses, whole, a file that is not a Daylio export', () => {
    const refusal = (text: string) => {
      try {
        readDaylioExport(text);
        return 'read';
      } catch (error) {
        return error instanceof ImportRefusal ? error.message : `other: ${String(error)}`;
      }
    };
    expect(refusal('')).toMatch(/empty/);
    expect(refusal('  \n\n')).toMatch(/empty/);
    expect(refusal('PK\u0003\u0004\u0000\u0000binary')).toMatch(/not a text file/);
    expect(refusal('date,mood,note\n2024-01-01,5,hi')).toMatch(/^Line 1 is not the header of a Daylio export/);
    expect(refusal('Date,Time,Mood (1-5)\n')).toMatch(/^Line 1 is not the header/);
  });

  it('reads times as Daylio writes them, and nothing else', () => {
    expect(['15:26', '9:05', '10:00 pm', '12:30 AM', '12:00 pm', '7:05 p.m.'].map(daylioTime)).toEqual([
      '15:26',
      '09:05',
      '22:00',
      '00:30',
      '12:00',
      '19:05',
    ]);
    expect(['24:00', '10:60', '0:30 am', '13:00 pm', 'noon', ''].map(daylioTime)).toEqual([
      null,
      null,
      null,
      null,
      null,
      null,
    ]);
  });

  it('previews the counts, the range, days with several entries, labels and activities', () => {
    const preview = previewImport(readDaylioExport(currentExport));
    expect(preview).toMatchObject({ entries: 5, from: '2024-03-29', to: '2024-03-31', daysWithSeveral: 2 });
    // Daylio's own labels first, worst to best, with their values; the person's own after.
    expect(preview.moods).toEqual([
      { label: 'meh', count: 1, defaultValue: 5 },
      { label: 'good', count: 1, defaultValue: 7 },
      { label: 'rad', count: 1, defaultValue: 9 },
      { label: 'Medium [-]', count: 1, defaultValue: null },
      { label: 'Not so good', count: 1, defaultValue: null },
    ]);
    expect(preview.activities.slice(0, 3)).toEqual([
      { name: 'family', count: 2 },
      { name: 'reading', count: 2 },
      { name: 'take a walk', count: 2 },
    ]);
  });

  it('proposes an even spread for labels put in order, from 1 to 9 as the defaults run', () => {
    expect(proposedSpread(0)).toEqual([]);
    expect(proposedSpread(1)).toEqual([5]);
    expect(proposedSpread(5)).toEqual([1, 3, 5, 7, 9]);
    expect(proposedSpread(7)).toEqual([1, 2, 4, 5, 6, 8, 9]);
  });

  it('places a wall-clock time in the zone it was written in, across DST changes', () => {
    // London skipped 01:00–02:00 on 31 March 2024 and repeated 01:00–02:00 on 27 October 2024.
    expect(instantAt('2024-03-31', '01:30', 'Europe/London').toISOString()).toBe('2024-03-31T01:30:00.000Z');
    expect(instantAt('2024-10-27', '01:30', 'Europe/London').toISOString()).toBe('2024-10-27T00:30:00.000Z');
    expect(instantAt('2024-03-31', '22:00', 'America/New_York').toISOString()).toBe('2024-04-01T02:00:00.000Z');
  });

  it('reads the large test export whole: every entry, every activity, the seven labels', () => {
    const preview = previewImport(readDaylioExport(largeDaylioExport(2_000, 150)));
    expect(preview.entries).toBe(2_000);
    expect(preview.skipped).toEqual([]);
    expect(preview.moods).toHaveLength(7);
    expect(preview.activities.length).toBeGreaterThan(140);
    expect(preview.activities.some((activity) => activity.name.startsWith('['))).toBe(false);
  });

  it('reads CSV as RFC 4180 does, in time linear in its length', () => {
    expect(csvRows('a,"b,c","d\n""e"""\r\n\r\nf,,g\n')).toEqual([
      { line: 1, fields: ['a', 'b,c', 'd\n"e"'] },
      { line: 4, fields: ['f', '', 'g'] },
    ]);
    const many = `h\n${'x,"y\nz"\n'.repeat(50_000)}`;
    const started = performance.now();
    expect(csvRows(many)).toHaveLength(50_001);
    expect(performance.now() - started).toBeLessThan(1_000);
  });
});
