import { describe, expect, it } from 'vitest';
import { readDaylioExport } from '../../../shared/check-in-import/daylio-export';
import { planImport, type ImportChoices } from '../../../shared/check-in-import/import-plan';

const header = 'full_date,date,weekday,time,mood,activities,note_title,note';
const row = (date: string, time: string, mood: string, activities: string, title = '', note = '') =>
  `${date},x,x,${time},${mood},"${activities}","${title}","${note}"`;

// Two exports written for these tests: the later one overlaps the first by two entries.
const march = [
  header,
  row('2024-03-31', '01:30', 'Not so good', 'tired | take a walk', 'Clocks', 'Lost an hour.'),
  row('2024-03-30', '22:10', 'good', 'take a walk | family'),
  row('2024-03-30', '08:00', 'meh', ''),
].join('\n');
const marchAndApril = [
  header,
  row('2024-04-02', '19:00', 'rad', 'family'),
  row('2024-03-31', '01:30', 'Not so good', 'tired | take a walk', 'Clocks', 'Lost an hour.'),
  row('2024-03-30', '22:10', 'good', 'take a walk | family'),
].join('\n');

const choices: ImportChoices = {
  timeZone: 'Europe/London',
  moods: { 'Not so good': 4 },
  activities: { tired: { treatment: 'note', entryId: null }, family: { treatment: 'coping', entryId: null } },
  defaultTreatment: 'measure',
};

describe('what an export becomes', () => {
  it('asks for every label without a value, most used first, and plans nothing until then', () => {
    const plan = planImport(readDaylioExport(march), { ...choices, moods: {} });
    expect(plan).toEqual({ checkIns: [], unmappedMoods: ['Not so good'] });
  });

  it('places each entry in its zone (DST included), oldest first, with its activities as chosen', () => {
    const { checkIns, unmappedMoods } = planImport(readDaylioExport(march), choices);
    expect(unmappedMoods).toEqual([]);
    expect(checkIns.map(({ at, mood, moodLabel }) => [at, mood, moodLabel])).toEqual([
      ['2024-03-30T08:00:00.000Z', 5, 'meh'],
      ['2024-03-30T22:10:00.000Z', 7, 'good'],
      // 01:30 did not exist in London that night: it moves past the skipped hour.
      ['2024-03-31T01:30:00.000Z', 4, 'Not so good'],
    ]);
    expect(checkIns[2]).toMatchObject({
      timeZone: 'Europe/London',
      measures: ['take a walk'],
      coping: [],
      note: 'Clocks\n\nLost an hour.\n\nAlso: tired.',
    });
    expect(checkIns[1]).toMatchObject({ measures: ['take a walk'], coping: ['family'], note: '' });
    // A default label can be given another value too.
    expect(
      planImport(readDaylioExport(march), { ...choices, moods: { ...choices.moods, meh: 6 } }).checkIns[0]!.mood,
    ).toBe(6);
  });

  it('recognises the same entry in an overlapping later export, and a different one as new', () => {
    const first = new Set(planImport(readDaylioExport(march), choices).checkIns.map((checkIn) => checkIn.sameAs));
    const later = planImport(readDaylioExport(marchAndApril), choices).checkIns;
    // Oldest first: the two March entries were in the first export, April's is new.
    expect(later.map((checkIn) => first.has(checkIn.sameAs))).toEqual([true, true, false]);
    // Another zone puts the same words at another instant: not the same entry.
    const elsewhere = planImport(readDaylioExport(march), { ...choices, timeZone: 'America/New_York' }).checkIns;
    expect(elsewhere.some((checkIn) => first.has(checkIn.sameAs))).toBe(false);
  });
});
