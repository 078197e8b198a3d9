import { describe, expect, it } from 'vitest';
import { defaultRangePreset, presetRange } from '../../../shared/progress/progress-range';

const today = '2026-03-03';
const custom = { from: today, to: today };
/** The range Progress opens on when nothing was chosen yet. */
const opensOn = (firstDay: string | null) => {
  const preset = defaultRangePreset(today, firstDay);
  return { preset, ...presetRange(preset, today, firstDay, custom) };
};

describe('the range Progress opens on', () => {
  it('a one-week user opens on their week: from the first check-in to today', () => {
    expect(opensOn('2026-02-25')).toEqual({ preset: 'All', from: '2026-02-25', to: today });
  });

  it('since the first check-in up to 3 months; longer than that, the last 3 months', () => {
    expect(opensOn('2025-12-04')).toEqual({ preset: 'All', from: '2025-12-04', to: today });
    expect(opensOn('2025-12-03')).toEqual({ preset: '3M', from: '2025-12-04', to: today });
    expect(opensOn('2016-03-01')).toEqual({ preset: '3M', from: '2025-12-04', to: today });
  });

  it('with a first check-in today, or none yet, a week ending today, never a lone dot at the edge', () => {
    expect(opensOn(today)).toEqual({ preset: 'All', from: '2026-02-25', to: today });
    expect(opensOn(null)).toEqual({ preset: 'All', from: '2026-02-25', to: today });
  });
});
