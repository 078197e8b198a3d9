import type { CheckInFields } from '../../shared/check-ins/check-in';

/** A check-in as a test writes one: in London, mood 6, nothing else, with what the test cares about. */
export function checkInFields(overrides: Partial<CheckInFields> = {}): CheckInFields {
  return {
    at: '2026-03-10T20:15:00.000Z',
    timeZone: 'Europe/London',
    mood: 6,
    values: {},
    copingIds: [],
    triggerIds: [],
    warningSignIds: [],
    lapse: false,
    note: '',
    dayChosen: false,
    ...overrides,
  };
}

/** A check-in as the channel tests write one: with energy and sleep recorded, and a note. */
export function checkInWithMeasures(overrides: Partial<CheckInFields> = {}): CheckInFields {
  return checkInFields({ values: { energy: 5, 'sleep-hours': 7.5 }, note: 'A walk by the river.', ...overrides });
}
