import { describe, expect, it } from 'vitest';
import { nextContactDue, readContactCadence } from '../../../shared/plan/contact-cadence';

describe('how often we check in, as people write it', () => {
  it.each([
    ['Daily', { unit: 'day', count: 1 }],
    ['every day after work', { unit: 'day', count: 1 }],
    ['every other day', { unit: 'day', count: 2 }],
    ['Every 3 days', { unit: 'day', count: 3 }],
    ['every three days', { unit: 'day', count: 3 }],
    ['Weekly', { unit: 'day', count: 7 }],
    ['once a week', { unit: 'day', count: 7 }],
    ['Sundays', { unit: 'day', count: 7 }],
    ['every Sunday at the meeting', { unit: 'day', count: 7 }],
    ['twice a week', { unit: 'day', count: 3 }],
    ['3 times per week', { unit: 'day', count: 2 }],
    ['fortnightly', { unit: 'day', count: 14 }],
    ['every 2 weeks', { unit: 'day', count: 14 }],
    ['monthly', { unit: 'month', count: 1 }],
    ['once a month', { unit: 'month', count: 1 }],
    ['every 3 months', { unit: 'month', count: 3 }],
  ])('"%s" reads as %o', (text, cadence) => {
    expect(readContactCadence(text)).toEqual(cadence);
  });

  it.each(['', 'when I need to', 'as often as possible', 'every 0 days', 'every 9999 days'])(
    '"%s" is not a cadence, so nobody is ever shown as due for it',
    (text) => {
      expect(readContactCadence(text)).toBeUndefined();
    },
  );

  it('the next contact is due a cadence after the last, months by the calendar', () => {
    expect(nextContactDue('2026-11-20', { unit: 'day', count: 7 })).toBe('2026-11-27');
    expect(nextContactDue('2026-01-31', { unit: 'month', count: 1 })).toBe('2026-02-28');
  });
});
