import { describe, expect, it } from 'vitest';
import { countsInWords } from '../../../renderer/lib/milestone-words';
import { buildMilestonesView } from '../../../shared/milestones/milestone';
import { elapsedParts } from '../../../shared/milestones/recovery-counters';

const view = (input: {
  startDate?: string | null;
  cleanDate?: string;
  countedAs?: string;
  lapseDays?: string[];
  planStartedOn?: string;
  today: string;
}) =>
  buildMilestonesView({
    startDate: input.startDate === undefined ? '2026-01-01' : input.startDate,
    cleanDate: input.cleanDate ?? null,
    countedAs: input.countedAs ?? '',
    planStartedOn: input.planStartedOn ?? null,
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
    expect(neutral!.headline).toBe('7 days since the day I count from');
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
  it('the latest reached milestone waits to be marked on its day and the 3 after, then goes; an earlier one never comes back', () => {
    const reachedYesterday = view({ cleanDate: '2026-01-01', today: '2026-04-02' });
    expect(reachedYesterday.toMark).toMatchObject({ title: '90 days since the day I count from', date: '2026-04-01' });
    expect(view({ cleanDate: '2026-01-01', today: '2026-04-04' }).toMark).toMatchObject({ date: '2026-04-01' });
    expect(view({ cleanDate: '2026-01-01', today: '2026-04-05' }).toMark).toBeNull();
    // A 1-week milestone is not on Today three weeks later; it stays among the milestones reached.
    const threeWeeksOn = view({ startDate: '2026-03-01', today: '2026-03-29' });
    expect(threeWeeksOn.toMark).toBeNull();
    expect(threeWeeksOn.reached.map((milestone) => milestone.title)).toContain('1 week in recovery');
  });

  it('on the day itself: the 10th anniversary of my recovery start is marked, whatever the clean count says', () => {
    const tenYears = view({
      startDate: '2016-12-04',
      cleanDate: '2016-12-04',
      countedAs: 'sober',
      lapseDays: ['2026-09-29'],
      today: '2026-12-04',
    });
    expect(tenYears.toMark).toMatchObject({ title: '10 years in recovery', date: '2026-12-04', count: 'recovery' });
    expect(tenYears.reached.map((milestone) => milestone.title)).toContain('60 days sober');
  });
});

describe('one count per thing counted', () => {
  it('a sober count never stands beside "0 days in recovery": the day the plan started is no recovery start beside it', () => {
    const justStarted = view({
      startDate: null,
      planStartedOn: '2026-11-20',
      cleanDate: '2026-08-20',
      countedAs: 'sober',
      today: '2026-11-20',
    });
    expect(countsInWords(justStarted).map((count) => count.headline)).toEqual(['92 days sober (3 months)']);
    // Nor does a recovery start the person gave that has no day counted yet.
    const startedToday = view({
      startDate: '2026-11-20',
      cleanDate: '2026-08-20',
      countedAs: 'sober',
      today: '2026-11-20',
    });
    expect(startedToday.counts.map((count) => count.kind)).toEqual(['clean']);
    // Without a clean date, the plan's first day is the recovery start.
    expect(view({ startDate: null, planStartedOn: '2026-11-13', today: '2026-11-20' }).counts).toMatchObject([
      { kind: 'recovery', counters: { totalDays: 7 } },
    ]);
  });

  it('every count shown gets its milestones; a lapse starts the clean count’s again, from the day after it', () => {
    const afterLapse = view({
      startDate: '2025-01-01',
      cleanDate: '2025-06-01',
      countedAs: 'sober',
      lapseDays: ['2026-03-01'],
      today: '2026-03-09',
    });
    const titles = afterLapse.reached.map((milestone) => `${milestone.date} ${milestone.title}`);
    expect(titles).toEqual(expect.arrayContaining(['2026-01-01 1 year in recovery', '2026-03-09 1 week sober']));
    // The milestones of the run before the lapse still count: listed, not marked again.
    expect(titles).toContain('2025-12-01 6 months sober');
    expect(titles).not.toContain('2026-06-01 1 year sober');
    expect(afterLapse.toMark).toMatchObject({ title: '1 week sober', date: '2026-03-09' });
    expect(afterLapse.next).toMatchObject({ title: '30 days sober', date: '2026-04-01' });
  });
});
