import type { Locator, Page } from '@playwright/test';
import { randomUUID } from 'node:crypto';
import type { CheckInFields } from '../../shared/check-ins/check-in';
import { insertCheckIn } from '../../electron/check-ins/check-in-repository';
import { readPlan, readPlanSections, updatePlanSection } from '../../electron/plan/plan-repository';
import type { VaultSession } from '../../electron/vault/vault-session';
import { checkInFields } from '../support/check-in-fields';
import {
  expectAccessibleInBothThemes,
  inBothThemes,
  lockAndUnlock,
  mainNav,
  moodOption,
  openDemo,
  openSeeded,
  screenshot,
} from './app-steps';
import { colourRules, expect, expectNoSeriousAxeViolations, test } from './fixtures';

const dayOf = (page: Page, date: RegExp) =>
  page.getByRole('listitem').filter({ has: page.getByRole('heading', { name: date }) });

/** Locks and unlocks, then finds the three days of check-ins as they were (1 March with `marchFirstMood`). */
async function expectThreeDaysAfterLocking(page: Page, marchFirstMood: number): Promise<void> {
  await lockAndUnlock(page);
  await mainNav(page).getByRole('link', { name: 'Check-ins' }).click();
  await expect(dayOf(page, /March 1, 2026/).getByText(`Mood ${marchFirstMood}/10`)).toBeVisible();
  await expect(dayOf(page, /March 2, 2026/).getByRole('listitem')).toHaveCount(2);
  await expect(dayOf(page, /February 28, 2026/).getByText('Hard day. Called Alex afterwards.')).toBeVisible();
}

/** Opens the full check-in form from the keyboard: Tab to "New check-in", Enter. */
async function openFullFormByKeyboard(page: Page): Promise<void> {
  await page.getByRole('button', { name: 'New check-in' }).focus();
  await page.keyboard.press('Enter');
}

/**
 * A check-in by keyboard alone: Ctrl+K for the quick check-in (or the full form when there is
 * more to record), focus on the mood with nothing chosen, a number key and an arrow key choose,
 * Enter from the mood saves.
 */
async function checkInByKeyboard(page: Page, mood: number, extra?: () => Promise<void>): Promise<void> {
  if (extra) await openFullFormByKeyboard(page);
  else await page.keyboard.press('Control+k');
  await expect(moodOption(page, 5)).toBeFocused();
  await expect(page.getByRole('radio', { checked: true })).toHaveCount(0);
  await page.keyboard.press(String(mood - 1));
  await page.keyboard.press('ArrowRight');
  await expect(moodOption(page, mood)).toBeChecked();
  await extra?.();
  await moodOption(page, mood).focus();
  await page.keyboard.press('Enter');
  if (extra) {
    await expect(page.getByRole('button', { name: 'New check-in' })).toBeFocused();
  } else {
    const dialog = page.getByRole('dialog', { name: 'How am I today?' });
    await expect(dialog.getByRole('status')).toHaveText(/Check-in saved for/);
    await page.keyboard.press('Enter');
    await expect(dialog).toBeHidden();
  }
}

/** The addiction template's plan, with recovery starting on 20 February 2026. */
function startOn20February(session: VaultSession): void {
  session.change((db) => {
    const { about } = readPlanSections(db);
    updatePlanSection(db, { section: 'about', value: { ...about, startDate: '2026-02-20' } });
  });
}

/**
 * The addiction template's plan, filled by `fill`, unlocked in London with the renderer's clock at
 * `clock` (main still checks nothing is dated in its future).
 */
async function openInLondon(
  fixtures: Parameters<typeof openSeeded>[0],
  fill: (session: VaultSession) => void,
  clock: string,
): Promise<Page> {
  const { page } = await openSeeded(fixtures, { template: 'addiction', fill }, { timeZone: 'Europe/London', clock });
  return page;
}

/** What the first test's person checks in, as if they had: the next test starts from it. */
function threeDaysOfCheckIns(session: VaultSession): void {
  startOn20February(session);
  session.change((db) => {
    const plan = readPlan(db);
    const id = (entries: { id: string; name?: string; description?: string }[], title: string) =>
      entries.find((entry) => entry.name === title || entry.description === title)!.id;
    const walk = id(plan.copingStrategies, 'A brisk walk');
    const paydays = id(plan.triggers, 'Evenings and paydays');
    const checkIn = (at: string, mood: number, fields: Partial<CheckInFields> = {}) =>
      checkInFields({ at, mood, ...fields });
    for (const fields of [
      checkIn('2026-02-28T20:00:00.000Z', 5, { lapse: true, note: 'Hard day. Called Alex afterwards.' }),
      checkIn('2026-03-01T20:00:00.000Z', 7, { values: { energy: 6 }, copingIds: [walk] }),
      checkIn('2026-03-02T21:00:00.000Z', 6),
      checkIn('2026-03-03T01:30:00.000Z', 5, { triggerIds: [paydays] }),
    ]) {
      insertCheckIn(db, randomUUID(), fields, 240);
    }
  });
}

test('in the check-in form, Tab goes through the measures, then "Choose what to track", in the order they are drawn', async ({
  launch,
  userDataDir,
}) => {
  const { page } = await openSeeded(
    { launch, userDataDir },
    { template: 'addiction' },
    { timeZone: 'Europe/London', clock: '2026-03-01T20:00:00Z' },
  );
  await mainNav(page).getByRole('link', { name: 'Check-ins' }).click();
  await openFullFormByKeyboard(page);
  const measures = page.getByRole('group', { name: 'How things are' });
  await measures.locator('input, select, button').first().focus();
  // Each Tab stop in the measures, with where it is drawn on the page, until focus leaves them.
  const stops: { name: string; top: number; bottom: number; left: number }[] = [];
  while (await measures.evaluate((group) => group.contains(document.activeElement))) {
    stops.push(
      await page.evaluate(() => {
        const focused = document.activeElement as HTMLElement;
        const box = focused.getBoundingClientRect();
        // On the page, not the window: a Tab may scroll.
        const [top, bottom] = [box.top + window.scrollY, box.bottom + window.scrollY];
        return { name: focused.textContent || focused.id, top, bottom, left: box.left };
      }),
    );
    await page.keyboard.press('Tab');
  }
  expect(stops.length).toBeGreaterThan(2);
  expect(stops.at(-1)!.name).toBe('Choose what to track');
  // Reading order: each stop is on a lower row than the one before, or on its row to its right.
  for (const [index, stop] of stops.entries()) {
    const before = stops[index - 1];
    if (!before) continue;
    const sameRow = Math.abs(stop.top - before.top) < 4;
    expect(sameRow ? stop.left > before.left : stop.top >= before.bottom - 1, `${stop.name} after ${before.name}`).toBe(
      true,
    );
  }
});

test('check-ins by keyboard on two days: a late-night one counts for the evening before', async ({
  launch,
  userDataDir,
}) => {
  // The renderer's clock is moved day by day.
  const page = await openInLondon({ launch, userDataDir }, startOn20February, '2026-03-01T20:00:00Z');

  // Day 1, 20:00: mood 7, energy 6, a coping strategy; Enter saves from anywhere in the form.
  await mainNav(page).getByRole('link', { name: 'Check-ins' }).click();
  await checkInByKeyboard(page, 7, async () => {
    await page.getByRole('spinbutton', { name: 'Energy' }).fill('6');
    await page.getByRole('checkbox', { name: 'A brisk walk' }).check();
  });
  await expect(dayOf(page, /March 1, 2026/).getByText('Mood 7/10')).toBeVisible();
  await expect(dayOf(page, /March 1, 2026/).getByText('Used: A brisk walk')).toBeVisible();

  // Day 2, 21:00, and again at 01:30 after midnight: before the 04:00 boundary it counts for day 2.
  await page.clock.setFixedTime(new Date('2026-03-02T21:00:00Z'));
  await checkInByKeyboard(page, 6);
  // The quick check-in says which day it counts for; "Add details" opens the full form with the mood kept.
  await page.clock.setFixedTime(new Date('2026-03-03T01:30:00Z'));
  await page.keyboard.press('Control+k');
  const quick = page.getByRole('dialog', { name: 'How am I today?' });
  await expect(quick.getByText('This check-in counts for March 2, 2026.')).toBeVisible();
  await page.keyboard.press('5');
  await quick.getByRole('button', { name: 'Add details' }).click();
  await expect(page.getByText('This check-in counts for March 2, 2026.')).toBeVisible();
  await expect(moodOption(page, 5)).toBeChecked();
  await page.getByRole('checkbox', { name: 'Evenings and paydays' }).check();
  await moodOption(page, 5).focus();
  await page.keyboard.press('Enter');
  const march2 = dayOf(page, /March 2, 2026/);
  await expect(march2.getByRole('listitem')).toHaveCount(2);
  await expect(march2.getByText(/^1:30\sAM$/)).toBeVisible();

  await lockAndUnlock(page);
  await mainNav(page).getByRole('link', { name: 'Check-ins' }).click();
  await expect(dayOf(page, /March 1, 2026/).getByText('Mood 7/10')).toBeVisible();
  await expect(dayOf(page, /March 2, 2026/).getByRole('listitem')).toHaveCount(2);
});

test('a missed day backfilled with a lapse, and bad input refused, by keyboard', async ({
  launch,
  hostName,
  userDataDir,
}) => {
  const page = await openInLondon({ launch, userDataDir }, startOn20February, '2026-03-01T20:00:00Z');
  await mainNav(page).getByRole('link', { name: 'Check-ins' }).click();

  // Before a first check-in, no list of empty days: a way to add one for an earlier day.
  await expect(page.getByText('No check-ins yet: my first one starts this list.')).toBeVisible();
  await expect(page.getByRole('button', { name: /Add one for/ })).toHaveCount(0);
  // Backfill a missed day, with a lapse; the form says, kindly, that a lapse erases nothing.
  await page.getByRole('button', { name: 'Add a check-in for an earlier day' }).click();
  await expect(page.getByRole('heading', { name: 'Check-in for February 28, 2026' })).toBeVisible();
  await moodOption(page, 5).click();
  await page.getByRole('checkbox', { name: 'I had a lapse' }).check();
  await expect(page.getByText(/A lapse does not erase your progress/)).toBeVisible();
  await page.getByLabel('Note (private)', { exact: true }).fill('Hard day. Called Alex afterwards.');
  await expectNoSeriousAxeViolations(page, 'check-in form');
  await screenshot(page, 'check-ins-form', hostName);
  await page.getByRole('button', { name: 'Save check-in' }).click();
  await expect(dayOf(page, /February 28, 2026/).getByText('Lapse noted')).toBeVisible();

  // Bad input is refused at its field, no mood is chosen for the person, and nothing is saved.
  await openFullFormByKeyboard(page);
  await page.getByRole('spinbutton', { name: 'Energy' }).fill('12');
  await page.keyboard.press('Enter');
  await expect(page.getByText('Energy takes whole numbers from 0 to 10.')).toBeVisible();
  await expect(page.getByText('Choose a mood from 0 to 10.')).toBeVisible();
  await expect(moodOption(page, 5)).toBeFocused();
  // Something was typed, so Escape asks before throwing it away.
  await page.keyboard.press('Escape');
  await expect(page.getByRole('button', { name: 'Keep writing' })).toBeFocused();
  await page.getByRole('button', { name: 'Discard' }).click();

  await lockAndUnlock(page);
  await mainNav(page).getByRole('link', { name: 'Check-ins' }).click();
  await expect(dayOf(page, /February 28, 2026/).getByText('Hard day. Called Alex afterwards.')).toBeVisible();
});

test('the list starts at my first check-in, and days without one are one calm line, offered by keyboard', async ({
  launch,
  hostName,
  userDataDir,
}) => {
  const page = await openInLondon(
    { launch, userDataDir },
    (session) => {
      startOn20February(session);
      session.change((db) => {
        for (const day of ['2026-02-24', '2026-02-25', '2026-03-01', '2026-03-02']) {
          insertCheckIn(db, randomUUID(), checkInFields({ at: `${day}T20:00:00.000Z`, mood: 6 }), 240);
        }
      });
    },
    '2026-03-03T12:00:00Z',
  );
  await mainNav(page).getByRole('link', { name: 'Check-ins' }).click();
  const days = page
    .getByRole('list')
    .filter({ has: page.getByRole('heading', { name: /March 2, 2026/ }) })
    .first();
  await expect(days.getByRole('heading', { level: 3 })).toHaveText([
    /March 2, 2026/,
    /March 1, 2026/,
    /February 25, 2026/,
    /February 24, 2026/,
  ]);
  await expect(page.getByText(/No check-in\b/)).toHaveCount(0);
  await expect(
    page.getByText('3 days without a check-in, February 26, 2026 to February 28, 2026 — add one?'),
  ).toBeVisible();
  await expect(page.getByRole('button', { name: 'Show 30 earlier days' })).toHaveCount(0);
  await expectNoSeriousAxeViolations(page, 'check-ins with a gap');
  await screenshot(page, 'check-ins-gap', hostName);

  await page.getByRole('button', { name: 'Add one for February 28, 2026' }).focus();
  await page.keyboard.press('Enter');
  await expect(page.getByRole('heading', { name: 'Check-in for February 28, 2026' })).toBeVisible();
  await moodOption(page, 5).focus();
  await page.keyboard.press('Space');
  await page.keyboard.press('Enter');
  await expect(dayOf(page, /February 28, 2026/).getByText('Mood 5/10')).toBeVisible();
  await expect(
    page.getByText('2 days without a check-in, February 26, 2026 to February 27, 2026 — add one?'),
  ).toBeVisible();
});

test('edit, delete and undo a check-in, and all of it is there after locking', async ({
  launch,
  hostName,
  userDataDir,
}) => {
  const page = await openInLondon({ launch, userDataDir }, threeDaysOfCheckIns, '2026-03-03T12:00:00Z');
  await mainNav(page).getByRole('link', { name: 'Check-ins' }).click();
  const march2 = dayOf(page, /March 2, 2026/);

  // Edit day 1: mood 7 -> 9.
  const march1 = dayOf(page, /March 1, 2026/);
  await march1.getByRole('button', { name: /^Edit/ }).click();
  await expect(page.getByRole('heading', { name: 'Edit check-in' })).toBeVisible();
  await moodOption(page, 9).click();
  await page.getByRole('button', { name: 'Save check-in' }).click();
  await expect(march1.getByText('Mood 9/10')).toBeVisible();

  // Delete asks first, then can be undone.
  await march2.getByRole('button', { name: /^Delete the check-in from 1:30\sAM/ }).click();
  await page.getByRole('button', { name: 'Delete check-in' }).click();
  await expect(march2.getByRole('listitem')).toHaveCount(1);
  await page.getByRole('region', { name: 'Undo delete' }).getByRole('button', { name: 'Undo' }).click();
  await expect(march2.getByRole('listitem')).toHaveCount(2);
  await expectNoSeriousAxeViolations(page, 'check-ins');
  await screenshot(page, 'check-ins-list', hostName);

  await expectThreeDaysAfterLocking(page, 9);
});

test('three days on Progress: a dot a day, the lapse marked, a summary, its table and what helps; milestones at home', async ({
  launch,
  hostName,
  userDataDir,
}) => {
  const page = await openInLondon({ launch, userDataDir }, threeDaysOfCheckIns, '2026-03-03T12:00:00Z');

  // The chart: one dot per day with a mood (Feb 28, Mar 1, Mar 2), the lapse marked, a summary and a table.
  await mainNav(page).getByRole('link', { name: 'Progress' }).click();
  await page.getByRole('radio', { name: '1 month' }).check();
  const chart = page.locator('.chart-box');
  await expect(chart).toHaveAttribute('data-chart-range', '2026-02-04..2026-03-03');
  await expect(chart.locator('svg path.recharts-line-curve').first()).toBeVisible();
  await expect(chart.locator('.recharts-line-dots circle')).toHaveCount(3);
  await expect(chart.locator('.chart-marker-lapse')).toHaveCount(1);
  await expect(
    page.getByText(
      /Mood over the last 1 month: average [\d.]+, from 5 to 7\. Not enough check-ins yet to say how it is changing: that takes two weeks of them\. Based on 3 days with a value\. 1 lapse is marked/,
    ),
  ).toBeVisible();
  await page.getByText('Show the chart’s figures as a table').click();
  const rows = page.getByRole('region', { name: 'Chart figures' }).getByRole('row');
  await expect(rows).toHaveCount(4);
  await expect(rows.nth(3)).toContainText('March 2, 2026');
  await expect(page.getByRole('row', { name: /A brisk walk/ })).toContainText('7.0 (1 day, too few to read much into)');
  await expectNoSeriousAxeViolations(page, 'progress');
  await screenshot(page, 'progress', hostName);

  // Milestones on the home screen: days counted from the start date, the lapse said kindly.
  await mainNav(page).getByRole('link', { name: 'Plan' }).click();
  const milestones = page.getByRole('region', { name: 'Milestones' });
  await expect(milestones.getByText('11 days in recovery')).toBeVisible();
  await expect(
    milestones.getByText(/My current run: 2 days since my last lapse .*\. Longest run: 8 days\./),
  ).toBeVisible();
  await expect(milestones.getByText(/does not erase the days before it/)).toBeVisible();
  await expect(milestones.getByText('1 week')).toBeVisible();
});

/** A week of evening check-ins, 24 February to 2 March 2026, after a plan started on 20 February. */
function oneWeekOfCheckIns(session: VaultSession): void {
  startOn20February(session);
  session.change((db) => {
    for (let index = 0; index < 7; index++) {
      const at = new Date(Date.parse('2026-02-24T20:00:00.000Z') + index * 86_400_000).toISOString();
      insertCheckIn(db, randomUUID(), checkInFields({ at, mood: 4 + (index % 3), values: { 'sleep-hours': 7 } }), 240);
    }
  });
}

test('a one-week user opens Progress on their week, not 3 months; the range and measure chosen are kept after locking', async ({
  launch,
  hostName,
  userDataDir,
}) => {
  const page = await openInLondon({ launch, userDataDir }, oneWeekOfCheckIns, '2026-03-03T12:00:00Z');
  await mainNav(page).getByRole('link', { name: 'Progress' }).click();
  const chart = page.locator('.chart-box');
  await expect(chart).toHaveAttribute('data-chart-range', '2026-02-24..2026-03-03');
  await expect(page.getByRole('radio', { name: 'All', exact: true })).toBeChecked();
  await expect(page.locator('#chart-summary')).toHaveText(
    /^Mood over all your check-ins: average 4\.9, from 4 to 6\. Not enough check-ins yet to say how it is changing/,
  );
  await expect(page.locator('#chart-summary')).not.toContainText('compare');
  await screenshot(page, 'progress-one-week', hostName);

  // Chosen by keyboard: a measure and a range, kept in the vault across a lock.
  await page.getByLabel('Measure', { exact: true }).selectOption({ label: 'Sleep' });
  await page.getByRole('radio', { name: '1 month' }).focus();
  await page.keyboard.press('Space');
  await expect(chart).toHaveAttribute('data-chart-range', '2026-02-04..2026-03-03');
  await lockAndUnlock(page);
  await mainNav(page).getByRole('link', { name: 'Progress' }).click();
  await expect(page.getByRole('heading', { name: 'Sleep over the last 1 month' })).toBeVisible();
  await expect(page.getByRole('radio', { name: '1 month' })).toBeChecked();
});

/** Opens the ten-year demo on Progress with the whole range: a monthly average a point. */
async function openTenYearsOnProgress(
  fixtures: Parameters<typeof openDemo>[0],
  colorScheme: 'light' | 'dark',
): Promise<Page> {
  const { page } = await openDemo(fixtures, colorScheme);
  await mainNav(page).getByRole('link', { name: 'Progress' }).click();
  await page.getByRole('radio', { name: 'All', exact: true }).check();
  await expect(page.locator('.chart-box')).toHaveAttribute('data-resolution', 'month');
  return page;
}

test('ten years of check-ins on Progress read as a trend: monthly averages, said so, and the markers listed, not a fence of lines; axe-core', async ({
  launch,
  hostName,
  userDataDir,
  copyDemoVault,
}) => {
  const page = await openTenYearsOnProgress({ launch, userDataDir, copyDemoVault }, 'light');
  const chart = page.locator('.chart-box');
  await expect(page.getByRole('note')).toHaveText(/Each point is a monthly average/);
  const points = Number(await chart.getAttribute('data-points'));
  expect(points).toBeGreaterThan(110);
  expect(points).toBeLessThanOrEqual(125);
  await expect(chart.locator('svg path.recharts-line-curve').first()).toBeVisible();
  // Ten years of milestones, lapses and events: no vertical line, each one dated in the key instead.
  await expect(chart.locator('.chart-marker')).toHaveCount(0);
  await expect(page.getByRole('list', { name: 'Chart key' })).toContainText(
    'too many to draw as lines here, listed below',
  );
  await page.getByText(/^Show the milestones, lapses and events in this range \(\d+\)$/).click();
  await expect(page.getByText('November 20, 2026: Milestone: 10 years in recovery')).toBeVisible();
  await expectNoSeriousAxeViolations(page, 'progress, all');
  await screenshot(page, 'demo-progress-light', hostName);
});

test('ten years of check-ins on Progress in the dark theme: enough contrast; the table alternative stays', async ({
  launch,
  hostName,
  userDataDir,
  copyDemoVault,
}) => {
  const page = await openTenYearsOnProgress({ launch, userDataDir, copyDemoVault }, 'dark');
  await expect(page.getByText('Show the chart’s figures as a table')).toBeVisible();

  await expectNoSeriousAxeViolations(page, 'progress, all, dark', colourRules);
  await screenshot(page, 'demo-progress-dark', hostName);
});

test('ten years on Progress, what helps: a difference column with the days behind it, largest first, and a plain sentence for what stands out', async ({
  launch,
  userDataDir,
  copyDemoVault,
}) => {
  const page = await openTenYearsOnProgress({ launch, userDataDir, copyDemoVault }, 'light');
  // What helps: a difference column, the largest first in each group, and a plain sentence for what stands out.
  const standOut = page.getByRole('list', { name: 'What stands out' }).getByRole('listitem');
  await expect(standOut.first()).toHaveText(
    /^My mood was (higher|lower) on days I (used|met) .+ \([\d.]+ against [\d.]+ on other days, \d+ and \d+ days\) — an association, not proof it caused it\.$/,
  );
  const coping = page.getByRole('region', { name: 'What helps: mood' }).locator('tbody').first();
  const differences = await coping.locator('tr:not(.what-helps-group) td:nth-of-type(3) strong').allTextContents();
  const sizes = differences.map((text) => Math.abs(Number(text.replace('−', '-'))));
  expect(sizes.length).toBeGreaterThan(1);
  expect(sizes).toEqual([...sizes].sort((a, b) => b - a));
});

test('ten years of check-ins: the home screen and the check-in form; axe-core (light and dark)', async ({
  launch,
  hostName,
  userDataDir,
  copyDemoVault,
}) => {
  const { page } = await openDemo({ launch, userDataDir, copyDemoVault });
  await expect(page.getByText(/days in recovery/).first()).toBeVisible();
  await inBothThemes(page, (colorScheme) => screenshot(page, `demo-home-${colorScheme}`, hostName));
  await mainNav(page).getByRole('link', { name: 'Check-ins' }).click();
  await page.getByRole('button', { name: /New check-in/ }).click();
  await expectAccessibleInBothThemes(page, 'demo check-ins', hostName);
});

/** The 10-year demo vault, on its Check-ins screen. */
async function openDemoCheckIns(fixtures: Parameters<typeof openDemo>[0]): Promise<Page> {
  const { page } = await openDemo(fixtures);
  await mainNav(page).getByRole('link', { name: 'Check-ins' }).click();
  return page;
}

/** On the 10-year demo's Check-ins screen: words typed into "Search my notes" from the keyboard, Enter. */
async function searchNotes(page: Page, words: string): Promise<Locator> {
  const search = page.getByRole('region', { name: 'Search my notes' });
  const field = search.getByLabel('Words in my notes');
  if (!(await field.evaluate((input) => input === document.activeElement))) {
    // Right after "New check-in" in Tab order.
    await page.getByRole('button', { name: 'New check-in' }).focus();
    await page.keyboard.press('Tab');
    await expect(field).toBeFocused();
  }
  await page.keyboard.press('Control+a');
  await page.keyboard.type(words);
  await page.keyboard.press('Enter');
  return search;
}

test('search my notes by keyboard over ten years: every word, marked, newest first, 50 and how many more', async ({
  launch,
  userDataDir,
  copyDemoVault,
}) => {
  const page = await openDemoCheckIns({ launch, userDataDir, copyDemoVault });
  const search = await searchNotes(page, 'xyzzy walk');
  await expect(search.getByRole('status')).toHaveText('No check-in note has these words.');
  await searchNotes(page, 'SAM walk');
  await expect(search.getByRole('status')).toHaveText(/^50 notes, newest first, and \d+ more\./);
  const results = search.getByRole('listitem');
  await expect(results).toHaveCount(50);
  await expect(results.first().locator('mark')).toHaveText(['walk', 'Sam']);
  const days = await results.locator('.note-search-when').allTextContents();
  const dates = days.map((day) => Date.parse(day.split(', ').slice(0, 2).join(', ')));
  expect(dates).toEqual([...dates].sort((a, b) => b - a));
});

test('a note found opens its check-in, however far back, and the results are there again after', async ({
  launch,
  hostName,
  userDataDir,
  copyDemoVault,
}) => {
  const page = await openDemoCheckIns({ launch, userDataDir, copyDemoVault });
  const search = await searchNotes(page, 'walk sam');
  const results = search.getByRole('listitem');
  await expect(results).toHaveCount(50);
  // Tab past Search to the first result, Enter: its check-in opens to edit.
  await page.keyboard.press('Tab');
  await page.keyboard.press('Tab');
  await expect(results.first().getByRole('button')).toBeFocused();
  await page.keyboard.press('Enter');
  await expect(page.getByRole('heading', { name: 'Edit check-in' })).toBeVisible();
  await expect(page.getByLabel('Note (private)')).toHaveValue(/Good walk with Sam/);
  await page.keyboard.press('Escape');
  await expect(results).toHaveCount(50);
  await expectAccessibleInBothThemes(page, 'check-ins note search', hostName);
  // The 50th, years before the days listed, opens too.
  const oldest = results.last().getByRole('button');
  const oldestDay = (await oldest.locator('.note-search-when').textContent())!.split(', ').slice(0, 2).join(', ');
  await oldest.focus();
  await page.keyboard.press('Enter');
  await expect(page.getByRole('heading', { name: 'Edit check-in' })).toBeVisible();
  await expect(page.getByText(`This check-in counts for ${oldestDay}.`)).toBeVisible();
});
