import type { ChannelInput } from '../../shared/ipc/contract';
import { useIpcQuery } from './ipc-query';

/**
 * Queries several features read (each feature's `api` module holds the rest). One cache behind
 * them: the plan or the measures asked for on two screens at once are asked of main once.
 */

/** The plan, with its archived entries and the measures it names. */
export const usePlanView = () => useIpcQuery('plan.get', {});

/** The measures a check-in records (built in and my own), with which are turned on. */
export const useMeasures = () => useIpcQuery('metrics.list', {});

/** The check-ins on the days of a range (waits while the range is not known yet). */
export const useCheckIns = (range: ChannelInput<'checkIns.list'> | undefined) => useIpcQuery('checkIns.list', range);

/** The first and last check-in days (nulls with none yet). */
export const useCheckInSpan = () => useIpcQuery('checkIns.span', {});

/** The counts, milestones reached and next, as of `today` (waits while today is not known yet). */
export const useMilestones = (today: string | undefined) =>
  useIpcQuery('milestones.get', today === undefined ? undefined : { today });

/** Every questionnaire with its schedule and latest result, and every response, scored in main. */
export const useQuestionnaires = () => useIpcQuery('questionnaires.get', {});

/** The events of care and medication changes of a range (waits while the range is not known yet). */
export const useDatedEvents = (range: ChannelInput<'careEvents.get'> | undefined) =>
  useIpcQuery('careEvents.get', range);
