// The app's own figures on a 10-year demo vault in the Chromium test host (built renderer in
// Debian's Chromium, main's code in this process): check-in save round trip, Progress screen.
import { randomUUID } from 'node:crypto';
import { mkdtemp, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { planAreas } from '../../shared/plan/plan-diff';
import { checkInDay } from '../../shared/check-ins/check-in-day';
import { fillDemoVault } from '../../electron/demo/demo-vault';
import { VaultSession } from '../../electron/vault/vault-session';
import { launchChromiumHost } from '../e2e/hosts/chromium-host';

const passphrase = 'benchmark passphrase for waypoint';

export interface AppFigures {
  checkIns: number;
  saves: number[];
  firstChart: number[];
  rangeSwitch: Map<string, number[]>;
  /** Full plan + 6 months of charts, "Save as PDF" to the file on disk, and its size. */
  pdfExport: number[];
  pdf: { bytes: number; pages: number };
}

/** Waits in the page, frame by frame, until `ready()` holds; resolves with the ms since `started`. */
const waitInPage = `(started, ready) => new Promise((resolve) => {
  const check = () => (ready() ? requestAnimationFrame(() => resolve(performance.now() - started)) : requestAnimationFrame(check));
  check();
})`;

export async function benchmarkApp(years: number, runs: number): Promise<AppFigures> {
  const folder = await mkdtemp(path.join(os.tmpdir(), 'waypoint-app-bench-'));
  try {
    const session = await VaultSession.create(path.join(folder, 'waypoint.vault'), passphrase, { program: 'cli' });
    const today = checkInDay(new Date(), Intl.DateTimeFormat().resolvedOptions().timeZone);
    let checkIns = 0;
    session.change((db) => ({ checkIns } = fillDemoVault(db, { years, today }, randomUUID)));
    await session.close();

    const app = await launchChromiumHost({ userDataDir: folder });
    const { page } = app;
    try {
      await page.getByLabel('Passphrase', { exact: true }).fill(passphrase);
      await page.getByRole('button', { name: 'Unlock' }).click();
      await page.getByRole('navigation', { name: 'Main' }).waitFor({ timeout: 60_000 });

      // Renderer -> IPC -> database -> sealed, atomic save: checkIns.add answers once it is on disk.
      const saves = await page.evaluate(async (count) => {
        const times: number[] = [];
        const bridge = (window as unknown as { waypoint: { invoke(c: string, i: unknown): Promise<{ ok: boolean }> } })
          .waypoint;
        for (let run = 0; run < count; run++) {
          const started = performance.now();
          const result = await bridge.invoke('checkIns.add', {
            at: new Date().toISOString(),
            timeZone: Intl.DateTimeFormat().resolvedOptions().timeZone,
            mood: run % 11,
            values: { energy: 5, 'sleep-hours': 7.5 },
            copingIds: [],
            triggerIds: [],
            warningSignIds: [],
            lapse: false,
            note: 'Benchmark check-in: a short walk and an early night.',
          });
          if (!result.ok) throw new Error('The benchmark check-in was refused.');
          times.push(performance.now() - started);
        }
        return times;
      }, 40);

      const firstChart: number[] = [];
      for (let run = 0; run < runs; run++) {
        await page.getByRole('link', { name: 'Plan', exact: true }).click();
        await page.getByRole('heading', { name: 'My plan', exact: true }).waitFor();
        firstChart.push(
          await page.evaluate(`(${waitInPage})(
            (() => { const started = performance.now(); document.querySelector('nav[aria-label="Main"] a[href="#/progress"]').click(); return started; })(),
            () => document.querySelector('.chart-box path.recharts-line-curve'),
          )`),
        );
      }

      const rangeSwitch = new Map<string, number[]>();
      for (let run = 0; run < runs; run++) {
        for (const preset of ['1M', '6M', '1Y', 'All', '3M']) {
          const time = (await page.evaluate(`(${waitInPage})(
            (() => {
              const box = document.querySelector('.chart-box');
              window.__before = box.getAttribute('data-chart-range') + box.getAttribute('data-resolution');
              const started = performance.now();
              document.querySelector('input[name="range"][value="${preset}"]').click();
              return started;
            })(),
            () => {
              const box = document.querySelector('.chart-box');
              return box.getAttribute('data-chart-range') + box.getAttribute('data-resolution') !== window.__before &&
                box.querySelector('path.recharts-line-curve');
            },
          )`)) as number;
          rangeSwitch.set(preset, [...(rangeSwitch.get(preset) ?? []), time]);
        }
      }
      // The whole plan, six months of mood and two more measures, milestones, what helps, the
      // safety plan first, changes since the last review: the request the Save button sends.
      await app.answerSaveDialog(path.join(folder, 'waypoint-plan.pdf'));
      const pdfRuns = await page.evaluate(
        async ({ count, today, areas }) => {
          const bridge = (
            window as unknown as {
              waypoint: { invoke(c: string, i: unknown): Promise<{ ok: boolean; value?: unknown }> };
            }
          ).waypoint;
          const runs: { ms: number; bytes: number; pages: number }[] = [];
          for (let run = 0; run < count; run++) {
            const started = performance.now();
            const result = await bridge.invoke('pdfExport.save', {
              today,
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
            });
            const saved = result.value as { saved: boolean; bytes: number; pages: number } | undefined;
            if (!result.ok || !saved?.saved) throw new Error('The benchmark PDF was not saved.');
            runs.push({ ms: performance.now() - started, bytes: saved.bytes, pages: saved.pages });
          }
          return runs;
        },
        { count: runs, today, areas: [...planAreas] },
      );
      return {
        checkIns,
        saves,
        firstChart,
        rangeSwitch,
        pdfExport: pdfRuns.map((run) => run.ms),
        pdf: { bytes: pdfRuns[0]!.bytes, pages: pdfRuns[0]!.pages },
      };
    } finally {
      await app.close();
    }
  } finally {
    await rm(folder, { recursive: true, force: true });
  }
}
