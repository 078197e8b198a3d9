import { execFileSync } from 'node:child_process';
import { mkdirSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import path from 'node:path';
import type { Page } from '@playwright/test';
import { openDemo, screenshot, screenshotsWanted } from './app-steps';
import {
  expect,
  expectNoSeriousAxeViolations,
  test,
  type WaypointFixtures,
  type WaypointWorkerFixtures,
} from './fixtures';

// Exported PDFs are kept here, per host, to be looked at after a run.
const pdfFolder = path.resolve('test-results/pdf');

// A note the demo vault writes on many days: it must be absent unless notes are opted in.
const demoNote = 'Good walk with Sam after work. Felt lighter.';

const poppler = (tool: string, ...args: string[]) => execFileSync(tool, args, { encoding: 'utf8' });

function pdfInfo(file: string): { pages: number; size: string } {
  const info = poppler('pdfinfo', file);
  return {
    pages: Number(/^Pages:\s+(\d+)/m.exec(info)?.[1]),
    size: /^Page size:\s+(.*)$/m.exec(info)?.[1] ?? '',
  };
}

/** The PDF's text, with line breaks and hyphenation flattened so phrases can be searched. */
const pdfText = (file: string) => poppler('pdftotext', file, '-').replace(/\s+/g, ' ');

/** The PDF outline's titles (bookmarks), in file order: Chromium writes them as plain objects. */
function outlineTitles(file: string): string[] {
  const text = readFileSync(file).toString('latin1');
  return [...text.matchAll(/\/Title (<FEFF([0-9A-F]*)>|\(((?:[^()\\]|\\.)*)\))/g)].map((match) =>
    match[2] === undefined ? match[3]! : Buffer.from(match[2], 'hex').swap16().toString('utf16le'),
  );
}

/**
 * The page numbers the contents gives, by title (read from the laid-out text): the contents follows
 * page 1's snapshot, on page 1 when it fits, or at the top of page 2.
 */
function contentsPages(file: string, titles: string[]): Record<string, number> {
  const firstPages = poppler('pdftotext', '-layout', '-f', '1', '-l', '2', file, '-');
  const contents = firstPages.slice(firstPages.indexOf('In this document'));
  return Object.fromEntries(
    titles.map((title) => [title, Number(new RegExp(`${title}\\s+(\\d+)`).exec(contents)?.[1] ?? NaN)]),
  );
}

/** Each page's text, flattened (pdftotext ends every page with a form feed). */
const pagesText = (file: string) =>
  poppler('pdftotext', file, '-')
    .split('\f')
    .slice(0, -1)
    .map((text) => text.replace(/\s+/g, ' '));

/** Renders every page small and grey; a page is blank when (almost) every pixel is white. */
function blankPages(file: string): number[] {
  const prefix = file.replace(/\.pdf$/, '-page');
  for (const old of readdirSync(pdfFolder).filter((name) => name.startsWith(path.basename(prefix)))) {
    rmSync(path.join(pdfFolder, old));
  }
  execFileSync('pdftoppm', ['-gray', '-r', '24', file, prefix]);
  const pages = readdirSync(pdfFolder)
    .filter((name) => name.startsWith(path.basename(prefix)) && name.endsWith('.pgm'))
    .sort();
  return pages.flatMap((name, index) => {
    const image = readFileSync(path.join(pdfFolder, name));
    // Binary PGM: "P5\n<w> <h>\n<max>\n" then one byte per pixel.
    const header = /^P5\s+(\d+)\s+(\d+)\s+(\d+)\s/.exec(image.subarray(0, 40).toString('latin1'))!;
    const pixels = image.subarray(header[0].length);
    const inked = pixels.filter((value) => value < 200).length;
    return inked / pixels.length < 0.002 ? [index + 1] : [];
  });
}

/** Saves from the Export screen to `file` and waits for the confirmation. */
async function saveAs(page: Page, answer: (file: string | undefined) => Promise<void>, file: string): Promise<string> {
  rmSync(file, { force: true });
  await answer(file);
  await page.getByRole('button', { name: 'Save as PDF…' }).click();
  const saved = page.getByRole('status').filter({ hasText: `Saved “${path.basename(file)}”` });
  await expect(saved).toBeVisible();
  return (await saved.textContent()) ?? '';
}

/** Each phrase appears after the one before it. */
const expectInOrder = (text: string, phrases: string[]) => {
  let from = 0;
  for (const phrase of phrases) {
    const at = text.indexOf(phrase, from);
    expect(at, `"${phrase}" comes after "${text.slice(Math.max(0, from - 40), from)}"`).toBeGreaterThanOrEqual(0);
    from = at + phrase.length;
  }
};

/** The 10-year demo vault, unlocked on 20 November 2026 in London, on the Export screen. */
async function openExport(
  {
    launch,
    userDataDir,
    copyDemoVault,
  }: Pick<WaypointFixtures & WaypointWorkerFixtures, 'launch' | 'userDataDir' | 'copyDemoVault'>,
  colorScheme: 'light' | 'dark' = 'light',
) {
  mkdirSync(pdfFolder, { recursive: true });
  const app = await openDemo({ launch, userDataDir, copyDemoVault }, colorScheme);
  const { page } = app;
  await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Export' }).click();
  await expect(page.getByRole('region', { name: 'Preview of the PDF' })).toBeVisible();
  return app;
}

test('the Export screen, with a preview of the questions, passes axe-core in the dark theme', async ({
  launch,
  hostName,
  userDataDir,
  copyDemoVault,
}) => {
  const { page } = await openExport({ launch, userDataDir, copyDemoVault }, 'dark');
  await page.getByRole('checkbox', { name: 'Put my safety plan first, on its own page' }).check();
  await page.getByRole('textbox', { name: 'Questions and topics for my next session' }).fill('Talk about paydays.');
  const preview = page.getByRole('region', { name: 'Preview of the PDF' });
  // With progress in the PDF, the questions open page 1, the session snapshot.
  await expect(preview.getByRole('heading', { name: 'What I want to talk about' })).toBeVisible();
  await expect(preview.getByText('Talk about paydays.')).toBeVisible();
  await expectNoSeriousAxeViolations(page, 'Export, dark');
  await screenshot(page, 'export-dark', hostName);
});

/**
 * The therapist preset (the default) on the Export screen: the whole plan, what changed, what
 * helps; six months, sleep charted too, questions for the session, Letter.
 */
async function openTherapistExport(fixtures: Parameters<typeof openExport>[0]) {
  const app = await openExport(fixtures);
  const { page } = app;
  await expect(page.getByRole('radio', { name: /My therapist or counsellor/ })).toBeChecked();
  await page
    .getByRole('textbox', { name: 'Questions and topics for my next session' })
    .fill('Talk about paydays.\nAsk about sleep.');
  await page.getByRole('radio', { name: /Last 6 months/ }).check();
  await page.getByRole('checkbox', { name: 'Sleep', exact: true }).check();
  await page.getByRole('radio', { name: 'US Letter' }).check();
  return app;
}

test('@pdf for my therapist, on Letter: the saved file has the pages the preview counted, at most 13, none nearly empty, fonts embedded', async ({
  launch,
  hostName,
  userDataDir,
  copyDemoVault,
}) => {
  const app = await openTherapistExport({ launch, userDataDir, copyDemoVault });
  const { page } = app;
  // The preview counts the pages from a real print; saving the same choices prints once more.
  const full = path.join(pdfFolder, `${hostName}-full-letter.pdf`);
  const said = await saveAs(page, app.answerSaveDialog, full);
  const fullInfo = pdfInfo(full);
  expect(said).toContain(`${fullInfo.pages} pages`);
  await expect(page.getByText(/^\d+ pages on US Letter/)).toHaveText(
    new RegExp(`^${fullInfo.pages} pages on US Letter`),
  );
  expect(fullInfo.size).toMatch(/^612 x 792 pts/);
  // Page 1, three charts (sleep chosen, cravings by the preset), the whole plan, what helps, my
  // medications and use (a page and a half), and a PHQ-9 and a GAD-7 every two weeks.
  expect(fullInfo.pages).toBeLessThanOrEqual(13);
  // Short parts run on: no page is nearly empty.
  const pages = pagesText(full);
  expect(pages).toHaveLength(fullInfo.pages);
  pages.forEach((text, index) => {
    const words = text.split(' ').filter(Boolean).length;
    expect(words, `page ${index + 1} has ${words} words`).toBeGreaterThanOrEqual(40);
  });
  // Page 1 as an image to look at, when screenshots are wanted.
  if (screenshotsWanted)
    execFileSync('pdftoppm', [
      '-png',
      '-r',
      '80',
      '-f',
      '1',
      '-l',
      '1',
      '-singlefile',
      full,
      full.replace(/\.pdf$/, '-page-1'),
    ]);
  // Fonts are embedded (the shipped face), not fetched: poppler lists them.
  expect(poppler('pdffonts', full)).toMatch(/AtkinsonHyperlegible/);
});

test('@pdf for my therapist: the preview marks where each page of its print starts, pages 2 to the last in order', async ({
  launch,
  hostName,
  userDataDir,
  copyDemoVault,
}) => {
  const { page } = await openTherapistExport({ launch, userDataDir, copyDemoVault });
  const counted = page.getByText(/^\d+ pages on US Letter/);
  await expect(counted).toBeVisible();
  const pageCount = Number(/^(\d+)/.exec((await counted.textContent()) ?? '')?.[1]);
  expect(pageCount).toBeGreaterThan(1);
  const marks = page.getByRole('region', { name: 'Preview of the PDF' }).locator('[data-page-start]');
  await expect(marks).toHaveCount(pageCount - 1);
  expect(await marks.evaluateAll((marked) => marked.map((mark) => mark.getAttribute('data-page-start')))).toEqual(
    Array.from({ length: pageCount - 1 }, (_, index) => `Page ${index + 2}`),
  );
  await marks.nth(2).scrollIntoViewIfNeeded();
  await screenshot(page, 'export-page-marks', hostName, { fullPage: false });
});

test('@pdf for my therapist: the full plan and six months, page 1 a snapshot with the risk line and my questionnaires, the parts in order with their pages', async ({
  launch,
  hostName,
  userDataDir,
  copyDemoVault,
}) => {
  const app = await openTherapistExport({ launch, userDataDir, copyDemoVault });
  const { page } = app;
  const full = path.join(pdfFolder, `${hostName}-full-letter-text.pdf`);
  await saveAs(page, app.answerSaveDialog, full);
  const pages = pagesText(full);
  const fullText = pages.join(' ');
  // Page 1 keeps what a clinician acts on first, my care among it, even when the snapshot runs on.
  expect(pages[0]).toContain('My care Medications');
  expectInOrder(fullText, [
    'My recovery plan and progress',
    'What I want to talk about',
    'Talk about paydays.',
    'Crisis signs and my safety plan',
    'Crisis-stage signs on 1 day: Sep 14, 2026, Making plans to use.',
    'What my plan says to do at this stage: If I am making plans to use',
    'My safety plan: 7 of 7 steps written; last reviewed October 31, 2026, since the last crisis day.',
    'Since last time',
    'Lapses',
    'Warning signs I noticed',
    'My care',
    'What went with better days',
    'My plan',
    'In this document',
    'What changed since my last review',
    'My recovery plan',
    'About my recovery',
    'Goals',
    'Support network',
    'Coping strategies',
    'Safety plan',
    'Care team',
    'My progress',
    'Mood',
    'Sleep',
    'Milestones',
    'What helps',
    'Triggers and warning signs',
    'Triggers I met',
    'Warning signs I noticed',
    'My questionnaires',
    'Questionnaires I answered, May 21, 2026 to November 20, 2026.',
    'Patient Health Questionnaire (PHQ-9)',
    'Developed by Drs. Robert L. Spitzer, Janet B.W. Williams, Kurt Kroenke and colleagues',
    'Generalized Anxiety Disorder 7-item scale (GAD-7)',
  ]);
  // Every answer in the six months, never averaged: 13 of each form, every two weeks.
  expect(fullText.match(/\w+ \d+, 2026 \d+ (minimal|mild|moderate|moderately severe|severe) /g)).toHaveLength(26);
  expect(fullText).toContain('Private — personal health information');
  expect(fullText).toContain(`Page 2 of ${pages.length}`);
  expect(fullText).toMatch(/Check-ins from \w+ \d+, 2026 to November 20, 2026/);
  expect(fullText).not.toContain(demoNote);
  // Every trigger and warning sign in the frequency tables is named, with a sign's stage.
  expect(fullText).not.toContain('(no name)');
  expect(fullText).toMatch(
    /Warning signs I noticed .*Skipping meetings or check-ins \((early|getting worse|crisis)\) \d+/,
  );
  expect(fullText).not.toContain('My check-in notes');
  // The progress pages: goals with their status, counters true to the lapses, the last review's notes.
  expect(fullText).toMatch(/Goal progress .*· Achieved/);
  expect(fullText).toMatch(/In these dates, \d+ of 184 days without a lapse \(\d+%\)/);
  expect(fullText).not.toMatch(/Since \w+ \d+, 20\d\d: \d+ days/);
  expect(fullText).toMatch(/At my review on October 30, 2026 I wrote: What is working/);
  // Page 1 is the session snapshot: what a clinician needs in the first two minutes.
  const firstPage = pages[0]!;
  expect(firstPage).toContain('Talk about paydays. Ask about sleep.');
  expect(firstPage).toMatch(/I checked in on \d+ of 184 days/);
  expect(firstPage).toMatch(/Crisis-stage signs on 1 day: Sep 14, 2026, Making plans to use\./);
  expect(firstPage).toMatch(/Mood \(0–10\) \d\.\d \(\d+ days?\) \d\.\d \(\d+ days?\) (higher|lower|about the same)/);
  expect(firstPage).toMatch(/Sleep \(hours\) \d\.\d/);
  expect(firstPage).toMatch(/My last lapse was on \w+ \d+, 20\d\d/);
  expect(firstPage).toMatch(/In these dates, \d+ days? with a lapse: \w+ \d+, 20\d\d/);
  expect(firstPage).toMatch(/Early signs: \d+ days?, (more|fewer) than the \d+ before/);
  expect(firstPage).toMatch(/Crisis signs: \d+ days?/);
  // What went with better days comes after my care: on page 1 or where the snapshot runs on.
  const snapshot = pages.join(' ').split('In this document')[0]!;
  expect(snapshot).toMatch(/What went with better days .*mood \d\.\d on the \d+ days I used it/);
  // The two bars have a key, and a change of a measure where lower is better says better or worse.
  expect(firstPage).toContain('Bars: the 30 days before, the last 30 days.');
  // Each form's latest score, its range and the change since the one before, in neutral words.
  expect(firstPage).toMatch(
    /My questionnaires .*PHQ-9 on November 17, 2026: \d+ out of 27, a score in the (minimal|mild|moderate) range; [+−]?\d+( \(a real change\))? since November 3, 2026\./,
  );
  expect(firstPage).toMatch(/GAD-7 on November 17, 2026: \d+ out of 21, a score in the \w+ range/);
  expect(firstPage).toContain('Ranges are the published bands, not a diagnosis.');
  expect(firstPage).toMatch(
    /Cravings or urges \(0–10\) \d\.\d \(\d+ days\) \d\.\d \(\d+ days\) (higher \((better|worse)\)|lower \((better|worse)\)|about the same)/,
  );
  // The contents gives each part's page, and the part's heading is on that page.
  const contents = contentsPages(full, [
    'Safety plan',
    'Goals',
    'Care team',
    'My progress',
    'What helps',
    'My questionnaires',
  ]);
  for (const [title, pageNumber] of Object.entries(contents)) {
    expect(pageNumber, `${title} has a page number`).toBeGreaterThan(1);
    expect(pages[pageNumber - 1], `${title} is on page ${pageNumber}`).toContain(title);
  }
  // Each outline entry once: no title printed twice over.
  const outline = outlineTitles(full);
  expect(outline).toEqual(expect.arrayContaining(['Safety plan', 'My recovery plan', 'My progress', 'Goals']));
  for (const title of outline) expect(title, 'an outline title said twice').not.toMatch(/^(.{4,})\1$/);
});

test('@pdf for my sponsor: no one’s phone number but the crisis lines’, the safety plan first, choices kept on leaving, the preview beside them', async ({
  launch,
  hostName,
  userDataDir,
  copyDemoVault,
}) => {
  const app = await openExport({ launch, userDataDir, copyDemoVault });
  const { page } = app;
  await page.setViewportSize({ width: 1280, height: 800 });
  await page.getByRole('radio', { name: /My sponsor or a peer supporter/ }).check();
  await expect(page.getByRole('radio', { name: 'Leave them out everywhere' })).toBeChecked();
  await page.getByRole('checkbox', { name: 'Put my safety plan first, on its own page' }).check();
  await page.getByLabel('Name or initials on the title page').fill('J. D.');
  const questions = page.getByRole('textbox', { name: 'Questions and topics for my next session' });
  await questions.fill('Ask Alex about the weekend.');

  // At 1280 x 800 the preview stays in view beside the choices, wherever they are scrolled to.
  const preview = page.getByRole('region', { name: 'Preview of the PDF' });
  const choices = await page.getByRole('form', { name: 'What goes in the PDF' }).boundingBox();
  for (const control of [page.getByRole('radio', { name: /My doctor/ }), questions]) {
    await control.scrollIntoViewIfNeeded();
    const shown = await preview.boundingBox();
    expect(shown!.x).toBeGreaterThanOrEqual(choices!.x + choices!.width);
    expect(shown!.y).toBeLessThan(400);
  }
  await screenshot(page, 'export-1280x800', hostName, { fullPage: false });

  // Going elsewhere and coming back keeps every choice, the questions too (they are in the vault).
  await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Progress' }).click();
  await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Export' }).click();
  await expect(page.getByRole('radio', { name: /My sponsor or a peer supporter/ })).toBeChecked();
  await expect(questions).toHaveValue('Ask Alex about the weekend.');
  await expect(page.getByLabel('Name or initials on the title page')).toHaveValue('J. D.');
  await expect(page.getByRole('checkbox', { name: 'Put my safety plan first, on its own page' })).toBeChecked();

  const sponsor = path.join(pdfFolder, `${hostName}-sponsor-a4.pdf`);
  await saveAs(page, app.answerSaveDialog, sponsor);
  const text = pdfText(sponsor);
  expect(text).toContain('J. D.');
  expect(text).toContain('Ask Alex about the weekend.');
  expectInOrder(text, ['What I want to talk about', 'My safety plan', 'My recovery plan', 'Goals', 'My progress']);
  // No one's phone number; a public crisis line keeps its own.
  expect(text, 'no person’s phone number').not.toMatch(/07700 9\d{5}/);
  expect(text).toContain('Local crisis line: 0800 000 0000');
  expect(text).not.toContain('Support network');

  // After the session, one click clears the questions; the rest stays as chosen.
  await page.getByRole('button', { name: 'Clear my questions' }).click();
  await expect(questions).toHaveValue('');
  await expect(page.getByRole('radio', { name: /My sponsor or a peer supporter/ })).toBeChecked();
  await screenshot(page, 'export-sponsor', hostName);
});

test('@pdf two parts of the plan, no charts, notes opted in, A4: only what was chosen', async ({
  launch,
  hostName,
  userDataDir,
  copyDemoVault,
}) => {
  const app = await openExport({ launch, userDataDir, copyDemoVault });
  const { page } = app;

  // Two parts of the plan, no charts, notes opted in for the last 30 days, A4.
  await page.getByRole('button', { name: 'Include none' }).click();
  await page.getByRole('checkbox', { name: 'Coping strategies', exact: true }).check();
  await page.getByRole('checkbox', { name: 'Triggers', exact: true }).check();
  await page.getByRole('checkbox', { name: 'Put my safety plan first, on its own page' }).uncheck();
  await page.getByRole('checkbox', { name: /^What changed since my last review/ }).uncheck();
  await page.getByRole('textbox', { name: 'Questions and topics for my next session' }).fill('');
  await page.getByLabel('Include charts of my check-ins').uncheck();
  await page.getByLabel('Include my check-in notes').check();
  await page.getByRole('radio', { name: /Last 30 days/ }).check();
  await page.getByRole('radio', { name: 'A4' }).check();
  const notes = path.join(pdfFolder, `${hostName}-notes-a4.pdf`);
  await saveAs(page, app.answerSaveDialog, notes);
  const notesInfo = pdfInfo(notes);
  expect(notesInfo.size).toMatch(/\(A4\)$/);
  const notesText = pdfText(notes);
  expectInOrder(notesText, ['My recovery plan', 'Coping strategies', 'Triggers', 'My check-in notes']);
  expect(notesText).toMatch(/Notes I wrote with my check-ins, October 22, 2026 to November 20, 2026/);
  expect(notesText).toMatch(
    /Good walk with Sam|Hard evening|Slept badly|Payday|Quiet day|Argument at work|Rain all day|Felt proud/,
  );
  // A note written at 01:12 counts for the evening before, and says when it was written.
  expect(notesText).toMatch(/written at \d{1,2}:\d\d\s[AP]M the next morning/);
  for (const absent of ['My safety plan', 'Support network', 'Care team', 'My progress', 'Questions and topics']) {
    expect(notesText, `${absent} was not chosen`).not.toContain(absent);
  }
  expect(blankPages(notes)).toEqual([]);
});

test('@pdf for family, lapses left out: nothing names a trigger or a lapse, and the safety plan’s most personal steps stay out', async ({
  launch,
  hostName,
  userDataDir,
  copyDemoVault,
}) => {
  const app = await openExport({ launch, userDataDir, copyDemoVault });
  const { page } = app;
  await page.getByRole('radio', { name: /Family or a friend/ }).check();
  await expect(page.getByLabel('Show my lapses')).not.toBeChecked();
  await expect(page.getByLabel('Include my reasons for living and how I make my surroundings safer')).not.toBeChecked();
  await page.getByRole('radio', { name: /Last 6 months/ }).check();
  const family = path.join(pdfFolder, `${hostName}-family-a4.pdf`);
  await saveAs(page, app.answerSaveDialog, family);
  const text = pdfText(family);
  const firstPage = pagesText(family)[0]!;
  expect(firstPage).toMatch(/Lapses Not shared in this copy\./);
  expect(text).not.toMatch(/lapse (on|Sep|Oct)|My last lapse|days without a lapse/);
  // Triggers were not chosen: no trigger is named, on page 1 or in a table.
  for (const absent of ['Triggers I met', 'Evenings and paydays', 'Places where I used to drink']) {
    expect(text, `${absent} is not printed`).not.toContain(absent);
  }
  expect(text).toMatch(/My reasons for living Not shared in this copy\./);
  expect(text).not.toMatch(/Jo, my nephew, the sea|I keep none in the flat/);
  // Neither my medications nor my use by day go to family unless I choose them.
  await expect(page.getByLabel('Include my medications')).not.toBeChecked();
  await expect(page.getByLabel('Include my substance use by day')).not.toBeChecked();
  expect(text).not.toMatch(/Sertraline|Zopiclone|Propranolol|My medications|My substance use|standard drink/);
});

test('@pdf for my doctor: my medications and use on page 1, then their own parts with the list, doses by week, side effects and a use calendar', async ({
  launch,
  hostName,
  userDataDir,
  copyDemoVault,
}) => {
  const app = await openExport({ launch, userDataDir, copyDemoVault });
  const { page } = app;
  await page.getByRole('radio', { name: /My doctor/ }).check();
  await expect(page.getByLabel('Include my medications')).toBeChecked();
  await expect(page.getByLabel('Include my substance use by day')).toBeChecked();
  await page.getByRole('radio', { name: /Last 3 months/ }).check();
  const doctor = path.join(pdfFolder, `${hostName}-doctor-a4.pdf`);
  await saveAs(page, app.answerSaveDialog, doctor);
  const [firstPage, ...rest] = pagesText(doctor);
  // Page 1: what changed in the last 30 days, doses on time with the rule stated, use against the 30
  // days before, and my events of care.
  expect(firstPage).toMatch(
    /My care Medications (No medication started, changed or stopped in the last 30 days\.|In the last 30 days: [^.]+\.) Doses taken on time \(within 2 hours of its time\), \w+ \d+, 2026 to November 19, 2026: Sertraline \d+ of \d+ doses \(\d+%\)\./,
  );
  expect(firstPage).toMatch(/Substance use Alcohol, the last 30 days: [^;]+; the 30 before: [^.]+\./);
  expect(firstPage).toMatch(/Events of care /);
  const text = rest.join(' ');
  expectInOrder(text, [
    'My medications',
    'What I take',
    'Sertraline',
    'since December 20, 2016',
    'Changes to my medications',
    'Doses taken on time',
    'A dose counts as on time when I took it within 2 hours of its time',
    'By week',
    'Side effects I noted',
    'My substance use',
    'Alcohol is counted in the standard drink (10 g of alcohol, the WHO’s).',
    'My goal: not to use it.',
    'Alcohol, in standard drinks by day: · not written, ◆ against my goal',
  ]);
  // A medication stopped before these dates is not listed.
  expect(text).not.toContain('Propranolol');
  if (screenshotsWanted) execFileSync('pdftoppm', ['-png', '-r', '60', doctor, doctor.replace(/\.pdf$/, '-page')]);
});

test('@pdf the paper size is remembered, and closing the save dialog writes nothing', async ({
  launch,
  userDataDir,
  copyDemoVault,
}) => {
  const app = await openExport({ launch, userDataDir, copyDemoVault });
  const { page } = app;
  await page.getByRole('radio', { name: 'US Letter' }).check();
  await app.answerSaveDialog(undefined);
  const before = readdirSync(pdfFolder).length;
  await page.getByRole('button', { name: 'Save as PDF…' }).click();
  await expect(page.getByText('Not saved: you closed the save dialog.')).toBeVisible();
  expect(readdirSync(pdfFolder).length).toBe(before);
  await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Progress' }).click();
  await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Export' }).click();
  await expect(page.getByRole('radio', { name: 'US Letter' })).toBeChecked();
  // Nothing was written next to the saved PDFs (no temp copy left behind).
  expect(readdirSync(pdfFolder).filter((name) => name.includes('.tmp-'))).toEqual([]);
});

test('for my doctor: the Export screen says my safety plan brings people’s numbers into a filed document, and leaves them out on request', async ({
  launch,
  userDataDir,
  copyDemoVault,
}) => {
  const { page } = await openExport({ launch, userDataDir, copyDemoVault });
  await page.getByRole('radio', { name: /My doctor/ }).check();
  const notice = page.getByText('A PDF for my doctor may be filed in my medical record.');
  await expect(notice).toBeVisible();
  await expect(page.getByText(/brings the phone numbers of the friends and family I named/)).toBeVisible();
  await page.getByRole('button', { name: 'Leave people’s numbers out' }).click();
  await expect(page.getByRole('radio', { name: 'Leave them out everywhere' })).toBeChecked();
  await expect(notice).toBeHidden();
  const preview = page.getByRole('region', { name: 'Preview of the PDF' });
  // Public crisis lines keep their numbers either way; none of the people's do.
  await expect(preview.getByText(/0800 000 0000/).first()).toBeVisible();
  await expect(preview.getByText(/07700 900/)).toHaveCount(0);
});

test('by keyboard alone: my medications and use leave the preview and come back, and the Export screen passes axe-core in the light theme', async ({
  launch,
  userDataDir,
  copyDemoVault,
}) => {
  const { page } = await openExport({ launch, userDataDir, copyDemoVault });
  await page.getByRole('radio', { name: /My doctor/ }).focus();
  await page.keyboard.press('Space');
  const preview = page.getByRole('region', { name: 'Preview of the PDF' });
  const medicationsPart = preview.getByRole('heading', { name: 'My medications', exact: true });
  const usePart = preview.getByRole('heading', { name: 'My substance use', exact: true });
  await expect(medicationsPart).toBeVisible();
  await expect(usePart).toBeVisible();
  const medications = page.getByRole('checkbox', { name: 'Include my medications' });
  await medications.focus();
  await page.keyboard.press('Space');
  await expect(medications).not.toBeChecked();
  await expect(medicationsPart).toHaveCount(0);
  // The next control in tab order is the use checkbox.
  await page.keyboard.press('Tab');
  const use = page.getByRole('checkbox', { name: 'Include my substance use by day' });
  await expect(use).toBeFocused();
  await page.keyboard.press('Space');
  await expect(usePart).toHaveCount(0);
  await page.keyboard.press('Space');
  await expect(usePart).toBeVisible();
  await expectNoSeriousAxeViolations(page, 'Export, light');
});
