// Bringing in a Daylio export: reading it and building the preview, and working out every
// check-in it becomes, for 10,000 entries over 150 activities (the size).
import { readDaylioExport } from '../../shared/check-in-import/daylio-export';
import { previewImport } from '../../shared/check-in-import/import-preview';
import { planImport } from '../../shared/check-in-import/import-plan';
import { largeDaylioExport } from '../support/daylio-fixture';
import { printTable, spread } from './bench-stats';

export function printImportBench(runs: number): void {
  const text = largeDaylioExport(10_000, 150);
  const preview: number[] = [];
  const plan: number[] = [];
  let checkIns = 0;
  for (let run = 0; run < runs; run++) {
    const started = performance.now();
    const file = readDaylioExport(text);
    previewImport(file);
    preview.push(performance.now() - started);
    const planned = performance.now();
    checkIns = planImport(file, {
      timeZone: 'Europe/London',
      moods: { 'Not so good': 4, 'Medium [-]': 5 },
      activities: {},
      defaultTreatment: 'measure',
    }).checkIns.length;
    plan.push(performance.now() - planned);
  }
  console.log(
    `Daylio import, 10,000 entries over 150 activities (${(text.length / 1024 / 1024).toFixed(2)} MB), ${runs} runs.`,
  );
  printTable([
    ['measure', 'min / median / max'],
    ['read the file and build the preview', spread(preview)],
    [`work out the ${checkIns} check-ins (zones, moods, activities)`, spread(plan)],
  ]);
}
