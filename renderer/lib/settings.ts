import { useCallback } from 'react';
import type { Settings } from '../../shared/settings/settings';
import { useIpcChange, useIpcQuery } from './ipc-query';

interface SettingsStore {
  /** Undefined until loaded. */
  settings: Settings | undefined;
  error: string | undefined;
  /** Stores a change in main; resolves with main's message if it was refused. */
  update(changes: Partial<Settings>): Promise<string | undefined>;
}

/** The app's settings, read by several features: one cached copy, replaced by each change's answer. */
export function useSettings(): SettingsStore {
  const query = useIpcQuery('settings.get', {});
  const { run } = useIpcChange('settings.update', { serial: 'settings' });
  const update = useCallback(
    async (changes: Partial<Settings>) => {
      const result = await run(changes);
      return result.ok ? undefined : result.error.message;
    },
    [run],
  );
  return { settings: query.data, error: query.error?.message, update };
}
