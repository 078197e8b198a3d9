import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import type { Clock } from '../../../electron/ports/clock';
import { defaultReminderPreferences } from '../../../shared/reminders/reminder-preferences';
import { checkInFields } from '../../support/check-in-fields';
import { dailyVersion, medicationDetails } from '../../support/medication-fields';
import { testPassphrase, useAppCores } from '../support/unlocked-core';

const appCore = useAppCores();

/** A clock the test moves, in London. */
function movableClock(start: string) {
  let now = new Date(start);
  const clock: Clock = { now: () => now, timeZone: () => 'Europe/London' };
  return { clock, moveTo: (to: string) => (now = new Date(to)) };
}

describe('reminders over the app core', () => {
  it('are kept beside the vault as times and switches only, and work while it is locked', async () => {
    const time = movableClock('2026-11-19T18:00:00Z');
    const shown: string[] = [];
    const backgroundModes: unknown[] = [];
    const { core, value } = await appCore({
      clock: time.clock,
      host: {
        showNotification: ({ title, body }) => shown.push(`${title}: ${body}`),
        setBackgroundMode: (mode) => backgroundModes.push(mode),
      },
    });
    expect(await value('reminders.get', {})).toEqual(defaultReminderPreferences);
    await value('vault.create', { passphrase: testPassphrase });
    const plan = await value('plan.start', { template: 'addiction' });
    await value('plan.updateSection', {
      section: 'reviewSchedule',
      value: { cadence: 'monthly', nextReviewOn: '2026-11-20' },
    });
    await value('reminders.update', { checkInTimes: ['20:00'], reviewDue: true, keepRunningInTray: true });
    expect(backgroundModes.at(-1)).toEqual({ keepRunningInTray: true, openAtLogin: false });

    // The file beside the vault holds no word of the plan.
    const file = await readFile(
      path.join(path.dirname((await value('vault.status', {})).vaultPath), 'preferences.json'),
      'utf8',
    );
    expect(JSON.parse(file)).toMatchObject({ checkInTimes: ['20:00'], reviewDue: true });
    expect(file).not.toContain(plan.plan.goals[0]!.statement);

    // Locked at 19:00: what was due is remembered in memory; the reminder still comes at 20:00.
    await value('vault.lock', {});
    time.moveTo('2026-11-19T20:00:10Z');
    expect(await core.checkReminders()).toEqual(['check-in']);
    // The review is due on the 20th: at 09:00 that day, while still locked.
    time.moveTo('2026-11-20T09:00:10Z');
    expect(await core.checkReminders()).toEqual(['review']);
    expect(shown).toEqual(['Waypoint: Time for your check-in.', 'Waypoint: Your plan review is due today.']);
  });

  it('a due questionnaire is reminded at the plan time each day until it is answered, in words that name no form', async () => {
    const time = movableClock('2026-11-19T08:00:00Z');
    const shown: string[] = [];
    const { core, value } = await appCore({
      clock: time.clock,
      host: { showNotification: ({ body }) => shown.push(body) },
    });
    await value('vault.create', { passphrase: testPassphrase });
    await value('reminders.update', { questionnaireDue: true });
    // Nothing scheduled: nothing is due.
    time.moveTo('2026-11-19T09:00:10Z');
    expect(await core.checkReminders()).toEqual([]);
    // Scheduled and never answered: due from the next plan time, locked or not.
    await value('questionnaires.schedule', { form: 'gad-7', cadence: 'every-2-weeks' });
    await value('vault.lock', {});
    time.moveTo('2026-11-20T09:00:10Z');
    expect(await core.checkReminders()).toEqual(['questionnaire']);
    expect(shown).toEqual(['Time for your questionnaire.']);
    // Answered on the 20th: the next is due two weeks on, on 4 December, and not before.
    await value('vault.unlock', { passphrase: testPassphrase });
    await value('questionnaires.answer', { form: 'gad-7', version: 1, items: [0, 0, 0, 0, 0, 0, 0], followUp: null });
    time.moveTo('2026-11-21T09:00:10Z');
    expect(await core.checkReminders()).toEqual([]);
    time.moveTo('2026-12-04T09:00:10Z');
    expect(await core.checkReminders()).toEqual(['questionnaire']);
  });

  it('a day that already has a check-in gets no check-in reminder, whether unlocked or locked since', async () => {
    const time = movableClock('2026-11-19T18:00:00Z');
    const { core, value } = await appCore({ clock: time.clock });
    await value('vault.create', { passphrase: testPassphrase });
    await value('reminders.update', { checkInTimes: ['20:00', '21:00'] });
    await value('checkIns.add', checkInFields({ at: '2026-11-19T18:00:00.000Z' }));
    time.moveTo('2026-11-19T20:00:10Z');
    expect(await core.checkReminders()).toEqual([]);
    await value('vault.lock', {});
    time.moveTo('2026-11-19T21:00:10Z');
    expect(await core.checkReminders()).toEqual([]);
    time.moveTo('2026-11-20T20:00:10Z');
    expect(await core.checkReminders()).toEqual(['check-in']);
  });

  it('a dose reminder comes at a dose’s time unless it is answered, locked or not, in words that name no medicine', async () => {
    const time = movableClock('2026-11-19T07:00:00Z');
    const shown: string[] = [];
    const { core, value } = await appCore({
      clock: time.clock,
      host: { showNotification: ({ title, body }) => shown.push(`${title}: ${body}`) },
    });
    await value('vault.create', { passphrase: testPassphrase });
    await value('reminders.update', { doseDue: true });
    const { medications } = await value('medications.add', {
      details: medicationDetails('Sertraline'),
      first: dailyVersion('2026-11-01', 50, ['08:00', '20:00']),
    });
    time.moveTo('2026-11-19T08:00:10Z');
    expect(await core.checkReminders()).toEqual(['dose']);
    // The evening dose taken early, then locked: no reminder at 20:00.
    await value('medications.recordDose', {
      medicationId: medications[0]!.id,
      day: '2026-11-19',
      dueTime: '20:00',
      status: 'taken',
      takenAt: 'now',
      amount: null,
      reason: '',
    });
    await value('vault.lock', {});
    time.moveTo('2026-11-19T20:00:10Z');
    expect(await core.checkReminders()).toEqual([]);
    // Still locked the next morning: the schedule known at the lock brings the 08:00 reminder.
    time.moveTo('2026-11-20T08:00:10Z');
    expect(await core.checkReminders()).toEqual(['dose']);
    expect(shown).toEqual(['Waypoint: A reminder from Waypoint.', 'Waypoint: A reminder from Waypoint.']);
  });

  it('main refuses reminder times that are not times, and more than four a day', async () => {
    const { send } = await appCore();
    const refusal = async (input: unknown) => {
      const result = await send('reminders.update', input);
      return result.ok ? 'accepted' : result.error.message;
    };
    expect(await refusal({ checkInTimes: ['25:00'] })).toMatch(/Use a time such as 20:00/);
    expect(await refusal({ checkInTimes: ['08:00', '09:00', '10:00', '11:00', '12:00'] })).toMatch(/Up to 4/);
    expect(await refusal({ checkInTimes: ['20:00', '20:00'] })).toMatch(/once/);
    expect(await refusal({ planTime: '9am' })).toMatch(/Use a time/);
    expect(await refusal({ sendTo: 'someone' })).not.toBe('accepted');
  });
});
