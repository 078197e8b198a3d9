import type { InvokeChannel } from '../../shared/ipc/channel-names';
import type { IpcHandlers } from '../ipc/ipc-router';
import type { OpenVault } from '../vault/open-vault';
import { deleteMilestone, insertMilestone, updateMilestone } from './milestone-repository';
import { readMilestonesView } from './milestones-view';

export type MilestoneChannel = Extract<InvokeChannel, `milestones.${string}`>;

/** The milestone channels: each answers with the whole view as of the person's `today`. */
export function createMilestoneHandlers(vault: OpenVault, { newId }: { newId(): string }) {
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
  };
  return handlers;
}
