import type { InvokeChannel } from '../../shared/ipc/channel-names';
import type { Clock } from '../ports/clock';
import type { IpcHandlers } from '../ipc/ipc-router';
import type { OpenVault } from '../vault/open-vault';
import { dropDraft, keepDraft, readDrafts } from './draft-repository';

export type DraftChannel = Extract<InvokeChannel, `drafts.${string}`>;

/**
 * Half-written forms. Each one goes into the unlocked vault's database, which lives in main's
 * memory and is sealed with everything else, so a lock (by hand, idle or sleep) keeps it and the
 * next unlock gives it back. Nothing is ever kept in the renderer's storage.
 */
export function createDraftHandlers(vault: OpenVault, { clock }: { clock: Clock }) {
  const handlers: Pick<IpcHandlers, DraftChannel> = {
    'drafts.list': () => readDrafts(vault.db),
    'drafts.keep': ({ form, draft }) => {
      vault.change((db) => keepDraft(db, form, draft, clock.now().toISOString()));
      return null;
    },
    'drafts.drop': ({ form }) => {
      vault.change((db) => dropDraft(db, form));
      return null;
    },
  };
  return handlers;
}
