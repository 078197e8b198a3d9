import { describe, expect, it } from 'vitest';
import type { CheckIn } from '../../../shared/check-ins/check-in';
import type { PlanDocument } from '../../../shared/plan/plan-document';
import { recurringStages } from '../../../shared/today/warning-recurrence';
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
const none = { early: null, worsening: null };

describe('recurring warning signs', () => {
  it('a stage recurs when its signs were noted on 3 of the last 7 days; several on one day count once', () => {
    const checkIns = [
      noted('2026-11-13', 'e1'), // 7 days before the 20th: outside the window
      noted('2026-11-15', 'e1', 'e2'),
      noted('2026-11-15', 'e2'),
      noted('2026-11-18', 'w1'),
      noted('2026-11-19', 'e2', 'c1'),
    ];
    expect(recurringStages(checkIns, plan, '2026-11-20', none)).toEqual([]);
    const third = [...checkIns, noted('2026-11-20', 'e1')];
    expect(recurringStages(third, plan, '2026-11-20', none)).toEqual([{ stage: 'early', days: 3 }]);
    // A week on, the signs have eased: the card goes.
    expect(recurringStages(third, plan, '2026-11-24', none)).toEqual([]);
  });

  it('dismissed, the card comes back only if the signs recur after that day; the crisis stage is never here', () => {
    const checkIns = ['2026-11-16', '2026-11-17', '2026-11-18'].map((day) => noted(day, 'w1', 'c1'));
    expect(recurringStages(checkIns, plan, '2026-11-18', none)).toEqual([{ stage: 'worsening', days: 3 }]);
    const dismissed = { early: null, worsening: '2026-11-18' };
    expect(recurringStages(checkIns, plan, '2026-11-19', dismissed)).toEqual([]);
    const again = [...checkIns, ...['2026-11-19', '2026-11-20', '2026-11-21'].map((day) => noted(day, 'w1'))];
    expect(recurringStages(again, plan, '2026-11-21', dismissed)).toEqual([{ stage: 'worsening', days: 3 }]);
  });
});
