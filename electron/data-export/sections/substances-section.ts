import { z } from 'zod';
import { earliestDate, latestDate } from '../../../shared/dates/calendar-date';
import { entryId } from '../../../shared/plan/plan-text';
import { substanceFieldsSchema, useDaySchema } from '../../../shared/substance-use/substance-use';
import { insertSubstance, readSubstances, readUse, writeUseDays } from '../../substance-use/substance-use-repository';
import { exportSection } from '../export-section';
import { findRepeats, missingReference } from './section-checks';

const substancesExportSchema = z
  .strictObject({
    /** In the order I added them, each with its goal. */
    list: z.array(substanceFieldsSchema.extend({ id: entryId })).max(1_000),
    /** The days written, by day; a day not listed is a day not written, not a day of 0. */
    use: z.array(useDaySchema).max(1_000_000),
  })
  .superRefine(({ list, use }, context) => {
    findRepeats(context, list, (substance) => substance.id, ['list'], 'id', 'Two substances have the same id.');
    findRepeats(
      context,
      use,
      (day) => `${day.substanceId} ${day.day}`,
      ['use'],
      'day',
      'A day is written once per substance.',
    );
    const substances = new Set(list.map((substance) => substance.id));
    use.forEach((day, index) => {
      if (!substances.has(day.substanceId)) {
        missingReference(context, ['use', index, 'substanceId'], 'a substance', day.substanceId, 'substances.list');
      }
    });
  });

/** The substances my plan tracks by day, with their goals, and how much I used on each day written. */
export const substancesExportSection = exportSection({
  key: 'substances',
  schema: substancesExportSchema,
  read: (db) => ({ list: readSubstances(db), use: readUse(db, earliestDate, latestDate) }),
  write: (db, { list, use }) => {
    for (const { id, ...fields } of list) {
      insertSubstance(db, id, fields);
      const days = use.filter((day) => day.substanceId === id);
      if (days.length > 0) writeUseDays(db, { substanceId: id, days });
    }
  },
});
