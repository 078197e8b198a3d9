import { MeasureNamesProvider } from '../../lib/measure-names';
import { createContext, useCallback, useContext, useEffect, useMemo, useRef, useState, type ReactNode } from 'react';
import { useLocation } from 'react-router';
import type { ChannelInput, ChannelOutput } from '../../../shared/ipc/contract';
import type { IpcResult } from '../../../shared/ipc/error-codes';
import type { PlanView } from '../../../shared/plan/plan-view';
import { Notice } from '../../components/notice';
import { usePlanView } from '../../lib/shared-queries';
import { usePlanChanges, type PlanChange } from './api';

interface PlanStore {
  view: PlanView;
  /** Sends a plan edit; the changed plan replaces the one on screen. */
  perform<C extends PlanChange>(channel: C, input: ChannelInput<C>): Promise<IpcResult<ChannelOutput<C>>>;
  /** Reads a sentence out to screen-reader users (moves, deletes, undo). */
  announce(message: string): void;
  /** The latest delete in this visit (numbered) and the page it was made on, for the undo bar. */
  lastDelete?: { number: number; path: string };
}

const PlanStoreContext = createContext<PlanStore | undefined>(undefined);

/** The plan for the Plan area: the cached copy, replaced by each edit's answer. */
export function PlanStoreProvider({ children }: { children: ReactNode }) {
  const plan = usePlanView();
  const view = plan.data;
  const loadError = plan.error?.message;
  const { run } = usePlanChanges();
  const [announcement, setAnnouncement] = useState('');
  const [lastDelete, setLastDelete] = useState<{ number: number; path: string }>();
  const { pathname } = useLocation();
  const currentPath = useRef(pathname);
  useEffect(() => {
    currentPath.current = pathname;
  }, [pathname]);

  const perform = useCallback(
    async <C extends PlanChange>(channel: C, input: ChannelInput<C>) => {
      const result = await run(channel, input);
      if (result.ok && channel === 'plan.deleteEntry') {
        setLastDelete((previous) => ({ number: (previous?.number ?? 0) + 1, path: currentPath.current }));
      }
      return result;
    },
    [run],
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
