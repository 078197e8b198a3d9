// Searching my check-in notes on the 10-year demo vault, in main: the input checked by the
// contract's schema, then the channel's handler (every word, LIKE over the notes, newest first).
import { randomUUID } from 'node:crypto';
import { performance } from 'node:perf_hooks';
import { noteSearchSchema } from '../../shared/check-ins/check-in-search';
import { checkInDay } from '../../shared/check-ins/check-in-day';
import { createCheckInHandlers } from '../../electron/check-ins/check-in-handlers';
import { fillDemoVault } from '../../electron/demo/demo-vault';
import { systemClock } from '../../electron/ports/clock';
import { migratedDatabase } from '../support/memory-database';
import { printTable, spreadWithP95 } from './bench-stats';

const searches = [
  ['one common word', 'walk'],
  ['two words', 'sam walk'],
  ['no note has it', 'xyzzy'],
  // Not in A–Z alone: SQLite's LIKE cannot narrow it, so every note is compared in main.
  ['a word with an accent', 'café'],
  ['100 characters', 'Good walk with Sam after work. Felt lighter. '.repeat(3).slice(0, 100)],
] as const;

export async function printSearchBench(runs: number): Promise<void> {
  const db = migratedDatabase();
  const { checkIns } = fillDemoVault(db, { years: 10, today: checkInDay(new Date(), 'Europe/London') }, randomUUID);
  const vault = { db, change: <T>(work: (inner: typeof db) => T) => work(db), flush: () => Promise.resolve() };
  const search = createCheckInHandlers(vault, { newId: randomUUID, clock: systemClock })['checkIns.search'];
  const rows: string[][] = [
    ['search my notes, 10 years (' + checkIns.toLocaleString('en') + ' check-ins)', 'time', 'found'],
  ];
  for (const [label, words] of searches) {
    const times: number[] = [];
    let found = '';
    for (let run = 0; run < runs; run++) {
      const start = performance.now();
      const answer = await search(noteSearchSchema.parse({ words }));
      times.push(performance.now() - start);
      found = `${answer.matches.length} + ${answer.more} more`;
    }
    rows.push([label, spreadWithP95(times), found]);
  }
  printTable(rows);
  db.close();
}
