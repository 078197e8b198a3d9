import { earliestDate, latestDate } from '../../shared/dates/calendar-date';
import { standardDrinkFor } from '../../shared/substance-use/standard-drinks';
import { isLapse } from '../../shared/substance-use/substance-use';
import type { ReadableDatabase } from '../database/sqlite';
import { readSettings } from '../settings/settings-repository';
import { readSubstances, readUse } from '../substance-use/substance-use-repository';
import { csvTable } from './csv-table';

/**
 * Every day of use written, by day and then in the order of my substances, one row each: a day
 * written as 0 is a day I did not use; a day not written has no row. Alcohol is in the standard
 * drink of the country in the settings, which its unit cell states; a lapse is judged by the
 * substance's goal as it is now (docs/export-format.md lists the columns).
 */
export function substanceUseCsv(db: ReadableDatabase): string {
  const substances = new Map(readSubstances(db).map((substance) => [substance.id, substance]));
  const drink = standardDrinkFor(readSettings(db).standardDrinkCountry);
  const header = ['day', 'substance', 'amount', 'unit', 'goal', 'daily limit', 'lapse'];
  const rows = readUse(db, earliestDate, latestDate).map((use) => {
    const substance = substances.get(use.substanceId)!;
    const { goal } = substance;
    return [
      use.day,
      substance.name,
      use.amount,
      substance.kind === 'alcohol' ? drink.name : substance.unit,
      goal.kind === 'free' ? 'not to use' : 'cut down',
      goal.kind === 'cut-down' ? goal.dailyLimit : '',
      isLapse(goal, use.amount) ? 'yes' : 'no',
    ];
  });
  return csvTable(header, rows);
}
