import type { DayRange } from '../checkins/check-in';

/** One measure on one day: the mean of that day's check-ins, with their spread and count. */
export interface DayStat {
  mean: number;
  min: number;
  max: number;
  count: number;
}

/** One check-in day as the Progress screen needs it. Days without a check-in are not sent. */
export interface ProgressDay {
  day: string;
  /** By metric key; a measure nobody recorded that day is absent. */
  values: Record<string, DayStat>;
  /** The day's check-ins in the order written: local time where written, mood, lapse. */
  checkIns: { time: string; mood: number; lapse: boolean }[];
  copingIds: string[];
  triggerIds: string[];
  warningSignIds: string[];
  lapse: boolean;
}

export interface ProgressView {
  range: DayRange;
  /** The first and last check-in days in the vault (null with no check-ins), for "All". */
  firstDay: string | null;
  lastDay: string | null;
  days: ProgressDay[];
}
