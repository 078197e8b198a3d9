import { describe, expect, it } from 'vitest';
import { weeklyAdherence } from '../../../shared/medications/adherence';
import type { DoseRecord, Medication } from '../../../shared/medications/medication';

const twiceDaily: Medication = {
  id: 'lithium',
  name: 'Lithium carbonate',
  strength: '400 mg tablet',
  purpose: '',
  prescriberId: null,
  notes: '',
  stock: null,
  hiddenFromCharts: false,
  startedOn: '2026-11-25', // a Wednesday
  stoppedOn: null,
  versions: [
    {
      from: '2026-11-25',
      dose: 1,
      unit: 'tablet',
      schedule: { kind: 'scheduled', times: ['08:00', '20:00'], weekdays: [1, 2, 3, 4, 5, 6, 7] },
    },
  ],
};

let next = 0;
const dose = (day: string, dueTime: string, fields: Partial<DoseRecord> = {}): DoseRecord => ({
  id: `dose-${next++}`,
  medicationId: 'lithium',
  day,
  dueTime,
  status: 'taken',
  takenAt: `${day}T${dueTime}:00Z`,
  timeZone: 'UTC',
  amount: null,
  reason: '',
  ...fields,
});

describe('adherence by week', () => {
  it('divides doses taken on time by doses due; late, skipped and unwritten doses are each counted apart', () => {
    const doses = [
      dose('2026-11-30', '08:00'),
      dose('2026-11-30', '20:00', { takenAt: '2026-11-30T23:30:00Z' }), // 3½ hours late
      dose('2026-12-01', '08:00', { status: 'skipped', takenAt: null, reason: 'felt sick' }),
      dose('2026-12-01', '20:00', { takenAt: '2026-12-01T21:59:00Z' }), // within 2 hours
      // An as-needed dose is never due and counts in no share.
      { ...dose('2026-12-01', '08:00'), dueTime: null },
      // Another medication's record is not this one's.
      { ...dose('2026-12-02', '08:00'), medicationId: 'other' },
    ];
    const [week] = weeklyAdherence(twiceDaily, doses, '2026-11-30', '2026-12-06');
    expect(week).toEqual({
      weekStart: '2026-11-30',
      due: 14,
      takenOnTime: 2,
      takenLate: 1,
      skipped: 1,
      notRecorded: 10,
      share: 2 / 14,
    });
  });

  it('counts only the days in the range and from the start; a week with nothing due has no share', () => {
    const weeks = weeklyAdherence(twiceDaily, [], '2026-11-16', '2026-12-01');
    expect(weeks.map((week) => [week.weekStart, week.due, week.share])).toEqual([
      ['2026-11-16', 0, null],
      ['2026-11-23', 10, 0], // Wednesday 25th to Sunday 29th
      ['2026-11-30', 4, 0], // Monday and Tuesday, where the range ends
    ]);
  });

  it('counts a dose changed mid-week by the version in force each day', () => {
    const changed: Medication = {
      ...twiceDaily,
      versions: [
        ...twiceDaily.versions,
        {
          from: '2026-12-03',
          dose: 1,
          unit: 'tablet',
          schedule: { kind: 'scheduled', times: ['20:00'], weekdays: [1, 2, 3, 4, 5, 6, 7] },
        },
      ],
    };
    const [week] = weeklyAdherence(changed, [], '2026-11-30', '2026-12-06');
    expect(week?.due).toBe(3 * 2 + 4);
  });
});
