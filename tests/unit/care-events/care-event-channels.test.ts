import { describe, expect, it } from 'vitest';
import type { CareEventFields } from '../../../shared/care-events/care-event';
import { useUnlockedCores } from '../support/unlocked-core';
import { dailyVersion, medicationDetails } from '../../support/medication-fields';

const unlockedCore = useUnlockedCores();

// 09:00 in London on 10 April 2026.
const clock = { now: () => new Date('2026-04-10T08:00:00Z'), timeZone: () => 'Europe/London' };

const stay: CareEventFields = {
  kind: 'hospital-stay',
  day: '2026-03-28',
  until: '2026-04-02',
  words: "St Mary's",
  notes: 'Ward 4',
};

const medication = (name: string, hiddenFromCharts = false) => ({
  details: medicationDetails(name, { hiddenFromCharts }),
  first: dailyVersion('2026-03-02', 50),
});

describe('events of care channels', () => {
  it('lists the events that overlap a range with the medication changes among them, by day', async () => {
    const { value } = await unlockedCore({}, clock);
    const { id } = await value('careEvents.add', stay);
    await value('careEvents.add', { kind: 'appointment-kept', day: '2026-04-08', until: null, words: '', notes: '' });
    const { medications } = await value('medications.add', medication('Sertraline'));
    await value('medications.add', medication('Hidden', true));
    await value('medications.change', {
      id: medications[0]!.id,
      version: { ...medication('Sertraline').first, from: '2026-04-06', dose: 100 },
    });
    await value('medications.stop', { id: medications[0]!.id, on: '2026-04-09' });

    // A stay that began before the range still overlaps it.
    const events = await value('careEvents.get', { from: '2026-04-01', to: '2026-04-10' });
    expect(events.map((event) => [event.day, event.kind, event.title])).toEqual([
      ['2026-03-28', 'hospital-stay', "Hospital stay: St Mary's"],
      ['2026-04-06', 'medication-changed', expect.stringMatching(/^Sertraline changed to 100 mg/)],
      ['2026-04-08', 'appointment-kept', 'Appointment I went to'],
      ['2026-04-09', 'medication-stopped', 'Stopped Sertraline'],
    ]);
    expect(events[0]).toMatchObject({ id, until: '2026-04-02', notes: 'Ward 4' });
    expect(events[1]!.id).toBeNull();
    // The charts mark the same events.
    const progress = await value('progress.get', {
      from: '2026-04-01',
      to: '2026-04-10',
      pixels: 400,
      metrics: ['mood'],
    });
    expect(progress.events.map((event) => event.day)).toEqual(events.map((event) => event.day));
  });

  it('edits an event, and deletes it answering it as it was so Undo can write it again', async () => {
    const { value } = await unlockedCore({}, clock);
    const { id } = await value('careEvents.add', stay);
    await value('careEvents.edit', { id, fields: { ...stay, until: null, words: 'A&E' } });
    expect(await value('careEvents.get', { from: '2026-03-28', to: '2026-03-28' })).toMatchObject([
      { id, until: null, title: 'Hospital stay: A&E' },
    ]);
    const removed = await value('careEvents.delete', { id });
    expect(removed).toEqual({ ...stay, until: null, words: 'A&E' });
    expect(await value('careEvents.get', { from: '2026-03-01', to: '2026-04-10' })).toEqual([]);
  });

  it('refuses a day still to come, a last day before the first, an unknown event and unknown kinds', async () => {
    const { call, send } = await unlockedCore({}, clock);
    expect(await call('careEvents.add', { ...stay, day: '2026-04-11', until: null })).toMatchObject({
      ok: false,
      error: { code: 'INVALID_INPUT', message: expect.stringContaining('today or an earlier') },
    });
    expect(await call('careEvents.edit', { id: 'gone', fields: stay })).toMatchObject({
      ok: false,
      error: { code: 'NOT_FOUND' },
    });
    expect(await call('careEvents.delete', { id: 'gone' })).toMatchObject({ ok: false, error: { code: 'NOT_FOUND' } });
    for (const input of [
      { ...stay, until: '2026-03-27' },
      { ...stay, kind: 'medication-changed' },
      { ...stay, day: '2026-02-30' },
      { ...stay, extra: true },
    ]) {
      expect(await send('careEvents.add', input)).toMatchObject({ ok: false, error: { code: 'INVALID_INPUT' } });
    }
  });
});
