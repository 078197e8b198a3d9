// What an unlock, a save and a lock cost main: its longest event-loop block while each runs, and the
// process's resident memory before the unlock, while unlocked and after the lock. The vault is the
// ten-year demo with the app's default KDF; each cycle is unlock, one change and its save, lock.
import path from 'node:path';
import v8 from 'node:v8';
import vm from 'node:vm';
import { writeSettings } from '../../electron/settings/settings-repository';
import { VaultSession } from '../../electron/vault/vault-session';
import { makeTempFolder, removeTempFolder } from '../support/temp-folder';
import { printTable, spread } from './bench-stats';
import { benchPassphrase, buildDemoVault, vaultSizes } from './vault-bench';

v8.setFlagsFromString('--expose-gc');
const collectGarbage = vm.runInNewContext('gc') as () => void;

/** Resident memory after a full collection, in MiB. */
function settledRssMiB(): number {
  collectGarbage();
  collectGarbage();
  return process.memoryUsage().rss / 1024 / 1024;
}

/**
 * Runs `work` and returns the longest the event loop was kept from a timer meanwhile: a 1 ms ticker
 * notes every gap between its ticks; the longest gap, less the tick, is the longest block.
 */
async function longestBlockMs(work: () => Promise<unknown>): Promise<number> {
  let last = performance.now();
  let longest = 0;
  const note = (): void => {
    const now = performance.now();
    longest = Math.max(longest, now - last);
    last = now;
  };
  const ticker = setInterval(note, 1);
  try {
    await work();
  } finally {
    note();
    clearInterval(ticker);
  }
  return Math.max(0, longest - 1);
}

export async function printMainThreadBench(cycles: number): Promise<void> {
  const size = vaultSizes.find((candidate) => candidate.years === 10)!;
  const folder = await makeTempFolder('bench');
  try {
    const vaultPath = path.join(folder, 'waypoint.vault');
    await buildDemoVault(vaultPath, size);
    const unlockTimes: number[] = [];
    const unlockBlocks: number[] = [];
    const saveBlocks: number[] = [];
    const lockBlocks: number[] = [];
    const rss = { beforeUnlock: [] as number[], unlocked: [] as number[], afterLock: [] as number[] };
    for (let cycle = 0; cycle < cycles; cycle++) {
      rss.beforeUnlock.push(settledRssMiB());
      let session: VaultSession | undefined;
      unlockBlocks.push(
        await longestBlockMs(async () => {
          const started = performance.now();
          session = await VaultSession.open(vaultPath, benchPassphrase, { program: 'cli', saveDelayMs: 60_000 });
          unlockTimes.push(performance.now() - started);
        }),
      );
      rss.unlocked.push(settledRssMiB());
      session!.change((db) => writeSettings(db, { autoLockMinutes: cycle % 2 ? 10 : 15 }));
      saveBlocks.push(await longestBlockMs(() => session!.flush()));
      lockBlocks.push(await longestBlockMs(() => session!.close()));
      session = undefined;
      rss.afterLock.push(settledRssMiB());
    }
    console.log(`Main thread and memory: 10-year demo vault, default KDF, ${cycles} cycles of unlock, save, lock.`);
    console.log('  longest block = the longest gap between the ticks of a 1 ms timer while that step ran;');
    console.log('  RSS = resident memory after a full garbage collection. min / median / max.');
    printTable([
      ['measure', 'min / median / max'],
      ['unlock, start to end', spread(unlockTimes)],
      ['longest main-thread block: unlock', spread(unlockBlocks)],
      ['longest main-thread block: save', spread(saveBlocks)],
      ['longest main-thread block: lock', spread(lockBlocks)],
      ['RSS before unlock', spread(rss.beforeUnlock, 'MiB')],
      ['RSS while unlocked', spread(rss.unlocked, 'MiB')],
      ['RSS after lock', spread(rss.afterLock, 'MiB')],
    ]);
  } finally {
    await removeTempFolder(folder);
  }
}
