// The app's own figures in the Chromium test host (the built renderer in Debian's Chromium, main's
// code in this process), each measured to a settled screen: no IPC call in flight, nothing
// "Opening…", the chart drawn, two frames in a row.
import { stat } from 'node:fs/promises';
import path from 'node:path';
import type { Page } from '@playwright/test';
import { planAreas } from '../../shared/plan/plan-diff';
import { checkInDay } from '../../shared/check-ins/check-in-day';
import { launchChromiumHost, rendererRoot } from '../e2e/hosts/chromium-host';
import { makeTempFolder, removeTempFolder } from '../support/temp-folder';
import { megabytes, printTable, spread, spreadWithP95 } from './bench-stats';
import { benchPassphrase, buildDemoVault } from './vault-bench';

/**
 * Installed in the page: counts IPC calls in flight, and `__settled(ready)` resolves with
 * `performance.now()` at the first of two frames in a row where nothing is in flight, nothing
 * says "Opening…" and `ready()` holds.
 */
const settleTools = `(() => {
  window.__inFlight = 0;
  const invoke = window.__waypointInvoke;
  window.__waypointInvoke = (...args) => {
    window.__inFlight++;
    return invoke(...args).finally(() => window.__inFlight--);
  };
  window.__settled = (ready) => new Promise((resolve) => {
    let calm = undefined;
    const check = () => {
      const quiet = window.__inFlight === 0 && !document.querySelector('[role="status"].muted') && ready();
      if (quiet && calm !== undefined) return resolve(calm);
      calm = quiet ? performance.now() : undefined;
      requestAnimationFrame(check);
    };
    requestAnimationFrame(check);
  });
})()`;

/** Runs `start` in the page and answers the ms from it to the settled screen. */
async function timeToSettled(page: Page, start: string, ready: string): Promise<number> {
  return page.evaluate(`(async () => {
    const started = performance.now();
    ${start};
    return (await window.__settled(${ready})) - started;
  })()`);
}

const chartDrawn = `() => document.querySelector('.chart-box path.recharts-line-curve')`;

/** The unlock screen after a fresh navigation: ms from navigation start until usable, and the script it loaded. */
async function unlockScreen(page: Page, runs: number): Promise<{ times: number[]; scriptBytes: number }> {
  const times: number[] = [];
  let scripts = new Set<string>();
  for (let run = 0; run < runs; run++) {
    const loaded = new Set<string>();
    const onResponse = (response: { url(): string }) => {
      if (response.url().endsWith('.js')) loaded.add(new URL(response.url()).pathname);
    };
    page.on('response', onResponse);
    await page.reload();
    // Usable: the passphrase field and the Unlock button are on screen and a frame has been drawn.
    const usableAt = (await page.evaluate(`new Promise((resolve) => {
      const check = () => {
        const field = document.querySelector('input[type="password"]');
        const button = [...document.querySelectorAll('button')].find((b) => b.textContent.trim() === 'Unlock');
        if (field && button) requestAnimationFrame(() => resolve(performance.now()));
        else requestAnimationFrame(check);
      };
      check();
    })`)) as number;
    page.off('response', onResponse);
    times.push(usableAt);
    scripts = loaded;
  }
  let scriptBytes = 0;
  for (const script of scripts) scriptBytes += (await stat(path.join(rendererRoot, script))).size;
  return { times, scriptBytes };
}

/**
 * The quick check-in as a person does it from the home screen: Ctrl+K, a number key, Enter. Timed
 * in the page from the real key events (a capture listener notes the moment each arrives) to the
 * dialog's mood focused, and to "Check-in saved" on screen with the check-in sealed and on disk.
 */
async function quickCheckIns(page: Page, count: number): Promise<{ opened: number[]; saved: number[] }> {
  await page.getByRole('link', { name: 'Plan', exact: true }).click();
  await page.getByRole('heading', { name: 'My plan', exact: true }).waitFor();
  await page.evaluate(`(() => {
    window.__keyAt = {};
    window.addEventListener('keydown', (event) => { window.__keyAt[event.key.toLowerCase()] = performance.now(); }, true);
    window.__when = (done) => new Promise((resolve) => {
      const check = () => (done() ? resolve(performance.now()) : requestAnimationFrame(check));
      check();
    });
  })()`);
  const opened: number[] = [];
  const saved: number[] = [];
  for (let run = 0; run < count; run++) {
    const focusedAt = page.evaluate(
      `window.__when(() => document.activeElement?.closest('dialog') && document.activeElement.getAttribute('role') === 'radio')`,
    );
    await page.keyboard.press('Control+k');
    opened.push(((await focusedAt) as number) - ((await page.evaluate(`window.__keyAt.k`)) as number));
    await page.keyboard.press(String(run % 10));
    const savedAt = page.evaluate(
      `window.__when(() => document.querySelector('dialog [role="status"]')?.textContent.startsWith('Check-in saved'))`,
    );
    await page.keyboard.press('Enter');
    saved.push(((await savedAt) as number) - ((await page.evaluate(`window.__keyAt.enter`)) as number));
    // Enter again closes the dialog (its Close button has focus).
    await page.keyboard.press('Enter');
    await page.getByRole('dialog').waitFor({ state: 'detached' });
  }
  return { opened, saved };
}

export async function printAppBench(runs: number, only?: 'unlock-screen' | 'pdf' | 'today'): Promise<void> {
  const folder = await makeTempFolder('bench');
  try {
    const checkIns = await buildDemoVault(path.join(folder, 'waypoint.vault'), {
      label: '10 years',
      years: 10,
      medications: 10,
    });
    const app = await launchChromiumHost({ userDataDir: folder });
    const { page } = app;
    try {
      const unlock = await unlockScreen(page, runs);
      const rows: string[][] = [['measure', 'min / median / max']];
      rows.push(['unlock screen usable, from navigation start', spread(unlock.times)]);
      console.log(
        `App in the Chromium host, 10-year demo vault (${checkIns} check-ins, 10 medications with their doses), ${runs} runs each.`,
      );
      console.log(`  script loaded before the unlock screen: ${megabytes(unlock.scriptBytes)}`);
      if (only === 'unlock-screen') {
        printTable(rows);
        return;
      }

      await page.getByLabel('Passphrase', { exact: true }).fill(benchPassphrase);
      await page.getByRole('button', { name: 'Unlock' }).click();
      await page.getByRole('navigation', { name: 'Main' }).waitFor({ timeout: 60_000 });
      await page.evaluate(settleTools);
      if (only === 'today') {
        printTable([
          rows[0]!,
          ['Today with 10 medications, from the click to its doses listed', spread(await todayDoses(page, runs))],
        ]);
        return;
      }
      if (only === 'pdf') {
        rows.splice(1);
        await pdfBench(page, app, folder, runs, rows);
        printTable(rows);
        return;
      }

      const firstProgress = await timesToOpen(page, runs, {
        from: { link: 'Plan', heading: 'My plan' },
        to: '#/progress',
        ready: chartDrawn,
      });
      rows.push(['Progress screen settled, from the click', spread(firstProgress)]);
      rows.push([
        'Today with 10 medications, from the click to its doses listed',
        spread(await todayDoses(page, runs)),
      ]);

      const presets = ['1M', '3M', '6M', '1Y', 'All'];
      const switches = new Map<string, number[]>(presets.map((preset) => [preset, []]));
      for (let run = 0; run < runs; run++) {
        // Each switch starts from another range, so every one redraws.
        for (const preset of [...presets.slice(run % presets.length), ...presets.slice(0, run % presets.length)]) {
          switches
            .get(preset)!
            .push(
              await timeToSettled(
                page,
                `document.querySelector('input[name="range"][value="${preset}"]').click()`,
                `() => document.querySelector('.chart-box')?.getAttribute('data-chart-range')?.length && (${chartDrawn})()`,
              ),
            );
        }
      }
      for (const [preset, times] of switches) rows.push([`Progress, switch range to ${preset}`, spread(times)]);

      // Renderer -> IPC -> database -> sealed, atomic save -> answer back in the renderer.
      const checkInTrips = (await page.evaluate(`(async () => {
        const times = [];
        for (let run = 0; run < ${Math.max(runs, 20)}; run++) {
          const started = performance.now();
          const result = await window.waypoint.invoke('checkIns.add', {
            at: new Date().toISOString(),
            timeZone: Intl.DateTimeFormat().resolvedOptions().timeZone,
            mood: run % 11,
            values: { energy: 5, 'sleep-hours': 7.5 },
            copingIds: [], triggerIds: [], warningSignIds: [], lapse: false,
            note: 'Benchmark check-in: a short walk and an early night.',
          });
          if (!result.ok) throw new Error('The benchmark check-in was refused.');
          times.push(performance.now() - started);
        }
        return times;
      })()`)) as number[];
      rows.push(['check-in round trip, saved to disk', spread(checkInTrips)]);

      // Enough runs for a 95th percentile: the target is on it (<= 100 ms).
      const quick = await quickCheckIns(page, Math.max(runs, 40));
      rows.push(['quick check-in: Ctrl+K to the mood focused', spread(quick.opened)]);
      rows.push(['quick check-in: Enter to "saved" on screen', spreadWithP95(quick.saved)]);

      await pdfBench(page, app, folder, runs, rows);
      printTable(rows);
      console.log();
    } finally {
      await app.close();
    }
  } finally {
    await removeTempFolder(folder);
  }
}

/**
 * A screen opened from the main navigation, `runs` times: each time another screen is opened and
 * settled first, then the clock runs from the click on the link to `to` until `ready` holds.
 */
async function timesToOpen(
  page: Page,
  runs: number,
  { from, to, ready }: { from: { link: string; heading: string }; to: string; ready: string },
): Promise<number[]> {
  const times: number[] = [];
  for (let run = 0; run < runs; run++) {
    await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: from.link, exact: true }).click();
    await page.getByRole('heading', { name: from.heading, exact: true }).first().waitFor();
    await page.evaluate('window.__settled(() => true)');
    times.push(
      await timeToSettled(page, `document.querySelector('nav[aria-label="Main"] a[href="${to}"]').click()`, ready),
    );
  }
  return times;
}

/**
 * Today (on the plan's home) opened from Check-ins, until its list of the day's medicines is drawn:
 * 20 doses of 10 medicines, over ten years of doses.
 */
const todayDoses = (page: Page, runs: number) =>
  timesToOpen(page, runs, {
    from: { link: 'Check-ins', heading: 'Check-ins' },
    to: '#/plan',
    ready: `() => document.querySelectorAll('.today-doses .today-list > li').length >= 10`,
  });

/**
 * The whole plan, six months of mood and two more measures, milestones, what helps, the safety
 * plan first, changes since the last review: what the Save button sends. Cold (the contents' page
 * numbers need a second print), then as the Export screen does it (the preview counted first).
 */
async function pdfBench(
  page: Page,
  app: { answerSaveDialog(file: string | undefined): Promise<void> },
  folder: string,
  runs: number,
  rows: string[][],
): Promise<void> {
  for (const countFirst of [false, true]) {
    // The whole plan, six months of mood and two more measures, milestones, what helps, the
    // safety plan first, changes since the last review: what the Save button sends.
    await app.answerSaveDialog(path.join(folder, 'waypoint-plan.pdf'));
    const today = checkInDay(new Date(), 'Europe/London');
    const pdfRuns = (await page.evaluate(
      async ({ count, today, areas, countFirst }) => {
        const bridge = (
          window as unknown as {
            waypoint: { invoke(c: string, i: unknown): Promise<{ ok: boolean; value?: unknown }> };
          }
        ).waypoint;
        const runs: { ms: number; counted: number; bytes: number; pages: number }[] = [];
        for (let run = 0; run < count; run++) {
          const choices = {
            today,
            audience: 'therapist',
            contactDetails: 'safetyPlan',
            lapses: true,
            preparedFor: 'J. D.',
            planAreas: areas,
            progress: {
              include: true,
              range: '6-months',
              custom: { from: today, to: today },
              metrics: ['sleep-hours', 'cravings'],
              milestones: true,
              whatHelps: true,
            },
            journalNotes: false,
            changesSinceReview: true,
            questions: 'Paydays. Sleep.',
            safetyPlanFirst: true,
            paper: 'a4',
          };
          // As the Export screen does: the preview counts the pages, then Save prints once.
          const counting = performance.now();
          if (countFirst && !(await bridge.invoke('pdfExport.pages', choices)).ok) {
            throw new Error('The benchmark pages were not counted.');
          }
          const started = performance.now();
          const result = await bridge.invoke('pdfExport.save', choices);
          const saved = result.value as { saved: boolean; bytes: number; pages: number } | undefined;
          if (!result.ok || !saved?.saved) throw new Error('The benchmark PDF was not saved.');
          runs.push({
            ms: performance.now() - started,
            counted: started - counting,
            bytes: saved.bytes,
            pages: saved.pages,
          });
        }
        return runs;
      },
      { count: runs, today, areas: [...planAreas], countFirst },
    )) as { ms: number; counted: number; bytes: number; pages: number }[];
    if (countFirst) {
      rows.push(['PDF preview: pages counted (one print)', spread(pdfRuns.map((run) => run.counted))]);
      rows.push([
        `PDF, full plan + 6 months (${pdfRuns[0]!.pages} pages), saved after the count`,
        spread(pdfRuns.map((run) => run.ms)),
      ]);
    } else {
      rows.push([
        `PDF, full plan + 6 months (${pdfRuns[0]!.pages} pages), saved cold (contents printed twice)`,
        spread(pdfRuns.map((run) => run.ms)),
      ]);
    }
  }
}
