import { describe, expect, it } from 'vitest';
import { draftDay, draftOf, fieldsOfDraft, newDraft } from '../../../renderer/features/check-ins/check-in-draft';
import { trackedMetrics } from '../../../shared/metrics/custom-metric';

const metrics = trackedMetrics([
  { key: 'energy', enabled: true, custom: null },
  { key: 'sleep-hours', enabled: true, custom: null },
  { key: 'custom-walk', enabled: true, custom: { label: 'Walked', kind: 'yes-no', min: 0, max: 1, unit: '' } },
]);

describe('check-in form draft', () => {
  it('turns typed values into numbers, skips empty ones and says what is out of range', () => {
    const draft = {
      ...newDraft(new Date('2026-03-10T20:15:00Z')),
      mood: 6,
      timeZone: 'Europe/London',
      date: '2026-03-10',
      time: '20:15',
    };
    expect(
      fieldsOfDraft({ ...draft, values: { energy: '7', 'sleep-hours': '', 'custom-walk': '1' } }, metrics),
    ).toEqual({
      fields: expect.objectContaining({
        at: '2026-03-10T20:15:00.000Z',
        mood: 6,
        values: { energy: 7, 'custom-walk': 1 },
      }),
    });
    expect(fieldsOfDraft({ ...draft, values: { energy: '11', 'sleep-hours': '7.3' } }, metrics)).toEqual({
      problems: {
        energy: 'Energy takes whole numbers from 0 to 10.',
        'sleep-hours': 'Sleep takes from 0 to 24 hours, in steps of 0.25.',
      },
    });
    expect(fieldsOfDraft({ ...draft, date: '' }, metrics)).toEqual({
      problems: { when: 'Enter the date and time of this check-in.' },
    });
  });

  it('holds the date to the same rules main does: a real day, and never more than a day ahead of the clock', () => {
    const now = new Date('2026-03-10T21:00:00Z');
    const draft = { ...newDraft(now), mood: 6, timeZone: 'Europe/London', time: '20:00' };
    const when = (date: string) => {
      const result = fieldsOfDraft({ ...draft, date }, metrics, undefined, now);
      return 'problems' in result ? result.problems.when : 'accepted';
    };
    expect(when('2026-02-30')).toBe('Use a real date between 1900 and 2199, written as YYYY-MM-DD.');
    expect(when('1899-12-31')).toBe('Use a real date between 1900 and 2199, written as YYYY-MM-DD.');
    expect(when('2026-03-11')).toBe('accepted');
    expect(when('2026-03-13')).toBe('A check-in cannot be dated in the future.');
  });

  it('a draft written now keeps the exact moment; a late-night one counts for the evening before', () => {
    const moment = new Date('2026-03-11T01:30:42.123Z');
    const fresh = newDraft(moment);
    // Nothing is chosen for the person: no mood until they pick one.
    expect(fresh.mood).toBeNull();
    expect(fieldsOfDraft(fresh, metrics, moment)).toMatchObject({ problems: { mood: 'Choose a mood from 0 to 10.' } });
    const draft = { ...fresh, mood: 5, timeZone: 'Europe/London', date: '2026-03-11', time: '01:30' };
    expect(draftDay(draft, 240)).toBe('2026-03-10');
    expect(draftDay(draft, 0)).toBe('2026-03-11');
    const result = fieldsOfDraft(draft, metrics, moment);
    expect('fields' in result && result.fields.at).toBe('2026-03-11T01:30:42.123Z');
  });

  it('an edit shows the clock of the zone it was written in, not this computer’s', () => {
    const draft = draftOf({
      id: 'c1',
      day: '2026-03-10',
      at: '2026-03-10T23:30:00.000Z',
      timeZone: 'Asia/Tokyo',
      mood: 4,
      values: { energy: 3 },
      copingIds: [],
      triggerIds: [],
      warningSignIds: [],
      lapse: false,
      note: '',
      dayChosen: false,
    });
    expect(draft).toMatchObject({ date: '2026-03-11', time: '08:30', timeZone: 'Asia/Tokyo', values: { energy: '3' } });
    const result = fieldsOfDraft(draft, metrics);
    expect('fields' in result && result.fields.at).toBe('2026-03-10T23:30:00.000Z');
  });

  it('a day being filled in counts for that date, even for a time after midnight (the backfill rule)', () => {
    const typedAt = new Date('2026-11-20T01:08:00Z');
    const backfill = { ...newDraft(typedAt, '2026-11-19'), mood: 4, timeZone: 'Europe/London', time: '01:08' };
    expect(backfill.dayChosen).toBe(true);
    expect(draftDay(backfill, 240)).toBe('2026-11-19');
    const result = fieldsOfDraft(backfill, metrics, undefined, typedAt);
    expect('fields' in result && result.fields).toMatchObject({ at: '2026-11-19T01:08:00.000Z', dayChosen: true });
    // The same moment written "now" follows the day boundary.
    expect(draftDay({ ...backfill, dayChosen: false }, 240)).toBe('2026-11-18');
  });
});
