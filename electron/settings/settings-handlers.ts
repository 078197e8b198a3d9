import type { InvokeChannel } from '../../shared/ipc/channel-names';
import type { Settings } from '../../shared/settings/settings';
import { recomputeCheckInDays } from '../check-ins/check-in-repository';
import { inTransaction } from '../database/sqlite';
import type { IpcHandlers } from '../ipc/ipc-router';
import { RequestError } from '../ipc/request-error';
import { readTrackedMetrics } from '../metrics/metric-repository';
import type { OpenVault } from '../vault/open-vault';
import { readSettings, writeSettings } from './settings-repository';

export type SettingsChannel = Extract<InvokeChannel, `settings.${string}`>;

export interface SettingsDependencies {
  /** Told after a change is stored, so the app can act on it (the auto-lock time). */
  onSettingsChanged(settings: Settings, changed: Partial<Settings>): void;
}

/** The Settings channels. A new day boundary moves late-night check-ins to the day they now belong to. */
export function createSettingsHandlers(vault: OpenVault, { onSettingsChanged }: SettingsDependencies) {
  const handlers: Pick<IpcHandlers, SettingsChannel> = {
    'settings.get': () => readSettings(vault.db),
    'settings.update': (changes) => {
      const updated = vault.change((db) =>
        inTransaction(db, () => {
          const measure = changes.progressMeasure;
          if (measure && !readTrackedMetrics(db).some((metric) => metric.key === measure)) {
            throw new RequestError(
              'INVALID_INPUT',
              'Progress can show one of my check-in measures; that one does not exist.',
            );
          }
          const written = writeSettings(db, changes);
          if (changes.dayBoundaryMinutes !== undefined) recomputeCheckInDays(db, written.dayBoundaryMinutes);
          return written;
        }),
      );
      onSettingsChanged(updated, changes);
      return updated;
    },
  };
  return handlers;
}
