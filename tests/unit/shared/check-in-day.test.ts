import { describe, expect, it } from 'vitest';
import { checkInDay, instantAt, isKnownTimeZone } from '../../../shared/check-ins/check-in-day';

const at = (iso: string) => new Date(iso);

describe('check-in day', () => {
  it('a check-in at 23:59 belongs to that day; one at 04:01 to the new day', () => {
    expect(checkInDay(at('2026-11-20T23:59:00Z'), 'Europe/London')).toBe('2026-11-20');
    expect(checkInDay(at('2026-11-21T04:01:00Z'), 'Europe/London')).toBe('2026-11-21');
  });

  it('a late-night check-in before the day boundary counts for the evening before', () => {
    expect(checkInDay(at('2026-11-21T01:30:00Z'), 'Europe/London')).toBe('2026-11-20');
    expect(checkInDay(at('2026-11-21T03:59:00Z'), 'Europe/London')).toBe('2026-11-20');
    expect(checkInDay(at('2026-11-21T04:00:00Z'), 'Europe/London')).toBe('2026-11-21');
  });

  it('the boundary is the person’s choice: midnight, or as late as 06:00', () => {
    expect(checkInDay(at('2026-11-21T01:30:00Z'), 'Europe/London', 0)).toBe('2026-11-21');
    expect(checkInDay(at('2026-11-21T05:30:00Z'), 'Europe/London', 360)).toBe('2026-11-20');
  });

  it('uses the wall clock where it was written: travel never moves an entry to the wrong day', () => {
    // The same instant is Friday evening in New York and Saturday morning in Tokyo.
    const instant = at('2026-11-21T00:30:00Z');
    expect(checkInDay(instant, 'America/New_York')).toBe('2026-11-20');
    expect(checkInDay(instant, 'Asia/Tokyo')).toBe('2026-11-21');
  });

  it('DST changes do not move entries: the spring-forward and fall-back nights', () => {
    // Europe/London: clocks go forward at 01:00 UTC on 29 March 2026, back at 01:00 UTC on 25 October.
    expect(checkInDay(at('2026-03-29T00:30:00Z'), 'Europe/London')).toBe('2026-03-28'); // 00:30 GMT
    expect(checkInDay(at('2026-03-29T02:30:00Z'), 'Europe/London')).toBe('2026-03-28'); // 03:30 BST
    expect(checkInDay(at('2026-03-29T03:01:00Z'), 'Europe/London')).toBe('2026-03-29'); // 04:01 BST
    expect(checkInDay(at('2026-10-25T00:30:00Z'), 'Europe/London')).toBe('2026-10-24'); // 01:30 BST
    expect(checkInDay(at('2026-10-25T01:30:00Z'), 'Europe/London')).toBe('2026-10-24'); // 01:30 GMT, again
    expect(checkInDay(at('2026-10-25T04:01:00Z'), 'Europe/London')).toBe('2026-10-25');
  });

  it('finds the instant of a wall-clock time, across DST gaps and overlaps', () => {
    expect(instantAt('2026-11-20', '21:15', 'Europe/London').toISOString()).toBe('2026-11-20T21:15:00.000Z');
    expect(instantAt('2026-07-01', '21:15', 'Europe/London').toISOString()).toBe('2026-07-01T20:15:00.000Z');
    expect(instantAt('2026-07-01', '09:00', 'America/Los_Angeles').toISOString()).toBe('2026-07-01T16:00:00.000Z');
    // 01:30 on 29 March does not exist in London; it becomes 02:30 BST (01:30 UTC).
    expect(instantAt('2026-03-29', '01:30', 'Europe/London').toISOString()).toBe('2026-03-29T01:30:00.000Z');
    // 01:30 on 25 October happens twice; the first (BST) is taken.
    expect(instantAt('2026-10-25', '01:30', 'Europe/London').toISOString()).toBe('2026-10-25T00:30:00.000Z');
    for (const zone of ['Europe/London', 'Asia/Kolkata', 'Australia/Lord_Howe', 'Pacific/Chatham']) {
      const instant = instantAt('2026-06-15', '22:45', zone);
      expect(checkInDay(instant, zone)).toBe('2026-06-15');
    }
  });

  it('knows real time zone names and refuses made-up ones', () => {
    expect(isKnownTimeZone('Europe/Berlin')).toBe(true);
    expect(isKnownTimeZone('UTC')).toBe(true);
    expect(isKnownTimeZone('Mars/Olympus_Mons')).toBe(false);
  });
});
