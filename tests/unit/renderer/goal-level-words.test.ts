import { describe, expect, it } from 'vitest';
import { goalLevelWords } from '../../../renderer/lib/goal-level-words';
import type { TrackedMetric } from '../../../shared/metrics/custom-metric';
import { goalLevel, goalLevelFigures } from '../../../shared/progress/goal-level';

const kneeBend: TrackedMetric = {
  key: 'knee-bend',
  label: 'Knee bend',
  kind: 'scale',
  min: 0,
  max: 160,
  step: 1,
  unit: 'degrees',
  lowLabel: '',
  highLabel: '',
  builtIn: false,
  enabled: true,
};
/** Twelve days of a knee bend measured after surgery, the latest 109. */
const days = [70, 74, 78, 81, 85, 88, 92, 96, 99, 103, 106, 109].map((mean, index) => ({
  day: `2026-03-${String(index + 1).padStart(2, '0')}`,
  mean,
}));

describe('goal progress for a goal that aims at a level', () => {
  it('is where I am now against the target, not the average over the range', () => {
    const figures = goalLevelFigures(days, '2026-03-12');
    expect(goalLevelWords(kneeBend, '110 degrees by the end of March', figures)).toBe(
      'Knee bend: 109 of a 110 degrees target (my latest, on March 12, 2026); the last 7 days’ average 99.0 (7 days).',
    );
  });

  it('a target with no number on the measure’s scale is about a trend: left to the first and last weeks', () => {
    expect(goalLevel('30 days, then the next 30', { min: 0, max: 10 })).toBeNull();
    expect(goalLevel('Feel steadier', { min: 0, max: 10 })).toBeNull();
    expect(goalLevel('7 hours on most nights', { min: 0, max: 24 })).toBe(7);
    expect(goalLevelWords(kneeBend, 'Walk without a stick', goalLevelFigures(days, '2026-03-12'))).toBeNull();
  });

  it('says when nothing is recorded yet, and counts only days up to the end of the range', () => {
    expect(goalLevelWords(kneeBend, '110', goalLevelFigures([], '2026-03-12'))).toBe(
      'Knee bend: nothing recorded yet against a 110 degrees target.',
    );
    expect(goalLevelFigures(days, '2026-03-05')).toEqual({
      latest: { day: '2026-03-05', value: 85 },
      lastWeek: { mean: 77.6, days: 5 },
    });
  });
});
