// Bringing in a Daylio export, at the size (10,000 entries over 150 activities): reading
// it and building the preview, then the import itself into a 10-year vault with the real schema
// (one transaction and the save that puts it on disk), and the same file again (all present).
import { randomUUID } from 'node:crypto';
import path from 'node:path';
import { importCheckIns } from '../../electron/check-in-import/import-check-ins';
import { removeImport } from '../../electron/check-in-import/import-repository';
import { readDaylioExport } from '../../shared/check-in-import/daylio-export';
import { previewImport } from '../../shared/check-in-import/import-preview';
import type { ImportChoices } from '../../shared/check-in-import/import-plan';
import { VaultSession } from '../../electron/vault/vault-session';
import { largeDaylioExport } from '../support/daylio-fixture';
import { makeTempFolder, removeTempFolder } from '../support/temp-folder';
import { printTable, spread } from './bench-stats';
import { benchPassphrase, buildDemoVault } from './vault-bench';

const choices: ImportChoices = {
  timeZone: 'Europe/London',
  moods: { 'Not so good': 4, 'Medium [-]': 5 },
  activities: {},
  defaultTreatment: 'measure',
};

export async function printImportBench(runs: number): Promise<void> {
  const text = largeDaylioExport(10_000, 150);
  const preview: number[] = [];
  const written: number[] = [];
  const saved: number[] = [];
  const again: number[] = [];
  const removed: number[] = [];
  let added = 0;
  let importId: string | null = null;
  const folder = await makeTempFolder('bench-import');
  try {
    const template = path.join(folder, 'ten-years.vault');
    await buildDemoVault(template, { label: '10 years', years: 10 });
    for (let run = 0; run < runs; run++) {
      const started = performance.now();
      const file = readDaylioExport(text);
      previewImport(file);
      preview.push(performance.now() - started);

      const session = await VaultSession.open(template, benchPassphrase, { program: 'cli' });
      try {
        const importing = performance.now();
        const input = {
          source: 'daylio' as const,
          file,
          fileName: 'daylio.csv',
          choices,
          now: new Date(),
          newId: randomUUID,
        };
        const summary = session.change((db) => importCheckIns(db, input));
        added = summary.added;
        importId = summary.importId;
        written.push(performance.now() - importing);
        await session.flush();
        saved.push(performance.now() - importing);
        const repeating = performance.now();
        session.change((db) => importCheckIns(db, input));
        again.push(performance.now() - repeating);
        // Removing it puts the vault back as it was for the next run.
        const removing = performance.now();
        session.change((db) => removeImport(db, importId!));
        await session.flush();
        removed.push(performance.now() - removing);
      } finally {
        await session.close();
      }
    }
  } finally {
    await removeTempFolder(folder);
  }
  console.log(
    `Daylio import, 10,000 entries over 150 activities (${(text.length / 1024 / 1024).toFixed(2)} MB), into a 10-year vault, ${runs} runs.`,
  );
  printTable([
    ['measure', 'min / median / max'],
    ['read the file and build the preview (target ≤ 2 s)', spread(preview)],
    [`import ${added} check-ins in one transaction`, spread(written)],
    ['... and saved to disk (target ≤ 5 s)', spread(saved)],
    ['the same file again (all already present)', spread(again)],
    ['remove the import, saved', spread(removed)],
  ]);
}
