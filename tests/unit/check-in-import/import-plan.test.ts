import { describe, expect, it } from 'vitest';
import { overlappingDaylioExports, overlappingExportChoices } from '../../support/daylio-fixture';
import { readDaylioExport } from '../../../shared/check-in-import/daylio-export';
import { planImport } from '../../../shared/check-in-import/import-plan';

const { march } = overlappingDaylioExports;
const { marchAndApril } = overlappingDaylioExports;
const choices = overlappingExportChoices;

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
