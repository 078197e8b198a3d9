import { randomUUID } from 'node:crypto';
import { writeFile } from 'node:fs/promises';
import path from 'node:path';
import { Worker } from 'node:worker_threads';
import { importCheckIns } from '../../electron/check-in-import/import-check-ins';
import { readImportInWorker } from '../../electron/check-in-import/import-reader';
import type { ImportReaderAnswer, ImportReaderTask } from '../../electron/check-in-import/import-reader-protocol';
import type { VaultSession } from '../../electron/vault/vault-session';
import { readDaylioExport, type DaylioEntry } from '../../shared/check-in-import/daylio-export';
import { mainNav, openSeeded, screenshot } from './app-steps';
import { colourRules, expect, expectNoSeriousAxeViolations, test } from './fixtures';

/**
 * A Daylio export as a real one looks (written for this test): a byte-order mark, newest first,
 * several entries a day, 12- and 24-hour times, the default moods and two of the person's own
 * (one with stray spaces and brackets), activities with bracketed prefixes, a quoted note over
 * two lines with an emoji, and one row whose date does not exist.
 */
const daylioExport = [
  '\uFEFFfull_date,date,weekday,time,mood,activities,note_title,note',
  '2026-03-09,March 9,Monday,9:15 pm,good,"a brisk walk | [253] meditation","",""',
  '2026-03-09,March 9,Monday,08:05,meh,"<c_e> tired","",""',
  '2026-03-08,March 8,Sunday,21:40,Not so good,"<c_e> tired | work","Long day","Slept badly.\nStill, I ""showed up"" 💪"',
  '2026-03-07,March 7,Saturday,10:00 am,rad,"a brisk walk | [253] meditation | family","",""',
  '2026-03-06,March 6,Friday,20:30, Medium [-] ,"work","",""',
  '2026-03-05,March 5,Thursday,19:00,bad,"<c_e> tired | work","",""',
  '2026-03-04,March 4,Wednesday,18:45,good,"[253] meditation","",""',
  '2026-02-30,February 30,Monday,18:00,good,"","",""',
].join('\r\n');

test('bring in a Daylio export: preview, moods placed by keyboard, activities chosen, imported, in the check-ins list @import', async ({
  launch,
  userDataDir,
  hostName,
}) => {
  const app = await openSeeded(
    { launch, userDataDir },
    { template: 'addiction' },
    { timeZone: 'Europe/London', clock: '2026-03-10T12:00:00Z' },
  );
  const { page } = app;
  const file = path.join(userDataDir, 'daylio_export_2026_03_10.csv');
  await writeFile(file, daylioExport);
  await app.answerOpenDialog(file);

  await mainNav(page).getByRole('link', { name: 'Settings' }).click();
  await page.getByRole('link', { name: 'Bring in check-ins from another app' }).click();
  await page.getByRole('button', { name: 'Choose a file…' }).click();
  if (app.openDialogs) expect(app.openDialogs.at(-1)?.kind).toBe('csv');

  // What the file holds, before anything is written.
  const facts = page.getByRole('region', { name: 'What is in daylio_export_2026_03_10.csv' });
  await expect(facts.getByText('7', { exact: true })).toBeVisible();
  await expect(facts.getByText('March 4, 2026 to March 9, 2026')).toBeVisible();

  // Moods: Daylio's five are placed; my own two are not, and nothing imports until they are.
  const moods = page.getByRole('list', { name: 'My moods from worst to best' });
  await expect(moods.getByRole('combobox', { name: /good/ }).first()).toHaveValue('7');
  await page.getByRole('button', { name: 'Import 7 entries' }).click();
  await expect(page.getByRole('alert')).toHaveText(
    'Give each mood a value before importing: “Medium [-]”, “Not so good”.',
  );
  // "Not so good" goes between bad and meh, by keyboard (this file has no "awful"); then the
  // suggested values, one of them changed.
  const notSoGood = page.getByRole('button', { name: 'Move “Not so good” up, towards worse' });
  await notSoGood.focus();
  for (let step = 0; step < 4; step++) await page.keyboard.press('Enter');
  await page.getByRole('button', { name: 'Suggest values for my own moods from this order' }).click();
  await expect(moods.getByRole('combobox', { name: /Not so good/ })).toHaveValue('4');
  await moods.getByRole('combobox', { name: /Medium \[-\]/ }).selectOption('6');

  // Activities: "a brisk walk" is already a coping strategy of my plan; "tired" becomes a new trigger.
  await expect(page.getByRole('combobox', { name: 'What “a brisk walk” becomes' })).toHaveValue(/^coping:/);
  await page.getByRole('searchbox', { name: 'Find an activity' }).fill('TIR');
  await expect(page.getByText('1 of 5 shown')).toBeVisible();
  await page.getByRole('checkbox', { name: 'tired' }).check();
  await page.getByRole('combobox', { name: /What the 1 selected activities become/ }).selectOption('trigger:new');
  await page.getByRole('button', { name: 'Apply to selected' }).click();
  await page.getByRole('searchbox', { name: 'Find an activity' }).fill('');
  await page.getByRole('combobox', { name: 'What “work” becomes' }).selectOption('note');
  await page.getByRole('combobox', { name: 'Time zone' }).selectOption('Europe/London');

  // Five entries as they will be.
  const sample = page.getByRole('region', { name: 'How five entries will look' });
  await expect(sample.getByRole('listitem')).toHaveCount(5);
  await expect(sample.getByText('Wednesday, March 4, 2026', { exact: false })).toBeVisible();
  await expect(sample.getByText('Triggers').first()).toBeVisible();
  await expectNoSeriousAxeViolations(page, 'import preview, light');
  await screenshot(page, 'import-preview-light', hostName);
  await page.emulateMedia({ colorScheme: 'dark' });
  await expectNoSeriousAxeViolations(page, 'import preview, dark', colourRules);
  await screenshot(page, 'import-preview-dark', hostName);
  await page.emulateMedia({ colorScheme: 'light' });

  await page.getByRole('button', { name: 'Import 7 entries' }).click();
  await expect(
    page.getByRole('heading', { name: '7 check-ins added from daylio_export_2026_03_10.csv' }),
  ).toBeFocused();
  await expect(page.getByText('Line 10: “2026-02-30” is not a date.')).toBeVisible();
  await screenshot(page, 'import-summary', hostName);

  // In the check-ins list, like any other: the day, the mood, the note with its words kept.
  await page.getByRole('link', { name: 'See my check-ins' }).click();
  const march8 = page.getByRole('listitem').filter({ has: page.getByRole('heading', { name: /March 8, 2026/ }) });
  await expect(march8.getByText('Mood 4/10')).toBeVisible();
  await expect(march8.getByText(/Still, I "showed up" 💪/)).toBeVisible();
  await expect(march8.getByText(/Also: work\./)).toBeVisible();
});

/** What the first test's person chose, as main's own import would write it. */
function importedAsChosen(session: VaultSession): void {
  session.change((db) =>
    importCheckIns(db, {
      source: 'daylio',
      file: readDaylioExport(daylioExport),
      fileName: 'daylio_export_2026_03_10.csv',
      choices: {
        timeZone: 'Europe/London',
        moods: { 'Not so good': 4, 'Medium [-]': 6 },
        activities: {
          'a brisk walk': { treatment: 'coping', entryId: null },
          tired: { treatment: 'trigger', entryId: null },
          work: { treatment: 'note', entryId: null },
        },
        defaultTreatment: 'measure',
      },
      now: new Date('2026-03-10T12:00:00Z'),
      newId: randomUUID,
    }),
  );
}

test('imported check-ins are in Progress and "What helps"; Settings lists the import and removes exactly it @import', async ({
  launch,
  userDataDir,
  hostName,
}) => {
  const { page } = await openSeeded(
    { launch, userDataDir },
    { template: 'addiction', fill: importedAsChosen },
    { timeZone: 'Europe/London', clock: '2026-03-10T12:00:00Z' },
  );
  // In Progress: the mood chart's words and "What helps" with the imported yes/no measure.
  await mainNav(page).getByRole('link', { name: 'Progress' }).click();
  await expect(page.getByText(/^Mood over .* Based on 6 days with a value\.$/)).toBeVisible();
  const whatHelps = page.getByRole('region', { name: 'What helps: mood' });
  await expect(whatHelps.getByRole('rowheader', { name: 'meditation' })).toBeVisible();
  await expect(whatHelps.getByRole('rowheader', { name: 'A brisk walk' })).toBeVisible();

  // Settings lists the import; removing it takes exactly its check-ins.
  await mainNav(page).getByRole('link', { name: 'Settings' }).click();
  const imports = page.getByRole('table', { name: 'My imports, newest first' });
  await expect(imports.getByRole('row', { name: /daylio_export_2026_03_10\.csv/ })).toContainText('7');
  await expectNoSeriousAxeViolations(page, 'settings with an import, light');
  await screenshot(page, 'import-settings', hostName);
  await imports.getByRole('button', { name: /Remove the import of daylio_export_2026_03_10\.csv/ }).click();
  await expect(page.getByText('Remove the 7 check-ins imported from daylio_export_2026_03_10.csv?')).toBeFocused();
  await page.getByRole('group').getByRole('button', { name: 'Remove this import' }).click();
  await expect(page.getByText('Removed 7 check-ins from daylio_export_2026_03_10.csv')).toContainText(
    'and the 2 yes/no measures (meditation, family) and 1 plan entry (tired) it had added',
  );
  await expect(imports).toBeHidden();
  await mainNav(page).getByRole('link', { name: 'Check-ins' }).click();
  // Once the list is open, none of the imported check-ins is in it.
  await expect(page.getByRole('button', { name: 'New check-in' })).toBeVisible();
  await expect(page.getByText(/Still, I "showed up"/)).toHaveCount(0);
  await expect(page.getByText('Mood 4/10')).toHaveCount(0);
});

test('the built reading thread (a second entry of the main build) reads a file exactly as it does from source @import', async ({
  userDataDir,
  hostName,
}) => {
  test.skip(hostName !== 'chromium', 'host-independent: run once');
  const file = path.join(userDataDir, 'daylio_export_2026_03_10.csv');
  await writeFile(file, daylioExport);
  // The app starts out/main/import-reader-worker.js; this drives it as import-reader.ts does.
  const worker = new Worker(path.resolve(import.meta.dirname, '../../out/main/import-reader-worker.js'), {
    workerData: { path: file } satisfies ImportReaderTask,
  });
  try {
    const entries: DaylioEntry[] = [];
    const read = await new Promise<Extract<ImportReaderAnswer, { kind: 'read' }>>((resolve, reject) => {
      worker.on('error', reject);
      worker.on('message', (answer: ImportReaderAnswer) => {
        if (answer.kind === 'entries') {
          entries.push(...answer.entries);
          worker.postMessage('next');
        } else if (answer.kind === 'read') resolve(answer);
        else reject(new Error(answer.message));
      });
    });
    const { fileName, file: rest, preview } = read;
    expect({ fileName, file: { ...rest, entries }, preview }).toEqual(await readImportInWorker(file));
    expect(preview).toMatchObject({ entries: 7, skipped: [{ line: 10 }] });
  } finally {
    await worker.terminate();
  }
});
