import type { InvokeChannel } from '../../shared/ipc/channel-names';
import type { IpcHandlers } from '../ipc/ipc-router';
import type { OpenVault } from '../vault/open-vault';
import { RequestError } from '../ipc/request-error';
import type { Clock } from '../ports/clock';
import { deleteMilestone, insertMilestone, markMilestone, updateMilestone } from './milestone-repository';
import { readMilestonesView } from './milestones-view';

export type MilestoneChannel = Extract<InvokeChannel, `milestones.${string}`>;

/** The milestone channels: each answers with the whole view as of the person's `today`. */
export function createMilestoneHandlers(vault: OpenVault, { newId, clock }: { newId(): string; clock: Clock }) {
  const handlers: Pick<IpcHandlers, MilestoneChannel> = {
    'milestones.get': ({ today }) => readMilestonesView(vault.db, today),
    'milestones.add': ({ today, fields }) => {
      vault.change((db) => insertMilestone(db, { id: newId(), ...fields }));
      return readMilestonesView(vault.db, today);
    },
    'milestones.update': ({ today, id, fields }) => {
      vault.change((db) => updateMilestone(db, id, fields));
      return readMilestonesView(vault.db, today);
    },
    'milestones.delete': ({ today, id }) => {
      vault.change((db) => deleteMilestone(db, id));
      return readMilestonesView(vault.db, today);
    },
    'milestones.mark': ({ today, key, note }) => {
      const reached = readMilestonesView(vault.db, today).reached.find((milestone) => milestone.key === key);
      if (!reached) throw new RequestError('NOT_FOUND', 'That milestone is not one you have reached.');
      vault.change((db) => markMilestone(db, key, reached.date, clock.now().toISOString(), note.trim()));
      return readMilestonesView(vault.db, today);
    },
  };
  return handlers;
}
