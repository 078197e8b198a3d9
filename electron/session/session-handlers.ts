import type { InvokeChannel } from '../../shared/ipc/channel-names';
import type { IpcHandlers } from '../ipc/ipc-router';
import type { Host } from '../ports/host';

export type SessionChannel = Extract<InvokeChannel, `session.${string}`>;

export interface SessionDependencies {
  host: Pick<Host, 'sendEvent'>;
  newId(): string;
  /** How long a lock waits for the window to send its forms' pending drafts. */
  draftsWaitMs: number;
}

/**
 * The window's part in a lock: `session.activity` (a call is activity: the router restarts the
 * idle time) and the answer to `vault.locking`, `session.readyToLock`, which says the window has
 * sent what its forms had not sent yet.
 */
export function createSessionHandlers({ host, newId, draftsWaitMs }: SessionDependencies) {
  // Locks waiting for the window's answer to `vault.locking`, by the id they sent.
  const waitingForDrafts = new Map<string, () => void>();

  const handlers: Pick<IpcHandlers, SessionChannel> = {
    'session.activity': () => null,
    'session.readyToLock': ({ id }) => {
      waitingForDrafts.get(id)?.();
      return null;
    },
  };

  /**
   * Asks the window to send what its forms have not sent yet (text typed within a draft's short
   * delay) and waits for its answer, or `draftsWaitMs` at most: a lock never waits long, and never
   * waits forever for a window that is gone.
   */
  function collectPendingDrafts(): Promise<void> {
    const id = newId();
    return new Promise((resolve) => {
      const done = (): void => {
        clearTimeout(timer);
        waitingForDrafts.delete(id);
        resolve();
      };
      waitingForDrafts.set(id, done);
      const timer = setTimeout(done, draftsWaitMs);
      // No window (closed to the tray, or none yet): nothing to wait for.
      if (host.sendEvent('vault.locking', { id }) !== true) done();
    });
  }

  return { handlers, collectPendingDrafts };
}
