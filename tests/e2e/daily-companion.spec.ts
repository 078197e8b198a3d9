import type { Page } from '@playwright/test';
import { randomUUID } from 'node:crypto';
import { insertCheckIn } from '../../electron/check-ins/check-in-repository';
import {
  addPlanEntry,
  readPlan,
  readPlanSections,
  updatePlanEntry,
  updatePlanSection,
} from '../../electron/plan/plan-repository';
import type { VaultSession } from '../../electron/vault/vault-session';
import { checkInFields } from '../support/check-in-fields';
import {
  expectUnlocked,
  expectAccessibleInBothThemes,
  mainNav,
  moodOption,
  openSeeded,
  passphrase,
  screenshot,
  unlock,
} from './app-steps';
import { expect, expectNoSeriousAxeViolations, test } from './fixtures';

const today = (page: Page) => page.getByRole('region', { name: /^Today,/ });

/**
 * The addiction template's plan, sober since 20 August 2026, with a friend to call twice a week
 * (last on 16 November), an action step due on 21 November and check-ins on 16 and 17 November.
 */
function aWeekInNovember(session: VaultSession): void {
  session.change((db) => {
    const { about } = readPlanSections(db);
    updatePlanSection(db, {
      section: 'about',
      value: { ...about, startDate: '2026-08-20', cleanDate: '2026-08-20', countedAs: 'alcohol-free' },
    });
    addPlanEntry(
      db,
      {
        list: 'people',
        parentId: null,
        data: {
          name: 'Sam',
          relationship: 'friend',
          contact: '07700 900123',
          helpsWith: 'Walks',
          checkInFrequency: 'twice a week',
          lastContactOn: '2026-11-16',
        },
      },
      randomUUID(),
    );
    const goal = readPlan(db).goals[0]!;
    const step = goal.actionSteps[0]!;
    const { id, ...data } = step;
    updatePlanEntry(db, { list: 'actionSteps', id, data: { ...data, dueDate: '2026-11-21' } });
    for (const at of ['2026-11-16T19:00:00.000Z', '2026-11-17T19:00:00.000Z']) {
      insertCheckIn(db, randomUUID(), checkInFields({ at }), 240);
    }
  });
}

const openOn = (at: string, colorScheme: 'light' | 'dark' = 'light') =>
  [
    { template: 'addiction' as const, fill: aWeekInNovember },
    { timeZone: 'Europe/London', clock: at, colorScheme },
  ] as const;

test('Today and the quick check-in with the mouse: check in, reach out, tick a step; a milestone marked once', async ({
  launch,
  hostName,
  userDataDir,
}) => {
  // 19 November 2026, 18:00: 91 days alcohol-free, so "90 days" was reached yesterday.
  const { page } = await openSeeded({ launch, userDataDir }, ...openOn('2026-11-19T18:00:00Z'));
  const panel = today(page);
  await expect(panel).toHaveAccessibleName('Today, November 19, 2026');
  await expect(panel.getByText('Checked in on 2 days this week and 2 days this month.')).toBeVisible();
  await expect(panel.getByText(/Sam · every 3 days · last contact 3 days ago/)).toBeVisible();
  await expect(panel.getByText(/· due in 2 days ·/)).toBeVisible();
  await expect(panel.getByText('On November 18, 2026 I reached 90 days alcohol-free.', { exact: false })).toBeVisible();
  await expectNoSeriousAxeViolations(page, 'home with Today');
  await screenshot(page, 'today-light', hostName);

  // Two clicks: a mood, Save. The panel then says it is done and the counts grow.
  await moodOption(page, 7).click();
  await panel.getByLabel('One line about today (optional)').fill('Slept well.');
  await panel.getByRole('button', { name: 'Save check-in' }).dblclick();
  await expect(panel.getByText('Check-in saved for November 19, 2026.')).toBeVisible();
  await expect(panel.getByText('Checked in on 3 days this week and 3 days this month.')).toBeVisible();

  // "I reached out today" records the contact; the step is ticked off.
  await panel.getByRole('button', { name: 'I reached out today to Sam' }).click();
  await expect(panel.getByText(/Sam ·/)).toHaveCount(0);
  const step = panel.getByRole('listitem').filter({ hasText: 'due in 2 days' });
  await step.getByRole('button', { name: /^Done/ }).click();
  await expect(panel.getByText('due in 2 days')).toHaveCount(0);

  // The milestone: a note, marked once; it does not come back after locking.
  await panel.getByRole('button', { name: 'Add a note' }).click();
  await panel.getByLabel('A note for this milestone (private)').fill('Told my sister.');
  await panel.getByRole('button', { name: 'Save the note' }).click();
  await expect(panel.getByText(/I reached 90 days/)).toHaveCount(0);
  await page.getByRole('button', { name: /^Lock/ }).click();
  await unlock(page, passphrase);
  await expectUnlocked(page);
  await expect(today(page).getByText(/I checked in today at 6:00\sPM/)).toBeVisible();
  await expect(today(page).getByText(/I reached 90 days/)).toHaveCount(0);

  // The check-ins list, the support network and the milestones all show what Today recorded.
  await mainNav(page).getByRole('link', { name: 'Check-ins' }).click();
  await expect(page.getByText('Slept well.')).toBeVisible();
  await mainNav(page).getByRole('link', { name: 'Progress' }).click();
  await expect(page.getByText('“Told my sister.”', { exact: false })).toBeVisible();
  await expect(page.getByText(/91 days alcohol-free \(3 months\)|91 days alcohol-free/).first()).toBeVisible();
});

test('the quick check-in by keyboard only, in the dark theme; Escape with something written asks first', async ({
  launch,
  hostName,
  userDataDir,
}) => {
  const { page } = await openSeeded({ launch, userDataDir }, ...openOn('2026-11-19T18:00:00Z', 'dark'));
  await page.keyboard.press('Control+k');
  const dialog = page.getByRole('dialog', { name: 'How am I today?' });
  await expect(dialog.getByRole('radio', { name: '5 out of 10' })).toBeFocused();
  await page.keyboard.press('4');
  await page.keyboard.press('Tab');
  await page.keyboard.type('A heavy day.');
  // Escape asks; Keep writing keeps everything.
  await page.keyboard.press('Escape');
  await expect(dialog.getByRole('button', { name: 'Keep writing' })).toBeFocused();
  await expectNoSeriousAxeViolations(page, 'quick check-in, asking before discarding');
  await screenshot(page, 'quick-check-in-dark', hostName);
  await page.keyboard.press('Enter');
  await expect(dialog.getByLabel('One line about today (optional)')).toHaveValue('A heavy day.');
  await expect(dialog.getByRole('radio', { name: '4 out of 10' })).toBeChecked();
  // Enter saves from the line; Enter again closes.
  await dialog.getByLabel('One line about today (optional)').focus();
  await page.keyboard.press('Enter');
  await expect(dialog.getByRole('status')).toHaveText('Check-in saved for November 19, 2026.');
  await page.keyboard.press('Enter');
  await expect(dialog).toBeHidden();
  // One time format (this locale's 12-hour clock) in Today and in the top bar.
  await expect(today(page).getByText(/I checked in today at 6:00\sPM/)).toBeVisible();
  await expect(page.getByRole('banner').getByRole('status')).toHaveText(/^Saved at [1-9]\d?:\d\d\s[AP]M$/);
  await screenshot(page, 'today-dark', hostName);
});

test('Escape closes the quick check-in once it has saved, and focus goes back where it was', async ({
  launch,
  userDataDir,
}) => {
  const { page } = await openSeeded({ launch, userDataDir }, ...openOn('2026-11-19T18:00:00Z'));
  await page.getByRole('button', { name: /^Check in/ }).focus();
  await page.keyboard.press('Control+k');
  const dialog = page.getByRole('dialog', { name: 'How am I today?' });
  await expect(dialog.getByRole('radio', { name: '5 out of 10' })).toBeFocused();
  await page.keyboard.press('6');
  await page.keyboard.press('Enter');
  await expect(dialog.getByRole('status')).toHaveText('Check-in saved for November 19, 2026.');
  await page.keyboard.press('Escape');
  await expect(dialog).toBeHidden();
  await expect(page.getByRole('button', { name: /^Check in/ })).toBeFocused();
});

test('locking with a half-written check-in and a half-written plan form keeps both; leaving the check-in asks', async ({
  launch,
  userDataDir,
}) => {
  const { page } = await openSeeded({ launch, userDataDir }, ...openOn('2026-11-19T18:00:00Z'));

  // A plan form left invalid (a new person with no name yet) cannot be saved, so it is a draft.
  await page.getByRole('navigation', { name: 'Plan sections' }).getByRole('link', { name: 'Support network' }).click();
  await page.getByRole('button', { name: '+ Add person' }).click();
  await page.getByLabel('How to reach them').last().fill('07700 900999');

  // The full check-in, half-written; navigating away asks, Keep writing stays.
  await mainNav(page).getByRole('link', { name: 'Check-ins' }).click();
  await page.getByRole('button', { name: 'New check-in' }).click();
  await moodOption(page, 3).click();
  await page.getByLabel('Note (private)').fill('Started writing this before the meeting');
  await mainNav(page).getByRole('link', { name: 'Progress' }).click();
  await expect(page.getByRole('button', { name: 'Keep writing' })).toBeFocused();
  await page.getByRole('button', { name: 'Keep writing' }).click();
  await expect(page.getByLabel('Note (private)')).toHaveValue('Started writing this before the meeting');

  // Ctrl+L locks; the unlock brings the form back exactly as it was.
  await page.keyboard.press('Control+l');
  await expect(page.getByRole('button', { name: 'Unlock' })).toBeVisible();
  await unlock(page, passphrase);
  await expectUnlocked(page);
  await expect(page.getByText('Started writing this before the meeting')).toBeVisible();
  await expect(moodOption(page, 3)).toBeChecked();
  await page.getByRole('button', { name: 'Save check-in' }).click();
  // Saved: the note is in the list of check-ins (the form may still be closing).
  await expect(page.getByRole('listitem').getByText('Started writing this before the meeting')).toBeVisible();

  await mainNav(page).getByRole('link', { name: 'Plan' }).click();
  await page.getByRole('navigation', { name: 'Plan sections' }).getByRole('link', { name: 'Support network' }).click();
  await expect(page.getByLabel('How to reach them').last()).toHaveValue('07700 900999');
  await page.getByLabel('Name').last().fill('Robin');
  await expect(page.getByText('Saved').last()).toBeVisible();
});

test('what I typed a moment before the computer slept comes back: the quick check-in and a plan form', async ({
  launch,
  userDataDir,
}) => {
  const app = await openSeeded({ launch, userDataDir }, ...openOn('2026-11-19T18:00:00Z'));
  test.skip(!app.system, 'Only the Chromium host can tell main the computer is going to sleep.');
  const { page } = app;
  // A plan form, typed into, and the computer sleeps at once (well within a draft's delay).
  await page.getByRole('navigation', { name: 'Plan sections' }).getByRole('link', { name: 'Support network' }).click();
  await page.getByRole('button', { name: '+ Add person' }).click();
  await page.getByLabel('How to reach them').last().fill('07700 900123');
  await app.system!.suspend();
  await expect(page.getByRole('button', { name: 'Unlock' })).toBeVisible();
  await unlock(page, passphrase);
  await expectUnlocked(page);
  await page.getByRole('navigation', { name: 'Plan sections' }).getByRole('link', { name: 'Support network' }).click();
  await expect(page.getByLabel('How to reach them').last()).toHaveValue('07700 900123');

  // The quick check-in: a mood and a line, then sleep.
  await page.keyboard.press('Control+k');
  const dialog = page.getByRole('dialog', { name: 'How am I today?' });
  await page.keyboard.press('3');
  await dialog.getByLabel('One line about today (optional)').fill('Tired before bed');
  await app.system!.suspend();
  await expect(page.getByRole('button', { name: 'Unlock' })).toBeVisible();
  await unlock(page, passphrase);
  await expectUnlocked(page);
  await page.keyboard.press('Control+k');
  await expect(dialog.getByRole('radio', { name: '3 out of 10' })).toBeChecked();
  await expect(dialog.getByLabel('One line about today (optional)')).toHaveValue('Tired before bed');
  await page.keyboard.press('Enter');
  await expect(dialog.getByRole('status')).toHaveText('Check-in saved for November 19, 2026.');
});

test('one count per thing counted: a sober count never stands beside "0 days in recovery", and its milestone is marked on the day itself', async ({
  launch,
  userDataDir,
}) => {
  const { page } = await openSeeded(
    { launch, userDataDir },
    {
      template: 'addiction',
      fill: (session) =>
        session.change((db) => {
          // The plan started today; the days I count from, 90 days ago.
          db.run("UPDATE vault_meta SET value = '2026-11-19' WHERE key = 'planStartedOn'");
          const { about } = readPlanSections(db);
          updatePlanSection(db, {
            section: 'about',
            value: { ...about, startDate: null, cleanDate: '2026-08-21', countedAs: 'sober' },
          });
        }),
    },
    { timeZone: 'Europe/London', clock: '2026-11-19T18:00:00Z' },
  );
  // Each counter once: its headline, and no other figure for the same count beside it.
  const counts = page.locator('.count-headline');
  await expect(counts).toHaveText(['90 days sober (2 months, 29 days)']);
  await expect(page.getByText(/days in recovery/)).toHaveCount(0);
  await expect(today(page).getByText('Today I reach', { exact: false })).toContainText('90 days sober');
  await mainNav(page).getByRole('link', { name: 'Progress' }).click();
  await expect(counts).toHaveText(['90 days sober (2 months, 29 days)']);
  await expect(page.getByText(/days in recovery/)).toHaveCount(0);
});

test('a backfill typed after midnight counts for the day chosen', async ({ launch, userDataDir }) => {
  // 20 November, 01:08: before the 04:00 boundary, "now" still belongs to the 19th.
  const { page } = await openSeeded({ launch, userDataDir }, ...openOn('2026-11-20T01:08:00Z'));
  await mainNav(page).getByRole('link', { name: 'Check-ins' }).click();
  const the18th = page.getByRole('listitem').filter({ has: page.getByRole('heading', { name: /November 18, 2026/ }) });
  await expect(page.getByText('No check-in on November 18, 2026 — add one?')).toBeVisible();
  await page.getByRole('button', { name: 'Add one for November 18, 2026' }).click();
  await page.getByLabel('Time', { exact: true }).fill('01:08');
  await expect(page.getByText('This check-in counts for November 18, 2026.')).toBeVisible();
  await moodOption(page, 6).click();
  await page.getByRole('button', { name: 'Save check-in' }).click();
  await expect(the18th.getByText('Mood 6/10')).toBeVisible();
  await expect(the18th.getByText(/^1:08\sAM$/)).toBeVisible();
});

test('a reminder set in Settings fires at its time, says nothing private, and opens the quick check-in after unlock (settings in light and dark)', async ({
  launch,
  hostName,
  userDataDir,
}) => {
  test.skip(
    hostName === 'electron',
    'Main’s clock and the notification centre cannot be driven in an Electron process; the scheduler’s unit tests cover its clock.',
  );
  const { page, reminders } = await openSeeded({ launch, userDataDir }, ...openOn('2026-11-19T18:00:00Z'));
  await reminders!.moveClock('2026-11-19T18:00:00Z');
  await mainNav(page).getByRole('link', { name: 'Settings' }).click();
  const settings = page.getByRole('region', { name: 'Reminders' });
  await settings.getByRole('button', { name: '+ Add a reminder time' }).click();
  await expect(settings.getByLabel('Reminder 1', { exact: true })).toHaveValue('20:00');
  // Turning the first reminder on keeps Waypoint running in the tray, and says so.
  await expect(settings.getByText(/Waypoint now keeps running in the tray/)).toBeVisible();
  await expect(settings.getByLabel('Keep Waypoint running in the tray when I close its window')).toBeChecked();
  expect(reminders!.backgroundMode()).toEqual({ keepRunningInTray: true, openAtLogin: false });
  await settings.getByLabel('When my plan review is due').click();
  await expect(settings.getByLabel('When my plan review is due')).toBeChecked();
  await expect(settings.getByText('Review reminders are on.')).toBeVisible();
  await expectAccessibleInBothThemes(page, 'reminders settings', hostName);

  // 19:59: nothing yet. 20:00: one notification, with no word of the plan or the person in it.
  await reminders!.moveClock('2026-11-19T19:59:00Z');
  expect(reminders!.shown).toEqual([]);
  await reminders!.moveClock('2026-11-19T20:00:30Z');
  expect(reminders!.shown).toEqual([{ title: 'Waypoint', body: 'Time for your check-in.' }]);

  // Locked when it is clicked: the quick check-in opens right after the unlock.
  await page.keyboard.press('Control+l');
  await expect(page.getByRole('button', { name: 'Unlock' })).toBeVisible();
  reminders!.click(0);
  await unlock(page, passphrase);
  const dialog = page.getByRole('dialog', { name: 'How am I today?' });
  await expect(dialog.getByRole('radio', { name: '5 out of 10' })).toBeFocused();
  await page.keyboard.press('8');
  await page.keyboard.press('Enter');
  await expect(dialog.getByRole('status')).toHaveText('Check-in saved for November 19, 2026.');
  // The reminder that opened it is on: no offer of one.
  await expect(dialog.getByText('Would a daily reminder help?')).toHaveCount(0);

  // The next day's reminder comes; a day already checked in gets none.
  await reminders!.moveClock('2026-11-19T21:30:00Z');
  await reminders!.moveClock('2026-11-20T20:00:00Z');
  expect(reminders!.shown.map((shown) => shown.body)).toEqual(['Time for your check-in.', 'Time for your check-in.']);
});
