import { MeasureNamesProvider } from '../../lib/measure-names';
import { createContext, useCallback, useContext, useEffect, useMemo, useRef, useState, type ReactNode } from 'react';
import { useLocation } from 'react-router';
import type { InvokeChannel } from '../../../shared/ipc/channel-names';
import type { ChannelInput, ChannelOutput } from '../../../shared/ipc/contract';
import type { IpcResult } from '../../../shared/ipc/error-codes';
import type { PlanView } from '../../../shared/plan/plan-view';
import { Notice } from '../../components/notice';
import { useIpcClient } from '../../lib/ipc-context';
import { useIpcQuery } from '../../lib/use-ipc-query';

type PlanChannel = Extract<InvokeChannel, `plan.${string}`>;

interface PlanStore {
  view: PlanView;
  /** Calls a plan channel; a changed plan replaces the one on screen. */
  perform<C extends PlanChannel>(channel: C, input: ChannelInput<C>): Promise<IpcResult<ChannelOutput<C>>>;
  /** Reads a sentence out to screen-reader users (moves, deletes, undo). */
  announce(message: string): void;
  /** The latest delete in this visit (numbered) and the page it was made on, for the undo bar. */
  lastDelete?: { number: number; path: string };
}

const PlanStoreContext = createContext<PlanStore | undefined>(undefined);

/** Loads the plan once for the Plan area and keeps the latest copy main sent back. */
export function PlanStoreProvider({ children }: { children: ReactNode }) {
  const ipc = useIpcClient();
  const { data: view, error: loadError, setData: setView } = useIpcQuery('plan.get', {});
  const [announcement, setAnnouncement] = useState('');
  const [lastDelete, setLastDelete] = useState<{ number: number; path: string }>();
  const { pathname } = useLocation();
  const currentPath = useRef(pathname);
  useEffect(() => {
    currentPath.current = pathname;
  }, [pathname]);

  const perform = useCallback(
    async <C extends PlanChannel>(channel: C, input: ChannelInput<C>) => {
      const result = await ipc.invoke(channel, input);
      // Every plan channel but a comparison answers with the whole plan view.
      if (result.ok && channel !== 'plan.compare') setView(result.value as PlanView);
      if (result.ok && channel === 'plan.deleteEntry') {
        setLastDelete((previous) => ({ number: (previous?.number ?? 0) + 1, path: currentPath.current }));
      }
      return result;
    },
    [ipc, setView],
  );

  const store = useMemo(
    () => (view ? { view, perform, announce: setAnnouncement, lastDelete } : undefined),
    [view, perform, lastDelete],
  );

  if (loadError) {
    return (
      <Notice tone="error" title="Your plan could not be opened.">
        <p>{loadError}</p>
      </Notice>
    );
  }
  if (!store) return <p role="status">Opening your plan…</p>;
  return (
    <PlanStoreContext.Provider value={store}>
      <MeasureNamesProvider value={store.view.measures}>{children}</MeasureNamesProvider>
      <p className="visually-hidden" role="status" aria-live="polite">
        {announcement}
      </p>
    </PlanStoreContext.Provider>
  );
}

export function usePlanStore(): PlanStore {
  const store = useContext(PlanStoreContext);
  if (!store) throw new Error('usePlanStore needs a PlanStoreProvider above it.');
  return store;
}
