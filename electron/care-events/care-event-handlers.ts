import type { CareEventFields } from '../../shared/care-events/care-event';
import type { InvokeChannel } from '../../shared/ipc/channel-names';
import { checkInToday } from '../check-ins/check-in-today';
import type { IpcHandlers } from '../ipc/ipc-router';
import { RequestError } from '../ipc/request-error';
import type { Clock } from '../ports/clock';
import type { OpenVault } from '../vault/open-vault';
import { deleteCareEvent, insertCareEvent, updateCareEvent } from './care-event-repository';
import { readDatedEvents } from './dated-events';

export type CareEventChannel = Extract<InvokeChannel, `careEvents.${string}`>;

/**
 * The events-of-care channels: what I write (an emergency visit, a hospital stay, an appointment),
 * on days up to today, and the events of a range with the medication changes among them.
 */
export function createCareEventHandlers(vault: OpenVault, { newId, clock }: { newId(): string; clock: Clock }) {
  const checked = (fields: CareEventFields) => {
    if (fields.day > checkInToday(vault.db, clock)) {
      throw new RequestError('INVALID_INPUT', 'An event can be written for today or an earlier day.');
    }
    return fields;
  };
  const handlers: Pick<IpcHandlers, CareEventChannel> = {
    'careEvents.get': (range) => readDatedEvents(vault.db, range),
    'careEvents.add': (fields) => {
      const id = newId();
      vault.change((db) => insertCareEvent(db, id, checked(fields)));
      return { id };
    },
    'careEvents.edit': ({ id, fields }) => {
      vault.change((db) => updateCareEvent(db, id, checked(fields)));
      return null;
    },
    'careEvents.delete': ({ id }) => {
      const { id: _, ...fields } = vault.change((db) => deleteCareEvent(db, id));
      return fields;
    },
  };
  return handlers;
}
