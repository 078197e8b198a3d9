import type { InvokeChannel } from '../../../shared/ipc/channel-names';
import type { ChannelInput } from '../../../shared/ipc/contract';
import { useIpcChanges, useIpcQuery } from '../../lib/ipc-query';

/** The plan's edits: each answers with the whole plan, which replaces the one on every screen. */
export type PlanChange = Exclude<Extract<InvokeChannel, `plan.${string}`>, 'plan.get' | 'plan.compare'>;

/** Sends plan edits one after another, in the order they were made. */
export const usePlanChanges = () => useIpcChanges<PlanChange>({ serial: 'plan' });

/** How the plan changed between two versions (a review's snapshot or now); waits until asked. */
export const usePlanComparison = (versions: ChannelInput<'plan.compare'> | undefined) =>
  useIpcQuery('plan.compare', versions);
