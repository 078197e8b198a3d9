import { randomUUID } from 'node:crypto';
import { addPlanEntry, readPlan, readPlanSections, updatePlanSection } from '../../electron/plan/plan-repository';
import type { WritableDatabase } from '../../electron/database/sqlite';
import type { VaultSession } from '../../electron/vault/vault-session';
import { expectUnlocked, mainNav, openAreaByKeyboard, openSeeded, passphrase, screenshot, unlock } from './app-steps';
import { insertCheckIn } from '../../electron/check-ins/check-in-repository';
import { addCustomMetric } from '../../electron/metrics/metric-repository';
import { checkInFields } from '../support/check-in-fields';
import { expect, expectNoSeriousAxeViolations, test } from './fixtures';

/** The addiction template with a crisis-stage plan, a sponsor and a crisis line with numbers. */
function aPlanForHardMoments(session: VaultSession): void {
  session.change((db) => {
    const { warningResponses, safetyPlan } = readPlanSections(db);
    updatePlanSection(db, {
      section: 'warningResponses',
      value: {
        ...warningResponses,
        crisis: { actionPlan: 'Leave the house. Go to Jo’s.', peopleToCall: 'Alex first, then Jo.' },
      },
    });
    updatePlanSection(db, {
      section: 'safetyPlan',
      value: { ...safetyPlan, reasonsForLiving: 'My niece. The sea in the morning.' },
    });
    const person = { relationship: 'sponsor' as const, helpsWith: '', checkInFrequency: '', lastContactOn: null };
    addPlanEntry(
      db,
      { list: 'people', parentId: null, data: { ...person, name: 'Alex', contact: '07700 900456' } },
      randomUUID(),
    );
    addPlanEntry(
      db,
      {
        list: 'resources',
        parentId: null,
        data: { name: 'Night line', kind: 'crisis-line', contact: '0800 000 0000', whenWhere: '', howItFits: '' },
      },
      randomUUID(),
    );
  });
}

/** Launches on the plan for hard moments, on 19 November 2026 at 21:00 in London. */
const openOnHardMomentsPlan = (
  fixtures: Parameters<typeof openSeeded>[0],
  options: { colorScheme?: 'light' | 'dark' } = {},
) =>
  openSeeded(
    fixtures,
    { template: 'addiction', fill: aPlanForHardMoments },
    { timeZone: 'Europe/London', clock: '2026-11-19T21:00:00Z', ...options },
  );

/** Launches on the addiction template with more written into the vault by `fill`, in London at `clock`. */
const openOnAddictionPlanWith = (
  fixtures: Parameters<typeof openSeeded>[0],
  fill: (db: WritableDatabase) => void,
  clock = '2026-11-19T21:00:00Z',
) =>
  openSeeded(
    fixtures,
    { template: 'addiction', fill: (session) => session.change(fill) },
    { timeZone: 'Europe/London', clock },
  );

test('a crisis-stage sign in a check-in is followed by a calm panel: my actions, numbers to copy, the safety plan, the emergency line', async ({
  launch,
  hostName,
  userDataDir,
}) => {
  const { page } = await openOnHardMomentsPlan({ launch, userDataDir });
  await mainNav(page).getByRole('link', { name: 'Check-ins' }).click();
  await page.getByRole('button', { name: 'New check-in' }).click();
  await page.getByRole('radio', { name: '2 out of 10' }).click();
  await page.getByRole('checkbox', { name: 'Making plans to use' }).check();
  await page.getByRole('button', { name: 'Save check-in' }).click();

  const panel = page.getByRole('region', { name: 'I noted a sign from the crisis stage of my plan' });
  await expect(panel.getByRole('heading', { level: 2 })).toBeFocused();
  await expect(panel.getByText('Leave the house. Go to Jo’s.')).toBeVisible();
  await expect(panel.getByText('Alex first, then Jo.')).toBeVisible();
  await expect(panel.getByText('If you are in danger now, call your local emergency number')).toBeVisible();
  // Crisis lines first, then the support network, each number large with a Copy button.
  await expect(panel.getByRole('listitem')).toHaveText([/Night line.*0800 000 0000/, /Alex.*07700 900456/]);
  await expect(panel.getByRole('button', { name: 'Copy Alex’s number' })).toBeVisible();
  await expectNoSeriousAxeViolations(page, 'crisis panel');
  await screenshot(page, 'crisis-panel', hostName);
  await panel.getByRole('button', { name: 'Close' }).click();
  await expect(panel).toBeHidden();
});

test('"I’m struggling" by shortcut from three screens, keyboard only; it fits 1024x700 without scrolling', async ({
  launch,
  hostName,
  userDataDir,
}) => {
  const { page } = await openOnHardMomentsPlan({ launch, userDataDir }, { colorScheme: 'dark' });
  await page.setViewportSize({ width: 1024, height: 700 });
  const view = page.getByRole('dialog', { name: /I’m struggling/ });
  for (const [area, title] of [
    ['Check-ins', 'Check-ins'],
    ['Progress', 'Progress'],
    ['Plan', 'My plan'],
  ] as const) {
    const screenHeading = page.getByRole('heading', { level: 1, name: title, exact: true });
    // The new screen takes focus (its heading); that is where focus comes back to.
    await openAreaByKeyboard(page, area, title);
    await page.keyboard.press('Control+Shift+H');
    await expect(view.getByRole('heading', { level: 1 })).toBeFocused();
    await expect(view.getByText('A brisk walk')).toBeVisible();
    await expect(view.getByText('My niece. The sea in the morning.')).toBeVisible();
    await expect(view.getByText('07700 900456')).toBeVisible();
    await page.keyboard.press('Escape');
    await expect(view).toBeHidden();
    await expect(screenHeading).toBeFocused();
  }
  // Open it again: everything is on screen at 1024x700, and the timer starts from the keyboard.
  await page.keyboard.press('Control+Shift+H');
  const fits = await view.evaluate((dialog) => dialog.scrollHeight <= dialog.clientHeight);
  expect(fits).toBe(true);
  await view.getByRole('button', { name: 'Breathe with me for 2 minutes' }).focus();
  await page.keyboard.press('Enter');
  await expect(view.getByText(/Breathe in · 1/)).toBeVisible();
  await expectNoSeriousAxeViolations(page, 'I’m struggling, dark');
  await screenshot(page, 'struggling-dark', hostName);
});

test('"I’m struggling" with six coping strategies fits 1024x700 without scrolling, and the main navigation keeps to one row', async ({
  launch,
  hostName,
  userDataDir,
}) => {
  const sixStrategies = (session: VaultSession) => {
    aPlanForHardMoments(session);
    // The template's four, and two more: six strategies, each with when it helps.
    session.change((db) => {
      for (const [name, whenItHelps] of [
        ['Make a cup of tea and sit by the window', 'When the evening feels long and the house is quiet.'],
        ['Write down three things that went right today', 'Before bed, when my head goes over what went wrong.'],
      ] as const) {
        const data = { name, kind: 'relaxation' as const, whenItHelps, triggerIds: [], frequency: '' };
        addPlanEntry(db, { list: 'copingStrategies', parentId: null, data }, randomUUID());
      }
    });
  };
  const { page } = await openSeeded(
    { launch, userDataDir },
    { template: 'addiction', fill: sixStrategies },
    { timeZone: 'Europe/London', clock: '2026-11-19T21:00:00Z' },
  );
  await page.setViewportSize({ width: 1024, height: 700 });
  const links = mainNav(page).getByRole('link');
  const tops = await links.evaluateAll((all) => all.map((link) => link.getBoundingClientRect().top));
  expect(new Set(tops).size, 'the main navigation at 1024 px is one row').toBe(1);
  const topBar = page.getByRole('banner');
  const rows = await topBar.evaluate((header) =>
    [...header.children]
      .map((part) => part.getBoundingClientRect())
      .filter((box) => box.height > 0)
      .map((box) => Math.round(box.bottom)),
  );
  await screenshot(page, 'top-bar-1024', hostName, { fullPage: false });
  expect(Math.max(...rows) - Math.min(...rows), 'the top bar at 1024 px is one row').toBeLessThan(20);

  await page.keyboard.press('Control+Shift+H');
  const view = page.getByRole('dialog', { name: /I’m struggling/ });
  await expect(view.getByRole('heading', { level: 1 })).toBeFocused();
  await expect(view.locator('.struggling-list li')).toHaveCount(6);
  const overflow = await view.evaluate((dialog) => dialog.scrollHeight - dialog.clientHeight);
  expect(overflow, 'pixels that would need scrolling at 1024x700').toBeLessThanOrEqual(0);
  for (const colorScheme of ['light', 'dark'] as const) {
    await page.emulateMedia({ colorScheme });
    await screenshot(page, `struggling-six-strategies-1024-${colorScheme}`, hostName, { fullPage: false });
  }
});

test('the lock screen always shows the emergency line; my safety plan, with the people it names, only once I opt in', async ({
  launch,
  hostName,
  userDataDir,
}) => {
  const { page } = await openOnHardMomentsPlan({ launch, userDataDir });
  // On the safety plan page, pick Alex and the night line instead of retyping their numbers.
  await page.keyboard.press('Control+Shift+S');
  await page.getByRole('button', { name: 'Edit safety plan' }).click();
  await page.getByRole('checkbox', { name: 'Alex: 07700 900456' }).check();
  await page.getByRole('checkbox', { name: 'Night line: 0800 000 0000' }).check();
  await expect(page.getByText('Saving…')).toBeHidden();
  await page.getByRole('button', { name: 'Done editing' }).click();
  const safetyPlan = page.getByRole('region', { name: 'My safety plan' });
  const step4 = safetyPlan
    .getByRole('listitem')
    .filter({ has: page.getByRole('heading', { name: 'People I can ask for help' }) });
  await expect(step4).toContainText('Alex · sponsor07700 900456');
  // Main's clock says when: writing in the plan reviewed it today.
  await expect(safetyPlan.getByText(/^I last reviewed my safety plan on .*2\d{3}\.$/)).toBeVisible();
  await expectNoSeriousAxeViolations(page, 'safety plan with picked people');
  await screenshot(page, 'safety-plan', hostName);

  // Not opted in: the lock screen shows the emergency line and nothing of the plan.
  await page.keyboard.press('Control+l');
  await expect(page.getByRole('button', { name: 'Unlock' })).toBeVisible();
  await expect(page.getByText('If you are in danger now, call your local emergency number')).toBeVisible();
  await expect(page.getByRole('heading', { name: 'My safety plan' })).toBeHidden();

  await unlock(page, passphrase);
  await expectUnlocked(page);
  await page.getByRole('link', { name: 'Settings' }).click();
  const setting = page.getByRole('region', { name: 'My safety plan when Waypoint is locked' });
  await expect(setting).toContainText('anyone who can use this computer account');
  await setting.getByRole('checkbox', { name: 'Show my safety plan on the lock screen' }).check();
  await expect(setting.getByText('A copy is kept beside my vault.')).toBeVisible();

  await page.keyboard.press('Control+l');
  const locked = page.getByRole('region', { name: 'My safety plan' });
  await expect(locked.getByRole('listitem')).toHaveText([/Alex.*07700 900456/, /Night line.*0800 000 0000/]);
  await locked.getByRole('button', { name: 'Show my safety plan' }).click();
  await expect(locked.getByText('My niece. The sea in the morning.')).toBeVisible();
  await expect(page.getByText('If you are in danger now, call your local emergency number')).toBeVisible();
  await expectNoSeriousAxeViolations(page, 'lock screen with safety plan');
  await screenshot(page, 'lock-screen-safety-plan', hostName);
});

test('deleting a trigger my check-ins noted archives it: past check-ins keep its words, and I can put it back', async ({
  launch,
  userDataDir,
}) => {
  const { page } = await openOnAddictionPlanWith({ launch, userDataDir }, (db) => {
    const trigger = randomUUID();
    addPlanEntry(
      db,
      { list: 'triggers', parentId: null, data: { kind: 'time', description: 'Payday Fridays', notes: '' } },
      trigger,
    );
    insertCheckIn(db, randomUUID(), checkInFields({ at: '2026-11-18T20:00:00.000Z', triggerIds: [trigger] }), 240);
  });
  await mainNav(page).getByRole('link', { name: 'Plan' }).click();
  await page.getByRole('link', { name: 'Triggers and warning signs' }).first().click();
  await page.getByRole('button', { name: 'Delete “Payday Fridays”' }).click();
  await expect(page.getByText(/^Archived “Payday Fridays”: my past check-ins still show it, and/)).toBeVisible();

  await mainNav(page).getByRole('link', { name: 'Check-ins' }).click();
  await expect(page.getByText('Met: Payday Fridays')).toBeVisible();
  await page.getByRole('button', { name: 'New check-in' }).click();
  await expect(page.getByRole('checkbox', { name: 'Payday Fridays' })).toHaveCount(0);
  await page.getByRole('button', { name: 'Cancel' }).click();

  await mainNav(page).getByRole('link', { name: 'Plan' }).click();
  await page.getByRole('link', { name: 'Triggers and warning signs' }).first().click();
  await page.getByText('Archived (1)').click();
  await page.getByRole('button', { name: 'Put “Payday Fridays” back in my plan' }).click();
  await expect(page.getByRole('button', { name: 'Delete “Payday Fridays”' })).toBeVisible();
  await expect(page.getByText('Archived (1)')).toBeHidden();
});

/** The plan for hard moments with the warning signs noted at `noted` (ISO time → stage), in London on the 19th at 21:00. */
const openWithSignsNoted = (
  fixtures: Parameters<typeof openSeeded>[0],
  noted: [string, 'early' | 'worsening' | 'crisis'][],
) =>
  openSeeded(
    fixtures,
    {
      template: 'addiction',
      fill: (session) => {
        aPlanForHardMoments(session);
        session.change((db) => {
          const { warningSigns } = readPlan(db);
          for (const [at, stage] of noted) {
            const sign = warningSigns[stage].signs[0]!.id;
            insertCheckIn(db, randomUUID(), checkInFields({ at, warningSignIds: [sign] }), 240);
          }
        });
      },
    },
    { timeZone: 'Europe/London', clock: '2026-11-19T21:00:00Z' },
  );

test('warning signs building up across stages on 3 of the last 4 days bring one card to Today, opening with the crisis stage’s plan, until dismissed', async ({
  launch,
  userDataDir,
}) => {
  const { page } = await openWithSignsNoted({ launch, userDataDir }, [
    ['2026-11-16T20:00:00.000Z', 'early'],
    ['2026-11-17T20:00:00.000Z', 'worsening'],
    ['2026-11-19T20:00:00.000Z', 'crisis'],
  ]);
  const card = page.getByRole('region', { name: 'My warning signs came up on 3 of the last 7 days' });
  await expect(card.getByText('early on 1 day, worsening on 1 day, crisis on 1 day.', { exact: false })).toBeVisible();
  await expect(card.getByText('Leave the house. Go to Jo’s.')).toBeVisible();
  await expect(
    card.getByText('If you are in danger now, call your local emergency number', { exact: false }),
  ).toBeVisible();
  await expect(card.getByText('07700 900456')).toBeVisible();
  await expectNoSeriousAxeViolations(page, 'Today, warning signs across stages');
  await card.getByRole('button', { name: 'Dismiss until the signs come up again' }).click();
  await expect(card).toBeHidden();
  await page.keyboard.press('Control+l');
  await unlock(page, passphrase);
  await expectUnlocked(page);
  await expect(page.getByRole('region', { name: /^Today,/ })).toBeVisible();
  await expect(card).toBeHidden();
});

test('the day after a crisis sign, Today asks how I am now, with my safety plan and the numbers; checking in without one ends it', async ({
  launch,
  userDataDir,
  hostName,
}) => {
  const { page } = await openWithSignsNoted({ launch, userDataDir }, [['2026-11-18T20:00:00.000Z', 'crisis']]);
  const followUp = page.getByRole('region', { name: 'How am I now?' });
  await expect(
    followUp.getByText('Yesterday I noted a sign from the crisis stage of my plan.', { exact: false }),
  ).toBeVisible();
  await expect(
    followUp.getByText('If you are in danger now, call your local emergency number', { exact: false }),
  ).toBeVisible();
  await expect(followUp.getByRole('link', { name: 'Open my safety plan' })).toBeVisible();
  await expect(followUp.getByText('0800 000 0000')).toBeVisible();
  await expectNoSeriousAxeViolations(page, 'Today, the day after a crisis sign');
  await screenshot(page, 'today-crisis-follow-up', hostName);
  // By keyboard: "Check in now" takes me to the mood; a check-in without a crisis sign ends the follow-up.
  await followUp.getByRole('button', { name: 'Check in now' }).focus();
  await page.keyboard.press('Enter');
  await expect(page.getByRole('region', { name: /^Today,/ }).getByRole('radio', { name: '5 out of 10' })).toBeFocused();
  await page.keyboard.press('6');
  await page.keyboard.press('Enter');
  await expect(followUp).toBeHidden();
});

test('a goal follows a measure I made myself, and "What helps" compares it against any measure', async ({
  launch,
  hostName,
  userDataDir,
}) => {
  const { page } = await openOnAddictionPlanWith(
    { launch, userDataDir },
    (db) => {
      addCustomMetric(db, 'custom-meeting', {
        label: 'Went to a meeting',
        kind: 'yes-no',
        min: 0,
        max: 1,
        unit: '',
      });
      // Four weeks: a meeting on Tuesdays and Fridays, with lower cravings on those days.
      for (let day = 1; day <= 28; day++) {
        const at = `2026-10-${String(day + 2).padStart(2, '0')}T20:00:00.000Z`;
        const went = day % 7 === 2 || day % 7 === 5 ? 1 : 0;
        insertCheckIn(
          db,
          randomUUID(),
          checkInFields({ at, values: { 'custom-meeting': went, cravings: went ? 2 : 6 } }),
          240,
        );
      }
    },
    '2026-10-31T21:00:00Z',
  );
  await mainNav(page).getByRole('link', { name: 'Plan' }).click();
  await page.getByRole('link', { name: 'Goals' }).first().click();
  const goals = page.getByRole('region', { name: 'My goals, in order of priority' });
  await goals.getByRole('button', { name: 'Edit “Go to a support meeting every week”' }).click();
  await goals
    .getByLabel('Measure progress with this check-in', { exact: true })
    .first()
    .selectOption('Went to a meeting');
  await expect(page.getByText('Saving…')).toHaveCount(0);

  await mainNav(page).getByRole('link', { name: 'Progress' }).click();
  const goalProgress = page.getByRole('region', { name: 'Goal progress' });
  await expect(goalProgress.getByText('Go to a support meeting every week')).toBeVisible();
  await expect(goalProgress).toContainText(/Went to a meeting: yes on \d+% of days over \d+ days/);

  const whatHelps = page.getByRole('region', { name: 'What helps' }).first();
  await whatHelps.getByLabel('Compare days by').selectOption('Cravings or urges');
  const row = page.getByRole('row', { name: /^Went to a meeting/ });
  // Cravings on meeting days, on other days, and the day after (never a meeting day here).
  await expect(row).toContainText(
    /^Went to a meeting2\.0 \(\d+ days\)6\.0 \(\d+ days\)−4\.0 \(\d+ against \d+ days\)6\.0/,
  );
  await expectNoSeriousAxeViolations(page, 'progress with my own measure');
  await screenshot(page, 'what-helps-any-measure', hostName);
});
