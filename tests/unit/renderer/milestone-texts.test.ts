import { describe, expect, it } from 'vitest';
import { countsInWords } from '../../../renderer/features/progress/milestone-texts';
import { buildMilestonesView } from '../../../shared/milestones/milestone';
import { elapsedParts } from '../../../shared/milestones/recovery-counters';

const view = (input: { cleanDate?: string; countedAs?: string; lapseDays?: string[]; today: string }) =>
  buildMilestonesView({
    startDate: '2026-01-01',
    cleanDate: input.cleanDate ?? null,
    countedAs: input.countedAs ?? '',
    planStartedOn: null,
    lapseDays: input.lapseDays ?? [],
    own: [],
    marks: new Map(),
    today: input.today,
  });

describe('counters in words', () => {
  it('months and days by the calendar', () => {
    expect(elapsedParts('2026-08-20', '2026-11-22')).toEqual({ years: 0, months: 3, days: 2 });
    expect(elapsedParts('2016-11-20', '2026-11-20')).toEqual({ years: 10, months: 0, days: 0 });
    expect(elapsedParts('2026-01-31', '2026-03-01')).toEqual({ years: 0, months: 1, days: 1 });
  });

  it('the days counted, in the person’s own word, with months and days once a month has passed', () => {
    const [clean] = countsInWords(view({ cleanDate: '2026-01-01', countedAs: 'smoke-free', today: '2026-04-03' }));
    expect(clean).toMatchObject({ kind: 'clean', headline: '92 days smoke-free (3 months, 2 days)' });
    // Without a word of their own, nothing is put in their mouth.
    const [neutral] = countsInWords(view({ cleanDate: '2026-01-01', today: '2026-01-08' }));
    expect(neutral!.headline).toBe('7 days since my chosen date');
  });

  it('after a lapse: the clean count is the days since it, the total is said to still count, and no two figures disagree', () => {
    const counts = countsInWords(
      view({ cleanDate: '2026-01-10', countedAs: 'sober', lapseDays: ['2026-03-01'], today: '2026-05-06' }),
    );
    expect(counts.map((count) => count.headline)).toEqual([
      '125 days in recovery (4 months, 5 days)',
      '65 days sober (2 months, 4 days)',
    ]);
    const text = counts.flatMap((count) => [count.headline, ...count.details]).join(' ');
    expect(text).toContain('Counting from March 2, 2026, the day after my last lapse.');
    expect(text).not.toMatch(/66 days|Current run/);
  });
});

describe('marking a milestone reached', () => {
  it('the latest reached milestone waits to be marked for 30 days; an earlier one never comes back', () => {
    const reachedYesterday = view({ cleanDate: '2026-01-01', today: '2026-04-02' });
    expect(reachedYesterday.toMark).toMatchObject({ title: '90 days', date: '2026-04-01' });
    const monthLater = view({ cleanDate: '2026-01-01', today: '2026-05-02' });
    expect(monthLater.toMark).toBeNull();
  });
});
