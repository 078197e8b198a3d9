// The vault's figures on vaults built with the app's real schema and the demo generator: unlock
// split into its steps, and saves timed against the disk's own floors in the same loop.
import { randomBytes, randomUUID } from 'node:crypto';
import { mkdir, open, rename, stat } from 'node:fs/promises';
import path from 'node:path';
import { checkInDay } from '../../shared/check-ins/check-in-day';
import { fillDemoVault } from '../../electron/demo/demo-vault';
import { fillBenchMedications } from './bench-medications';
import { writeSettings } from '../../electron/settings/settings-repository';
import { VaultSession, type UnlockPhases } from '../../electron/vault/vault-session';
import { makeTempFolder, removeTempFolder } from '../support/temp-folder';
import { megabytes, printTable, ratio, spread } from './bench-stats';

export const benchPassphrase = 'benchmark passphrase for waypoint';

export interface VaultSize {
  label: string;
  /** Years of demo check-ins; 0 is a new, empty vault. */
  years: number;
  checkInsPerDay?: number;
  /** Medications in all, the demo's and more with a dose twice a day for the same years. */
  medications?: number;
}

export const vaultSizes: VaultSize[] = [
  { label: 'empty', years: 0 },
  { label: '1 year', years: 1 },
  { label: '10 years', years: 10 },
  { label: '100,000 check-ins', years: 30, checkInsPerDay: 10 },
];

/** Creates a vault like the app's (real schema, default KDF) and fills it with the demo generator. */
export async function buildDemoVault(vaultPath: string, size: VaultSize): Promise<number> {
  const session = await VaultSession.create(vaultPath, benchPassphrase, { program: 'cli' });
  let checkIns = 0;
  if (size.years > 0) {
    const today = checkInDay(new Date(), 'Europe/London');
    session.change((db) => {
      ({ checkIns } = fillDemoVault(db, { years: size.years, today, checkInsPerDay: size.checkInsPerDay }, randomUUID));
      if (size.medications) fillBenchMedications(db, size.medications, size.years, today);
    });
  }
  await session.close();
  return checkIns;
}

/** Floor (a): what any durable write costs here: append 4 KiB to a log and fdatasync it. */
export async function appendFloor(file: string, block: Uint8Array): Promise<void> {
  const handle = await open(file, 'a', 0o600);
  try {
    await handle.write(block);
    await handle.datasync();
  } finally {
    await handle.close();
  }
}

/** Floor (b): what any whole-file rewrite costs: write and fsync a temp file, rename it, fsync the folder. */
async function rewriteFloor(folder: string, bytes: Uint8Array): Promise<void> {
  const temp = path.join(folder, 'floor.tmp');
  const handle = await open(temp, 'w', 0o600);
  try {
    await handle.write(bytes);
    await handle.sync();
  } finally {
    await handle.close();
  }
  await rename(temp, path.join(folder, 'floor.bin'));
  const directory = await open(folder, 'r');
  try {
    await directory.sync();
  } finally {
    await directory.close();
  }
}

interface VaultFigures {
  row: string[];
}

async function benchmarkVault(size: VaultSize, runs: number): Promise<VaultFigures> {
  const folder = await makeTempFolder('bench');
  try {
    const vaultPath = path.join(folder, 'waypoint.vault');
    const checkIns = await buildDemoVault(vaultPath, size);
    const fileBytes = (await stat(vaultPath)).size;

    const phases: UnlockPhases[] = [];
    const totals: number[] = [];
    for (let run = 0; run < runs; run++) {
      const started = performance.now();
      const session = await VaultSession.open(vaultPath, benchPassphrase, {
        program: 'cli',
        onUnlockTimed: (timed) => phases.push(timed),
      });
      totals.push(performance.now() - started);
      await session.close();
    }

    // Saves and both floors in one loop, in a rotating order, so a slow moment of the disk
    // falls on all three alike.
    const session = await VaultSession.open(vaultPath, benchPassphrase, { program: 'cli', saveDelayMs: 60_000 });
    const saves: number[] = [];
    const appends: number[] = [];
    const rewrites: number[] = [];
    const block = randomBytes(4096);
    const whole = randomBytes(fileBytes);
    const floorFolder = path.join(folder, 'floor');
    await mkdir(floorFolder);
    const steps = [
      async () => {
        session.change((db) => writeSettings(db, { autoLockMinutes: saves.length % 2 ? 10 : 15 }));
        const started = performance.now();
        await session.flush();
        saves.push(performance.now() - started);
      },
      async () => {
        const started = performance.now();
        await appendFloor(path.join(floorFolder, 'append.log'), block);
        appends.push(performance.now() - started);
      },
      async () => {
        const started = performance.now();
        await rewriteFloor(floorFolder, whole);
        rewrites.push(performance.now() - started);
      },
    ];
    for (let run = 0; run < runs * 3; run++) {
      for (let step = 0; step < steps.length; step++) await steps[(run + step) % steps.length]!();
    }
    await session.close();

    return {
      row: [
        size.label,
        String(checkIns),
        megabytes(fileBytes),
        spread(phases.map((phase) => phase.kdf)),
        spread(phases.map((phase) => phase.read + phase.decrypt)),
        spread(phases.map((phase) => phase.checks)),
        spread(totals),
        spread(saves),
        spread(appends),
        spread(rewrites),
        ratio(saves, appends),
        ratio(saves, rewrites),
      ],
    };
  } finally {
    await removeTempFolder(folder);
  }
}

export async function printVaultBench(runs: number): Promise<void> {
  console.log('Vault: real schema, demo data, default KDF; every figure min / median / max.');
  console.log(`  unlock: ${runs} runs. read + decrypt = read the file, check its header, authenticate and decrypt;`);
  console.log('          checks = load the SQLite image, quick_check, migrations.');
  console.log(`  save: change one setting, then export + seal + atomic write; ${runs * 3} runs, interleaved with`);
  console.log(
    '        floor a = append 4 KiB + fdatasync, floor b = write + fsync the whole file + rename + folder fsync.',
  );
  console.log('  ratios are of the medians.\n');
  const rows: string[][] = [
    [
      'vault',
      'check-ins',
      'file',
      'unlock: KDF',
      'unlock: read + decrypt',
      'unlock: checks',
      'unlock: total',
      'save',
      'floor a',
      'floor b',
      'save/a',
      'save/b',
    ],
  ];
  for (const size of vaultSizes) rows.push((await benchmarkVault(size, runs)).row);
  printTable(rows);
}
