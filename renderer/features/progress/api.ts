import type { ChannelInput } from '../../../shared/ipc/contract';
import { useIpcQuery } from '../../lib/ipc-query';

/** The chart, what helps, goal figures and patterns over a range (waits while the range is unknown). */
export const useProgress = (request: ChannelInput<'progress.get'> | undefined) => useIpcQuery('progress.get', request);

/** Each day's mood in a year, for the calendar. */
export const useMoodCalendar = (year: number) => useIpcQuery('progress.calendar', { year });
