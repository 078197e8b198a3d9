import { describe, expect, it } from 'vitest';
import { formatMinutesOfDay, formatTimeAt, formatTimeOfDay } from '../../../shared/dates/format-time';

// Intl may put a narrow no-break space before AM/PM: compared with plain spaces.
const plain = (text: string) => text.replaceAll(/\s/gu, ' ');

describe('one time format, following the locale’s 12- or 24-hour clock', () => {
  it('a 24-hour locale (en-GB) writes 19:00 and 09:05, with no AM or PM', () => {
    expect(formatTimeOfDay('19:00', 'en-GB')).toBe('19:00');
    expect(formatTimeOfDay('09:05', 'en-GB')).toBe('09:05');
    expect(formatMinutesOfDay(0, 'en-GB')).toBe('00:00');
    expect(formatTimeAt('2026-11-19T15:29:00Z', 'Europe/London', 'en-GB')).toBe('15:29');
  });

  it('a 12-hour locale (en-US) writes 7:00 PM and 9:05 AM, never 03:29 PM', () => {
    expect(plain(formatTimeOfDay('19:00', 'en-US'))).toBe('7:00 PM');
    expect(plain(formatTimeOfDay('09:05', 'en-US'))).toBe('9:05 AM');
    expect(plain(formatMinutesOfDay(240, 'en-US'))).toBe('4:00 AM');
    expect(plain(formatTimeAt('2026-11-19T15:29:00Z', 'Europe/London', 'en-US'))).toBe('3:29 PM');
  });

  it('an instant is read on the clock where it was written', () => {
    expect(formatTimeAt('2026-11-19T15:29:00Z', 'America/New_York', 'en-GB')).toBe('10:29');
    expect(formatTimeAt(new Date('2026-07-01T23:30:00Z'), 'Europe/London', 'en-GB')).toBe('00:30');
  });
});
