/** Where main reads the time: the real clock and zone in the app, fixed ones in tests. */
export interface Clock {
  now(): Date;
  /** The computer's time zone, an IANA name such as `Europe/London`. */
  timeZone(): string;
}

export const systemClock: Clock = {
  now: () => new Date(),
  timeZone: () => Intl.DateTimeFormat().resolvedOptions().timeZone,
};
