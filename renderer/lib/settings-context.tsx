import { createContext, useCallback, useContext, useMemo, type ReactNode } from 'react';
import type { Settings } from '../../shared/settings/settings';
import { useIpcClient } from './ipc-context';
import { useIpcQuery } from './use-ipc-query';

interface SettingsStore {
  /** Undefined until loaded. */
  settings: Settings | undefined;
  error: string | undefined;
  /** Stores a change in main; resolves with main's message if it was refused. */
  update(changes: Partial<Settings>): Promise<string | undefined>;
}

const SettingsContext = createContext<SettingsStore | undefined>(undefined);

/** Loads the settings once for the unlocked app; every screen reads and changes this one copy. */
export function SettingsProvider({ children }: { children: ReactNode }) {
  const ipc = useIpcClient();
  const query = useIpcQuery('settings.get', {});
  const { setData } = query;
  const update = useCallback(
    async (changes: Partial<Settings>) => {
      const result = await ipc.invoke('settings.update', changes);
      if (!result.ok) return result.error.message;
      setData(result.value);
      return undefined;
    },
    [ipc, setData],
  );
  const store = useMemo(
    () => ({ settings: query.data, error: query.error, update }),
    [query.data, query.error, update],
  );
  return <SettingsContext.Provider value={store}>{children}</SettingsContext.Provider>;
}

export function useSettings(): SettingsStore {
  const store = useContext(SettingsContext);
  if (!store) throw new Error('useSettings needs a SettingsProvider above it.');
  return store;
}
