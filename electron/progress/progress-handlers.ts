import type { InvokeChannel } from '../../shared/ipc/channel-names';
import type { IpcHandlers } from '../ipc/ipc-router';
import type { OpenVault } from '../vault/open-vault';
import { readProgressDays } from './progress-repository';
import { readProgressView } from './progress-view';

export type ProgressChannel = Extract<InvokeChannel, `progress.${string}`>;

/** The Progress area's channels: day summaries for charts and the mood calendar. */
export function createProgressHandlers(vault: OpenVault) {
  const handlers: Pick<IpcHandlers, ProgressChannel> = {
    'progress.get': (request) => readProgressView(vault.db, request),
    'progress.calendar': ({ year }) =>
      readProgressDays(
        vault.db,
        { from: `${year}-01-01`, to: `${year}-12-31` },
        { metrics: ['mood'], withCheckIns: false },
      ).flatMap((day) => (day.values.mood ? [{ day: day.day, mood: day.values.mood.mean }] : [])),
  };
  return handlers;
}
