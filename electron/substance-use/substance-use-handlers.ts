import { daysBetween } from '../../shared/dates/calendar-date';
import type { InvokeChannel } from '../../shared/ipc/channel-names';
import { standardDrinkFor } from '../../shared/substance-use/standard-drinks';
import { maxUseRangeDays, type SubstanceUseView } from '../../shared/substance-use/substance-use-requests';
import { checkInToday } from '../check-ins/check-in-today';
import type { ReadableDatabase } from '../database/sqlite';
import type { IpcHandlers } from '../ipc/ipc-router';
import { RequestError } from '../ipc/request-error';
import type { Clock } from '../ports/clock';
import { readSettings } from '../settings/settings-repository';
import type { OpenVault } from '../vault/open-vault';
import { insertSubstance, readSubstances, readUse, updateSubstance, writeUseDays } from './substance-use-repository';

export type SubstanceUseChannel = Extract<InvokeChannel, `substanceUse.${string}`>;

function readSubstanceUseView(db: ReadableDatabase, today: string, from: string, to: string): SubstanceUseView {
  return {
    today,
    from,
    to,
    substances: readSubstances(db),
    use: readUse(db, from, to),
    standardDrink: standardDrinkFor(readSettings(db).standardDrinkCountry),
  };
}

/**
 * The substance-use channels: my substances with their goals, and by day how much I used. A day
 * can be written for today or before, never for a day still to come.
 */
export function createSubstanceUseHandlers(vault: OpenVault, { newId, clock }: { newId(): string; clock: Clock }) {
  const today = () => checkInToday(vault.db, clock);
  const handlers: Pick<IpcHandlers, SubstanceUseChannel> = {
    'substanceUse.get': ({ from, to }) => {
      if (daysBetween(from, to) >= maxUseRangeDays) {
        throw new RequestError('INVALID_INPUT', `Use can be read for at most ${maxUseRangeDays} days at a time.`);
      }
      return readSubstanceUseView(vault.db, today(), from, to);
    },
    'substanceUse.add': (fields) => {
      const id = newId();
      vault.change((db) => insertSubstance(db, id, fields));
      return readSubstances(vault.db);
    },
    'substanceUse.edit': ({ id, fields }) => {
      vault.change((db) => updateSubstance(db, id, fields));
      return readSubstances(vault.db);
    },
    'substanceUse.setDays': (request) => {
      const last = today();
      if (request.days.some(({ day }) => day > last)) {
        throw new RequestError('INVALID_INPUT', 'Use can be written for today or an earlier day.');
      }
      vault.change((db) => writeUseDays(db, request));
      return null;
    },
  };
  return handlers;
}
