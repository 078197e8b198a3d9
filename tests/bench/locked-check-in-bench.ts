// A check-in written while locked: from the lock screen's call to the sealed line on the disk,
// through the app core's own channel, timed against the disk's floor (a 4 KiB append + fdatasync)
// in the same loop.
import { rm } from 'node:fs/promises';
import path from 'node:path';
import { createAppCore } from '../../electron/app/app-core';
import { lockedCheckInFiles } from '../../electron/locked-check-ins/locked-check-in-files';
import { maxLockedCheckIns } from '../../shared/check-ins/locked-check-in';
import { weakestAllowedKdfParams } from '../../electron/vault/kdf-params';
import { contractClient, isAppOrigin } from '../support/contract-client';
import { makeTempFolder, removeTempFolder } from '../support/temp-folder';
import { printTable, spreadWithP95 } from './bench-stats';
import { appendFloor, benchPassphrase } from './vault-bench';

export async function printLockedCheckInBench(batches: number): Promise<void> {
  const folder = await makeTempFolder('bench');
  const core = createAppCore({
    host: {
      userDataDir: folder,
      sendEvent: () => false,
      chooseSavePath: () => Promise.resolve(undefined),
      chooseOpenPath: () => Promise.resolve(undefined),
      printToPdf: () => Promise.reject(new Error('No print engine in the bench.')),
      showNotification: () => {},
      setBackgroundMode: () => {},
    },
    isTrustedOrigin: isAppOrigin,
    kdfParams: weakestAllowedKdfParams,
    reminderTicker: { every: () => () => undefined },
  });
  try {
    const { value } = contractClient(core.router);
    await value('vault.create', { passphrase: benchPassphrase });
    await value('lockedCheckIns.choose', { on: true });
    await value('vault.lock', {});
    const files = lockedCheckInFiles(path.join(folder, 'waypoint.vault'));
    const block = new Uint8Array(4096).fill(7);
    const sealed: number[] = [];
    const floor: number[] = [];
    for (let batch = 0; batch < batches; batch++) {
      // As many as may wait for one unlock; then the file goes, as an unlock takes it.
      for (let run = 0; run < maxLockedCheckIns; run++) {
        const started = performance.now();
        await value('lockedCheckIns.add', { mood: run % 11, note: 'Written on the lock screen.', timeZone: 'UTC' });
        sealed.push(performance.now() - started);
        const floorStarted = performance.now();
        await appendFloor(path.join(folder, 'floor.log'), block);
        floor.push(performance.now() - floorStarted);
      }
      await rm(files.entriesPath);
    }
    console.log(
      `Check-ins written while locked: ${sealed.length} through the app core's channel, ${maxLockedCheckIns} waiting at most.`,
    );
    printTable([
      ['step', 'time'],
      ['sealed and on disk (read key, seal, append, fdatasync)', spreadWithP95(sealed)],
      ['disk floor: append 4 KiB + fdatasync', spreadWithP95(floor)],
    ]);
  } finally {
    await core.lock('quit');
    await removeTempFolder(folder);
  }
}
