import { describe, expect, it } from 'vitest';
import { insertCheckIn, searchCheckInNotes } from '../../../electron/check-ins/check-in-repository';
import { migrateDatabase } from '../../../electron/database/migrate';
import { noteSearchSchema, searchWords } from '../../../shared/check-ins/check-in-search';
import { checkInFields } from '../../support/check-in-fields';
import { memoryDatabase } from '../../support/memory-database';

/** A vault's database with one check-in a day from 1 March 2026, each with the note given. */
function withNotes(notes: readonly string[]) {
  const db = memoryDatabase();
  migrateDatabase(db);
  notes.forEach((note, index) => {
    const at = new Date(Date.UTC(2026, 2, 1 + index, 20)).toISOString();
    insertCheckIn(db, `c${index + 1}`, checkInFields({ at, note }), 240);
  });
  return db;
}

const found = (db: ReturnType<typeof withNotes>, words: string, limit?: number) =>
  searchCheckInNotes(db, searchWords(words), limit);

describe('searching my check-in notes', () => {
  it('finds notes with every word, whatever their case, in any order, newest first', () => {
    const db = withNotes([
      'Walked with Sam by the river',
      'River was high, no walk',
      'Called SAM',
      'sam and the river',
    ]);
    const result = found(db, 'river sam');
    expect(result.matches.map((match) => [match.id, match.day])).toEqual([
      ['c4', '2026-03-04'],
      ['c1', '2026-03-01'],
    ]);
    expect(result.matches[0]).toMatchObject({ note: 'sam and the river', timeZone: 'Europe/London' });
    expect(result.more).toBe(0);
    expect(found(db, 'WALK').matches.map((match) => match.id)).toEqual(['c2', 'c1']);
    expect(found(db, 'nowhere').matches).toEqual([]);
  });

  it('ignores case in every language, and finds a word however its accents were typed in Unicode', () => {
    const db = withNotes(['Été au lac avec Zoë', 'ÉTÉ chaud', 'Noël en famille', 'Ein schöner Tag', 'summer']);
    expect(found(db, 'été').matches.map((match) => match.id)).toEqual(['c2', 'c1']);
    expect(found(db, 'ZOË été').matches.map((match) => match.id)).toEqual(['c1']);
    // "ö" typed as o + combining diaeresis finds the note written with the one character.
    expect(found(db, 'scho\u0308ner').matches.map((match) => match.id)).toEqual(['c4']);
    expect(found(db, 'NOËL famille').matches.map((match) => match.id)).toEqual(['c3']);
  });

  it('looks for % and _ as themselves, not as wildcards', () => {
    const db = withNotes(['Felt 100% better', 'Felt 1000 times better', 'snake_case day', 'snakes cave']);
    expect(found(db, '100%').matches.map((match) => match.id)).toEqual(['c1']);
    expect(found(db, '%').matches.map((match) => match.id)).toEqual(['c1']);
    expect(found(db, 'snake_c').matches.map((match) => match.id)).toEqual(['c3']);
    expect(found(db, '\\').matches).toEqual([]);
  });

  it('lists at most the limit, newest first, and says how many more there are', () => {
    const db = withNotes(Array.from({ length: 60 }, (_, index) => `Evening walk number ${index + 1}`));
    const result = found(db, 'walk');
    expect(result.matches).toHaveLength(50);
    expect(result.matches[0]!.note).toBe('Evening walk number 60');
    expect(result.matches.at(-1)!.note).toBe('Evening walk number 11');
    expect(result.more).toBe(10);
    expect(found(db, 'walk', 5)).toMatchObject({ more: 55 });
  });

  it('takes 1 to 100 characters once trimmed, each word once', () => {
    expect(noteSearchSchema.parse({ words: '  river  ' })).toEqual({ words: 'river' });
    expect(noteSearchSchema.safeParse({ words: '   ' }).success).toBe(false);
    expect(noteSearchSchema.safeParse({ words: 'a'.repeat(101) }).success).toBe(false);
    expect(noteSearchSchema.safeParse({ words: ` ${'a'.repeat(100)} ` }).success).toBe(true);
    expect(searchWords('River  river SAM\tsam walk')).toEqual(['River', 'SAM', 'walk']);
  });
});
