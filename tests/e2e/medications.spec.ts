import { insertMedication, recordDose } from '../../electron/medications/medication-repository';
import type { DoseRecord } from '../../shared/medications/medication';
import {
  expectAccessibleInBothThemes,
  inLondonAt,
  lockAndUnlock,
  mainNav,
  openSeeded,
  passphrase,
  screenshot,
  unlock,
} from './app-steps';
import type { VaultSession } from '../../electron/vault/vault-session';
import { expect, test } from './fixtures';

// Main's clock and the renderer's stand at the same moment: 09:20 in London on 19 November 2026.
const at = '2026-11-19T09:20:00Z';
const inLondon = inLondonAt(at);

const everyDay = [1, 2, 3, 4, 5, 6, 7];

/** A medication in the vault from 1 October, before the app opens. */
const addMedication = (session: VaultSession, id: string, name: string, dose: number, times: string[]) =>
  session.change((db) =>
    insertMedication(
      db,
      id,
      { name, strength: '', purpose: '', prescriberId: null, notes: '', stock: null, hiddenFromCharts: false },
      { from: '2026-10-01', dose, unit: 'mg', schedule: { kind: 'scheduled', times, weekdays: everyDay } },
      at,
    ),
  );

test('a medication added by the Plan’s Medications page, its dose changed with both versions kept, a side effect noted and undone; a dose that is not a number refused at its field', async ({
  launch,
  userDataDir,
  hostName,
}) => {
  test.skip(hostName === 'electron', 'Main’s clock cannot be set in an Electron process.');
  const { page } = await openSeeded({ launch, userDataDir }, { template: 'mental-health' }, inLondon);
  await mainNav(page).getByRole('link', { name: 'Plan' }).click();
  await page.getByRole('navigation', { name: 'Plan sections' }).getByRole('link', { name: 'Medications' }).click();
  await expect(page.getByRole('heading', { name: 'Medications', level: 1 })).toBeFocused();
  await expect(page.getByText('No medications in my list yet.')).toBeVisible();

  await page.getByRole('button', { name: 'Add a medication' }).click();
  const form = page.getByRole('form', { name: 'Add a medication' });
  // A dose that is not a number is refused at its field, and nothing is saved.
  await form.getByLabel('Name').fill('Sertraline');
  await form.getByLabel('Strength and form').fill('50 mg tablet');
  await form.getByLabel('What it is for').fill('low mood');
  await form.getByLabel('Dose').fill('fifty');
  await form.getByLabel('Unit').fill('mg');
  await form.getByLabel('I started taking it on').fill('2026-09-01');
  await form.getByRole('button', { name: 'Add medication' }).click();
  await expect(form.getByText('Write the dose as a number, such as 50 or 0.5.')).toBeVisible();
  await form.getByLabel('Dose').fill('50');
  await form.getByRole('button', { name: 'Add a time' }).click();
  await form.getByLabel('Time 2').fill('20:00');
  await form.getByRole('button', { name: 'Add medication' }).click();
  await expect(page.getByText('Added Sertraline to my medications.')).toBeVisible();
  const card = page.getByRole('region', { name: /^Sertraline/ });
  await expect(
    card.getByText(/^Now: 50 mg at 8:00\sAM and 8:00\sPM, every day, since September 1, 2026\.$/),
  ).toBeVisible();
  await expect(card.getByText('For low mood.')).toBeVisible();

  // The dose goes up from 1 October; September keeps its 50 mg.
  await card.getByRole('button', { name: 'Change dose or schedule of Sertraline' }).click();
  const change = page.getByRole('form', { name: 'Change how I take Sertraline' });
  await change.getByLabel('From').fill('2026-10-01');
  await change.getByLabel('Dose').fill('100');
  await change.getByRole('button', { name: 'Remove time 2' }).click();
  await change.getByRole('button', { name: 'Save the change' }).click();
  await expect(card.getByText(/^Now: 100 mg at 8:00\sAM, every day, since October 1, 2026\.$/)).toBeVisible();
  await card.getByText('History of changes').click();
  await expect(card.getByRole('listitem')).toHaveText([
    'From September 1, 2026: 50 mg at 8:00 AM and 8:00 PM, every day',
    'From October 1, 2026: 100 mg at 8:00 AM, every day',
  ]);

  // A side effect, noted by keyboard: what I noticed and how much it bothered me; deleted, then Undo.
  await card.getByRole('button', { name: 'Note a side effect of Sertraline' }).press('Enter');
  const sideEffect = card.getByRole('form', { name: 'A side effect of Sertraline' });
  await sideEffect.getByLabel('What I noticed').fill('Dry mouth');
  await sideEffect.getByLabel('How much it bothered me').selectOption('4');
  await sideEffect.getByLabel('What I noticed').press('Enter');
  await expect(card.getByText('Noted a side effect of Sertraline on November 19, 2026.')).toBeVisible();
  const sideEffects = card.getByRole('list', { name: 'Side effects of Sertraline' });
  await expect(sideEffects).toHaveText(/November 19, 2026 Dry mouth · bothered me 4 out of 10/);
  await sideEffects.getByRole('button', { name: 'Delete the side effect of November 19, 2026' }).click();
  await expect(card.getByText('None noted in the last 90 days.')).toBeVisible();
  await card.getByRole('button', { name: 'Undo' }).click();
  await expect(sideEffects).toHaveText(/Dry mouth · bothered me 4 out of 10/);
  await expectAccessibleInBothThemes(page, 'Medications', hostName);
});

test('today’s doses on the home screen: taken now, undone, then skipped by keyboard, kept after locking; an as-needed dose with when the next is allowed', async ({
  launch,
  userDataDir,
  hostName,
}) => {
  test.skip(hostName === 'electron', 'Main’s clock cannot be set in an Electron process.');
  const fill = (session: VaultSession) =>
    session.change((db) =>
      insertMedication(
        db,
        'sertraline',
        {
          name: 'Sertraline',
          strength: '100 mg tablet',
          purpose: '',
          prescriberId: null,
          notes: '',
          stock: null,
          hiddenFromCharts: false,
        },
        {
          from: '2026-10-01',
          dose: 100,
          unit: 'mg',
          schedule: { kind: 'scheduled', times: ['08:00'], weekdays: [1, 2, 3, 4, 5, 6, 7] },
        },
        at,
      ),
    );
  const fillBoth = (session: VaultSession) => {
    fill(session);
    session.change((db) =>
      insertMedication(
        db,
        'paracetamol',
        {
          name: 'Paracetamol',
          strength: '500 mg tablet',
          purpose: 'pain',
          prescriberId: null,
          notes: '',
          stock: null,
          hiddenFromCharts: false,
        },
        {
          from: '2026-10-01',
          dose: 2,
          unit: 'tablets',
          schedule: { kind: 'as-needed', minMinutesBetween: 4 * 60, maxPer24Hours: 4 },
        },
        at,
      ),
    );
  };
  const { page } = await openSeeded({ launch, userDataDir }, { template: 'mental-health', fill: fillBoth }, inLondon);
  // Today lists the dose due today; "Taken" notes it now, and Undo takes it back.
  const doses = page.getByRole('group', { name: 'My medicines today' });
  await expect(doses.getByRole('listitem')).toHaveText([
    /^Sertraline 100 mg at 8:00\sAM/,
    /^Paracetamol 2 tablets, as needed · none today/,
  ]);
  // An as-needed dose: written now, with when the next is allowed; Undo the last takes it back.
  await doses.getByRole('button', { name: 'Took one now (Paracetamol)' }).click();
  await expect(doses.getByText('· taken at 9:20 AM · the next is allowed from 1:20 PM')).toBeVisible();
  await doses.getByRole('button', { name: 'Undo the last (Paracetamol)' }).click();
  await expect(doses.getByText('· none today')).toBeVisible();
  await doses.getByRole('button', { name: 'Taken (Sertraline 100 mg at 8:00 AM)' }).click();
  await expect(doses.getByText(/taken at 9:20\sAM/)).toBeVisible();
  await doses.getByRole('button', { name: 'Undo (Sertraline 100 mg at 8:00 AM)' }).click();
  await doses.getByRole('button', { name: 'Skipped (Sertraline 100 mg at 8:00 AM)' }).focus();
  await page.keyboard.press('Enter');
  await expect(doses.getByText('· skipped')).toBeVisible();
  await screenshot(page, 'today-doses', hostName);

  // All of it is there after locking.
  await lockAndUnlock(page);
  await expect(page.getByRole('group', { name: 'My medicines today' }).getByText('· skipped')).toBeVisible();
});

test('a counted supply at its refill level: Today says to get more, a dose taken counts down and Undo gives it back; a new count by keyboard ends it', async ({
  launch,
  userDataDir,
  hostName,
}) => {
  test.skip(hostName === 'electron', 'Main’s clock cannot be set in an Electron process.');
  const fill = (session: VaultSession) =>
    session.change((db) =>
      insertMedication(
        db,
        'lithium',
        {
          name: 'Lithium',
          strength: '400 mg tablet',
          purpose: '',
          prescriberId: null,
          notes: '',
          stock: { count: 2, refillAt: 2 },
          hiddenFromCharts: false,
        },
        {
          from: '2026-10-01',
          dose: 1,
          unit: 'tablet',
          schedule: { kind: 'scheduled', times: ['08:00'], weekdays: everyDay },
        },
        // Counted at 07:00, before today's dose.
        '2026-11-19T07:00:00Z',
      ),
    );
  const { page } = await openSeeded({ launch, userDataDir }, { template: 'mental-health', fill }, inLondon);
  const doses = page.getByRole('group', { name: 'My medicines today' });
  const notice = doses.getByRole('status').filter({ hasText: 'Time to get more' });
  await expect(notice).toContainText(
    'Lithium, 2 doses left. When I have more, I write the new count in my medications.',
  );
  // Taking today's dose leaves 1; Undo gives it back to the count.
  await doses.getByRole('button', { name: 'Taken (Lithium 1 tablet at 8:00 AM)' }).click();
  await expect(notice).toContainText('Lithium, 1 dose left.');
  await screenshot(page, 'today-refill', hostName);
  await doses.getByRole('button', { name: 'Undo (Lithium 1 tablet at 8:00 AM)' }).click();
  await expect(notice).toContainText('Lithium, 2 doses left.');

  // The link goes to my medications, where the new count is written by keyboard alone.
  await notice.getByRole('link', { name: 'my medications' }).click();
  await expect(page.getByRole('heading', { name: 'Medications', level: 1 })).toBeFocused();
  const card = page.getByRole('region', { name: /^Lithium/ });
  await expect(card.getByText(/2 doses left, counted down as I take them/)).toBeVisible();
  await card.getByRole('button', { name: 'Edit details of Lithium' }).focus();
  await page.keyboard.press('Enter');
  const edit = page.getByRole('form', { name: 'Edit Lithium' });
  await expect(edit.getByLabel('Doses I have now')).toHaveValue('2');
  await edit.getByLabel('Doses I have now').fill('60');
  await edit.getByLabel('Doses I have now').press('Enter');
  await expect(card.getByText(/60 doses left, counted down as I take them; Today says to get more at 2/)).toBeVisible();
  await mainNav(page).getByRole('link', { name: 'Plan' }).click();
  await expect(page.getByRole('group', { name: 'My medicines today' }).getByRole('listitem')).toHaveText([
    /^Lithium 1 tablet at 8:00\sAM/,
  ]);
  await expect(page.getByText('Time to get more')).toHaveCount(0);
});

test('“I took my medicines as planned” from the quick check-in in one key, undone and taken again; a past day filled in all at once', async ({
  launch,
  userDataDir,
  hostName,
}) => {
  test.skip(hostName === 'electron', 'Main’s clock cannot be set in an Electron process.');
  const fill = (session: VaultSession) => {
    addMedication(session, 'lithium', 'Lithium', 400, ['08:00', '20:00']);
    addMedication(session, 'sertraline', 'Sertraline', 100, ['08:00']);
  };
  const { page } = await openSeeded({ launch, userDataDir }, { template: 'mental-health', fill }, inLondon);
  const quick = page.getByRole('form', { name: 'Quick check-in' });
  const asPlanned = quick.getByRole('button', { name: 'I took my medicines as planned' });
  // The doses due by 09:20 are offered; the one at 20:00 is not due yet.
  await expect(quick.getByText(/^Lithium 400 mg at 8:00\sAM and Sertraline 100 mg at 8:00\sAM$/)).toBeVisible();
  await expect(asPlanned).toHaveAttribute('aria-keyshortcuts', 'T');
  await screenshot(page, 'quick-check-in-doses', hostName);
  // On the mood, T is the one key.
  await quick.getByRole('radio').first().focus();
  await page.keyboard.press('t');
  await expect(quick.getByText('Noted: 2 doses taken as planned. 1 more is due later today.')).toBeVisible();
  const doses = page.getByRole('group', { name: 'My medicines today' });
  await expect(doses.getByRole('listitem')).toHaveText([
    /^✓ Lithium 400 mg at 8:00\sAM · taken at 8:00\sAM/,
    /^✓ Sertraline 100 mg at 8:00\sAM · taken at 8:00\sAM/,
    /^Lithium 400 mg at 8:00\sPM/,
  ]);
  await quick.getByRole('button', { name: 'Undo' }).click();
  await expect(doses.getByText(/taken at 8:00\sAM/)).toHaveCount(0);
  await expect(asPlanned).toBeVisible();
  // From the doses on Today, the two waiting are taken together too.
  await doses.getByRole('button', { name: /^I took these as planned/ }).click();
  await expect(doses.getByText('Noted: 2 doses taken as planned.')).toBeVisible();
  await expect(asPlanned).toHaveCount(0);
  await doses.getByRole('button', { name: 'Another time or dose (Lithium 400 mg at 8:00 PM)' }).click();
  await screenshot(page, 'doses-as-planned', hostName);

  // Yesterday, filled in from the Medications page: every dose of the day at its planned time.
  await mainNav(page).getByRole('link', { name: 'Plan' }).click();
  await page.getByRole('navigation', { name: 'Plan sections' }).getByRole('link', { name: 'Medications' }).click();
  const another = page.getByRole('region', { name: 'Doses of another day' });
  await expect(another.getByLabel('Day')).toHaveValue('2026-11-18');
  const yesterday = another.getByRole('group', { name: 'My medicines on November 18, 2026' });
  await yesterday.getByRole('button', { name: 'Skipped (Sertraline 100 mg at 8:00 AM)' }).click();
  await yesterday.getByRole('button', { name: /^I took them all as planned/ }).click();
  await expect(yesterday.getByText('Noted: 2 doses taken as planned.')).toBeVisible();
  await expect(yesterday.getByRole('listitem')).toHaveText([
    /^✓ Lithium 400 mg at 8:00\sAM · taken at 8:00\sAM/,
    /^✓ Sertraline 100 mg at 8:00\sAM · skipped/,
    /^✓ Lithium 400 mg at 8:00\sPM · taken at 8:00\sPM/,
  ]);
  await another.getByLabel('Day').fill('2026-11-20');
  await expect(another.getByText('Choose today or an earlier day.')).toBeVisible();
  await another.getByLabel('Day').fill('2026-09-30');
  await expect(another.getByText('No medicine was due that day, by my list.')).toBeVisible();
  await expectAccessibleInBothThemes(page, 'Medications, another day', hostName);
});

test('Progress: each medication’s doses taken on time up to yesterday, with the rule stated and its weeks as a table', async ({
  launch,
  userDataDir,
  hostName,
}) => {
  test.skip(hostName === 'electron', 'Main’s clock cannot be set in an Electron process.');
  const dose = (id: string, medicationId: string, dueTime: string, fields: Partial<DoseRecord>): DoseRecord => ({
    id,
    medicationId,
    day: '2026-11-18',
    dueTime,
    status: 'taken',
    takenAt: null,
    timeZone: 'Europe/London',
    amount: null,
    reason: '',
    ...fields,
  });
  const fill = (session: VaultSession) => {
    addMedication(session, 'lithium', 'Lithium', 400, ['08:00', '20:00']);
    addMedication(session, 'sertraline', 'Sertraline', 100, ['08:00']);
    session.change((db) => {
      recordDose(db, dose('d1', 'lithium', '08:00', { takenAt: '2026-11-18T08:00:00Z' }));
      recordDose(db, dose('d2', 'lithium', '20:00', { takenAt: '2026-11-18T20:00:00Z' }));
      recordDose(db, dose('d3', 'sertraline', '08:00', { status: 'skipped' }));
    });
  };
  const { page } = await openSeeded({ launch, userDataDir }, { template: 'mental-health', fill }, inLondon);

  // Progress counts the doses taken on time up to yesterday, with the rule for "on time" stated.
  await mainNav(page).getByRole('link', { name: 'Progress' }).click();
  await page.getByRole('radio', { name: '1 month' }).check();
  const taken = page.getByRole('region', { name: 'My medicines, taken on time' });
  await expect(
    taken.getByText(/when I took it within 2 hours of its time\. Counted up to November 18, 2026/),
  ).toBeVisible();
  await expect(
    taken.getByText('3% of doses on time over the last 1 month: 2 of 60 doses due; 58 not written.'),
  ).toBeVisible();
  await expect(
    taken.getByText('0% of doses on time over the last 1 month: 0 of 30 doses due; 1 skipped, 29 not written.'),
  ).toBeVisible();
  await taken.getByText('Show Sertraline week by week').click();
  await expect(taken.getByRole('region', { name: 'Sertraline week by week' }).getByRole('row').nth(1)).toHaveText(
    'November 16, 2026300120%',
  );
  await expectAccessibleInBothThemes(page, 'Progress with adherence', hostName);
});

test('a dose reminder, turned on in Settings, comes at the dose’s time naming nothing, and opens today’s doses after unlock', async ({
  launch,
  userDataDir,
  hostName,
}) => {
  test.skip(
    hostName === 'electron',
    'Main’s clock and the notification centre cannot be driven in an Electron process.',
  );
  const fill = (session: VaultSession) => addMedication(session, 'lithium', 'Lithium', 400, ['08:00', '20:00']);
  const { page, reminders } = await openSeeded({ launch, userDataDir }, { template: 'mental-health', fill }, inLondon);
  await mainNav(page).getByRole('link', { name: 'Settings' }).click();
  const settings = page.getByRole('region', { name: 'Reminders' });
  const doseSwitch = settings.getByLabel('At the time of each dose I have not answered yet');
  await doseSwitch.click();
  await expect(doseSwitch).toBeChecked();
  await expect(settings.getByText('Dose reminders are on.')).toBeVisible();

  await reminders!.moveClock('2026-11-19T19:59:00Z');
  expect(reminders!.shown).toEqual([]);
  await reminders!.moveClock('2026-11-19T20:00:30Z');
  expect(reminders!.shown).toEqual([{ title: 'Waypoint', body: 'A reminder from Waypoint.' }]);

  // Locked when it is clicked: today's doses are there right after the unlock.
  await page.keyboard.press('Control+l');
  await expect(page.getByRole('button', { name: 'Unlock' })).toBeVisible();
  reminders!.click(0);
  await unlock(page, passphrase);
  await expect(
    page.getByRole('group', { name: 'My medicines today' }).getByText(/^Lithium 400 mg at 8:00\sPM/),
  ).toBeVisible();
});
