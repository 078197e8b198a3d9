import { describe, expect, it } from 'vitest';
import type { CheckIn } from '../../../shared/check-ins/check-in';
import type { PlanDocument } from '../../../shared/plan/plan-document';
import { crisisFollowUp, recurringWarningSigns } from '../../../shared/today/warning-recurrence';
import { checkInFields } from '../../support/check-in-fields';

const stage = (ids: string[]) => ({
  signs: ids.map((id) => ({ id, description: id })),
  actionPlan: '',
  peopleToCall: '',
});
const plan = {
  warningSigns: { early: stage(['e1', 'e2']), worsening: stage(['w1']), crisis: stage(['c1']) },
} as unknown as PlanDocument;
const noted = (day: string, ...warningSignIds: string[]): CheckIn => ({
  id: `${day}-${warningSignIds.join()}`,
  day,
  ...checkInFields({ warningSignIds }),
});
const at = (day: string, hour = 20) => `${day}T${String(hour).padStart(2, '0')}:00:00.000Z`;

describe('recurring warning signs, judged across stages', () => {
  it('any sign counts: early, worsening and crisis signs on 3 of the last 4 days bring the card, opening with the crisis stage', () => {
    const checkIns = [noted('2026-11-17', 'e1'), noted('2026-11-18', 'w1'), noted('2026-11-20', 'c1')];
    expect(recurringWarningSigns(checkIns, plan, '2026-11-20', null)).toEqual({
      days: 3,
      mostSevere: 'crisis',
      daysByStage: { early: 1, worsening: 1, crisis: 1 },
    });
    // Each stage on its own (the old rule) would have said nothing: no stage reached 3 days.
    expect(recurringWarningSigns(checkIns.slice(0, 2), plan, '2026-11-20', null)).toBeUndefined();
  });

  it('several signs on one day count once; days outside the last 7 do not count; eased signs take the card away', () => {
    const checkIns = [
      noted('2026-11-13', 'e1'), // 7 days before the 20th: outside the window
      noted('2026-11-15', 'e1', 'e2'),
      noted('2026-11-15', 'e2'),
      noted('2026-11-18', 'w1'),
    ];
    expect(recurringWarningSigns(checkIns, plan, '2026-11-20', null)).toBeUndefined();
    const third = [...checkIns, noted('2026-11-20', 'e1')];
    expect(recurringWarningSigns(third, plan, '2026-11-20', null)).toMatchObject({ days: 3, mostSevere: 'worsening' });
    expect(recurringWarningSigns(third, plan, '2026-11-24', null)).toBeUndefined();
  });

  it('dismissed, the card comes back only if signs recur after that day', () => {
    const checkIns = ['2026-11-16', '2026-11-17', '2026-11-18'].map((day) => noted(day, 'w1'));
    expect(recurringWarningSigns(checkIns, plan, '2026-11-18', null)).toMatchObject({ days: 3 });
    expect(recurringWarningSigns(checkIns, plan, '2026-11-19', '2026-11-18')).toBeUndefined();
    const again = [...checkIns, ...['2026-11-19', '2026-11-20', '2026-11-21'].map((day) => noted(day, 'e1'))];
    expect(recurringWarningSigns(again, plan, '2026-11-21', '2026-11-18')).toMatchObject({
      days: 3,
      mostSevere: 'early',
    });
  });
});

describe('the follow-up the day after a crisis sign', () => {
  const withTime = (day: string, hour: number, ...ids: string[]) => ({ ...noted(day, ...ids), at: at(day, hour) });

  it('follows a crisis sign noted yesterday, until a check-in without one or a dismissal', () => {
    const crisis = withTime('2026-11-19', 21, 'c1');
    expect(crisisFollowUp([crisis], plan, '2026-11-19', null)).toBeUndefined(); // the same day: the crisis panel answered
    expect(crisisFollowUp([crisis], plan, '2026-11-20', null)).toEqual({ day: '2026-11-19' });
    expect(crisisFollowUp([crisis], plan, '2026-11-22', null)).toEqual({ day: '2026-11-19' });
    expect(crisisFollowUp([crisis, withTime('2026-11-20', 9)], plan, '2026-11-20', null)).toBeUndefined();
    expect(crisisFollowUp([crisis], plan, '2026-11-20', '2026-11-20')).toBeUndefined();
    // A later crisis sign after a dismissal brings it back.
    const later = withTime('2026-11-21', 22, 'c1');
    expect(crisisFollowUp([crisis, later], plan, '2026-11-22', '2026-11-20')).toEqual({ day: '2026-11-21' });
  });

  it('an early or worsening sign is not a crisis sign', () => {
    expect(crisisFollowUp([withTime('2026-11-19', 21, 'w1', 'e1')], plan, '2026-11-20', null)).toBeUndefined();
  });
});
