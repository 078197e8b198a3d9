import type { InvokeChannel } from '../../shared/ipc/channel-names';
import { inTransaction, type WritableDatabase } from '../database/sqlite';
import type { IpcHandlers } from '../ipc/ipc-router';
import type { OpenVault } from '../vault/open-vault';
import {
  addCustomMetric,
  deleteCustomMetric,
  readTrackedMetrics,
  setMetricEnabled,
  updateCustomMetric,
} from './metric-repository';

export type MetricChannel = Extract<InvokeChannel, `metrics.${string}`>;

/** The measures a check-in records: built-ins turned on and off, and the person's own. */
export function createMetricHandlers(vault: OpenVault, { newId }: { newId(): string }) {
  const changeMetrics = (work: (db: WritableDatabase) => void) => {
    vault.change((db) => inTransaction(db, () => work(db)));
    return readTrackedMetrics(vault.db);
  };
  const handlers: Pick<IpcHandlers, MetricChannel> = {
    'metrics.list': () => readTrackedMetrics(vault.db),
    'metrics.setEnabled': ({ key, enabled }) => changeMetrics((db) => setMetricEnabled(db, key, enabled)),
    'metrics.addCustom': (metric) =>
      changeMetrics((db) => addCustomMetric(db, `custom-${newId().toLowerCase()}`, metric)),
    'metrics.updateCustom': ({ key, metric }) => changeMetrics((db) => updateCustomMetric(db, key, metric)),
    'metrics.deleteCustom': ({ key }) => changeMetrics((db) => deleteCustomMetric(db, key)),
  };
  return handlers;
}
