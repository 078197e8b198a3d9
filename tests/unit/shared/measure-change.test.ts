import { describe, expect, it } from 'vitest';
import {
  betterWhen,
  changeInWords,
  compareInWindows,
  compareMeans,
  comparisonWindows,
  minimumChange,
} from '../../../shared/progress/measure-change';

const rating = (key: string) => ({ key, min: 0, max: 10 });
const sleep = { key: 'sleep-hours', min: 0, max: 24 };
const sample = (mean: number, days = 10) => ({ mean, days });

describe('when a measure has changed', () => {
  it('a change must pass a minimum that fits the measure: 30 minutes of sleep, half a point on a 0–10 scale', () => {
    expect(minimumChange(sleep)).toBe(0.5);
    expect(minimumChange(rating('mood'))).toBe(0.5);
    expect(minimumChange({ key: 'own-steps', min: 0, max: 20_000 })).toBe(1_000);
    // 6.5 to 5.8 hours of sleep is a change (it used to need 1.2 h: 5% of 0–24).
    expect(compareMeans(sample(5.8), sample(6.5), sleep)).toBe('lower');
    expect(compareMeans(sample(6.2), sample(6.5), sleep)).toBe('about the same');
    expect(compareMeans(sample(6.4), sample(6), rating('mood'))).toBe('about the same');
    expect(compareMeans(sample(6.5), sample(6), rating('mood'))).toBe('higher');
    expect(compareMeans(sample(9, 4), sample(1), rating('mood'))).toBe('too few check-ins');
  });

  it('says better or worse where one way is better, and only then', () => {
    expect(betterWhen('cravings')).toBe('lower');
    expect(changeInWords('higher', 'cravings')).toBe('higher (worse)');
    expect(changeInWords('lower', 'pain')).toBe('lower (better)');
    expect(changeInWords('lower', 'anxiety')).toBe('lower (better)');
    expect(changeInWords('higher', 'mood')).toBe('higher (better)');
    expect(changeInWords('higher', 'sleep-hours')).toBe('higher');
    expect(changeInWords('lower', 'own-walks')).toBe('lower');
    expect(changeInWords('too few check-ins', 'mood')).toBe('too few check-ins to compare');
  });

  it('compares dated windows: the last 30 days against the 30 before, or the halves of a short range', () => {
    expect(comparisonWindows({ from: '2026-06-01', to: '2026-11-30' })).toEqual({
      earlier: { from: '2026-10-02', to: '2026-10-31' },
      later: { from: '2026-11-01', to: '2026-11-30' },
    });
    expect(comparisonWindows({ from: '2026-11-01', to: '2026-11-30' })).toEqual({
      earlier: { from: '2026-11-01', to: '2026-11-15' },
      later: { from: '2026-11-16', to: '2026-11-30' },
    });
    expect(comparisonWindows({ from: '2026-11-20', to: '2026-11-30' })).toBeNull();
    const daily = Array.from({ length: 30 }, (_, index) => ({
      day: `2026-11-${String(index + 1).padStart(2, '0')}`,
      mean: index < 15 ? 4 : 6,
    }));
    expect(
      compareInWindows(daily, comparisonWindows({ from: '2026-11-01', to: '2026-11-30' })!, rating('cravings')),
    ).toEqual({
      earlier: { from: '2026-11-01', to: '2026-11-15', mean: 4, days: 15 },
      later: { from: '2026-11-16', to: '2026-11-30', mean: 6, days: 15 },
      direction: 'higher',
    });
  });
});
