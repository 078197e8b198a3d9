// `npm run bench`: performance figures, printed, not pass/fail. What each figure includes is in
// the README ("Benchmarks"). `npm run bench -- unlock-screen` prints only the unlock screen's,
// `npm run bench -- main-thread` only the main-thread and memory figures, `npm run bench -- keys`
// only the key-change and restore figures, `npm run bench -- pdf` only the PDF's, `npm run bench --
// import` only the Daylio import's, `npm run bench -- today` only Today with 10 medications, `npm run bench --
// locked` only a check-in written while locked, `npm run bench -- search` only the search of my notes.
import os from 'node:os';
import { defaultKdfParams } from '../../electron/vault/kdf-params';
import checkNoLeftovers from '../support/no-leftovers';
import { printAppBench } from './app-bench';
import { printImportBench } from './import-bench';
import { printKeysBench } from './keys-bench';
import { printLockedCheckInBench } from './locked-check-in-bench';
import { printMainThreadBench } from './main-thread-bench';
import { printSearchBench } from './search-bench';
import { printVaultBench } from './vault-bench';

const runs = 5;
const parts = ['unlock-screen', 'main-thread', 'keys', 'pdf', 'import', 'today', 'locked', 'search'] as const;
const only = parts.find((part) => part === process.argv[2]);

console.log(
  `Waypoint benchmark — Node ${process.version}, ${os.cpus().length} cores, Argon2id ${defaultKdfParams.opslimit} passes / ${defaultKdfParams.memlimitKiB / 1024} MiB\n`,
);
// The bench's temp folders go in a run folder of its own, checked and removed at the end, as the tests' are.
const endRun = await checkNoLeftovers();
try {
  if (!only) {
    await printVaultBench(runs);
    console.log('');
  }
  if (!only || only === 'main-thread') {
    await printMainThreadBench(runs);
    console.log('');
  }
  if (!only || only === 'keys') {
    await printKeysBench(3);
    console.log('');
  }
  if (!only || only === 'locked') {
    await printLockedCheckInBench(4);
    console.log('');
  }
  if (!only || only === 'import') {
    await printImportBench(runs);
    console.log('');
  }
  if (!only || only === 'search') {
    await printSearchBench(20);
    console.log('');
  }
  if (!only || only === 'unlock-screen' || only === 'pdf' || only === 'today') await printAppBench(runs, only);
} finally {
  await endRun();
}
process.exit(0);
