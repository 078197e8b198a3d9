// `npm run bench`: performance figures for the vault (printed, not pass/fail).
// For vaults of 1 year and 10 years of daily check-in-sized rows and of 100,000 such rows:
// unlock time split into KDF and the rest, save latency (export, seal, atomic write) and the
// floor — writing and fsyncing the same number of bytes — with the ratio. Then the app itself on a
// 10-year demo vault in the Chromium host: check-in save round trip and the Progress screen.
import { randomBytes } from 'node:crypto';
import { mkdtemp, open, rm, stat } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { writeFileAtomically } from '../../electron/vault/atomic-write';
import { defaultKdfParams } from '../../electron/vault/kdf-params';
import { loadSodium } from '../../electron/vault/sodium';
import { argon2idKek, type DeriveKek } from '../../electron/vault/vault-file';
import { VaultSession } from '../../electron/vault/vault-session';
import { benchmarkApp } from './app-bench';

const passphrase = 'benchmark passphrase for waypoint';
const saveRuns = 40;
const unlockRuns = 3;

const sizes = [
  { label: '1 year', rows: 365 },
  { label: '10 years', rows: 3650 },
  { label: '100,000 rows', rows: 100_000 },
];

function percentile(values: number[], p: number): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)] ?? Number.NaN;
}
const median = (values: number[]) => percentile(values, 50);
const ms = (value: number) => `${value.toFixed(1)} ms`;

const words = 'calm walk sleep friend call meeting cravings tea journal breathe rain evening work tired hopeful'.split(
  ' ',
);
function note(seed: number): string {
  let text = '';
  for (let i = 0; text.length < 300; i++) text += `${words[(seed * 7 + i * 13) % words.length]} `;
  return text.slice(0, 300);
}

/** A check-in-shaped table, created only in the benchmark vault (the real one arrives with check-ins). */
function fillVault(session: VaultSession, rows: number): void {
  session.change((db) => {
    db.exec(`CREATE TABLE bench_checkin (
      id INTEGER PRIMARY KEY, local_day TEXT NOT NULL, written_at TEXT NOT NULL, time_zone TEXT NOT NULL,
      mood INTEGER NOT NULL, energy INTEGER, anxiety INTEGER, sleep_hours REAL, cravings INTEGER, note TEXT NOT NULL)`);
    db.exec('BEGIN');
    const insert = db.prepare('INSERT INTO bench_checkin VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)');
    const start = Date.UTC(2016, 0, 1);
    for (let i = 0; i < rows; i++) {
      const day = new Date(start + i * 86_400_000).toISOString();
      insert.run([i + 1, day.slice(0, 10), day, 'Europe/Berlin', i % 11, i % 7, i % 5, 7.5, i % 4, note(i)]);
    }
    insert.free();
    db.exec('COMMIT');
  });
}

async function floorLatency(folder: string, bytes: number): Promise<number[]> {
  const payload = randomBytes(bytes);
  const times: number[] = [];
  for (let run = 0; run < saveRuns; run++) {
    const file = path.join(folder, `floor-${run}.bin`);
    const started = performance.now();
    const handle = await open(file, 'w', 0o600);
    await handle.write(payload);
    await handle.sync();
    await handle.close();
    times.push(performance.now() - started);
    await rm(file);
  }
  return times;
}

async function benchmark(label: string, rows: number): Promise<string[]> {
  const folder = await mkdtemp(path.join(os.tmpdir(), 'waypoint-bench-'));
  const vaultPath = path.join(folder, 'bench.vault');
  try {
    const created = await VaultSession.create(vaultPath, passphrase, { program: 'cli', saveDelayMs: 0 });
    fillVault(created, rows);
    await created.close();
    const fileBytes = (await stat(vaultPath)).size;

    let kdfMs = 0;
    const timedKek: DeriveKek = (...args) => {
      const started = performance.now();
      const kek = argon2idKek(...args);
      kdfMs += performance.now() - started;
      return kek;
    };
    const unlockTotal: number[] = [];
    const unlockKdf: number[] = [];
    let session: VaultSession | undefined;
    for (let run = 0; run < unlockRuns; run++) {
      kdfMs = 0;
      const started = performance.now();
      session = await VaultSession.open(vaultPath, passphrase, {
        program: 'cli',
        deriveKek: timedKek,
        saveDelayMs: 60_000,
      });
      unlockTotal.push(performance.now() - started);
      unlockKdf.push(kdfMs);
      if (run < unlockRuns - 1) await session.close();
    }
    const open_ = session!;

    const saves: number[] = [];
    for (let run = 0; run < saveRuns; run++) {
      open_.change((db) => db.run('UPDATE bench_checkin SET mood = ? WHERE id = ?', [run % 11, (run % rows) + 1]));
      const started = performance.now();
      await open_.flush();
      saves.push(performance.now() - started);
    }

    // The parts of one save, measured on their own.
    const sodium = await loadSodium();
    const exportTimes: number[] = [];
    const sealTimes: number[] = [];
    const writeTimes: number[] = [];
    const key = sodium.crypto_aead_xchacha20poly1305_ietf_keygen();
    for (let run = 0; run < 15; run++) {
      let started = performance.now();
      const image = open_.db.export();
      exportTimes.push(performance.now() - started);
      started = performance.now();
      const nonce = sodium.randombytes_buf(24);
      const sealed = sodium.crypto_aead_xchacha20poly1305_ietf_encrypt(image, null, null, nonce, key);
      sealTimes.push(performance.now() - started);
      started = performance.now();
      await writeFileAtomically(path.join(folder, 'parts.vault'), sealed);
      writeTimes.push(performance.now() - started);
    }
    await open_.close();

    const floor = await floorLatency(folder, fileBytes);
    const unlockRest = unlockTotal.map((total, index) => total - unlockKdf[index]!);
    return [
      label,
      `${rows}`,
      `${(fileBytes / 1024 / 1024).toFixed(2)} MB`,
      ms(median(unlockKdf)),
      ms(median(unlockRest)),
      ms(median(saves)),
      ms(percentile(saves, 95)),
      `${ms(median(exportTimes))} / ${ms(median(sealTimes))} / ${ms(median(writeTimes))}`,
      ms(median(floor)),
      ms(percentile(floor, 95)),
      `${(percentile(saves, 95) / percentile(floor, 95)).toFixed(2)}x`,
    ];
  } finally {
    await rm(folder, { recursive: true, force: true });
  }
}

const header = [
  'vault',
  'rows',
  'file',
  'unlock: KDF',
  'unlock: rest',
  'save p50',
  'save p95',
  'export / seal / write (p50)',
  'floor p50',
  'floor p95',
  'save p95 / floor p95',
];

console.log(
  `Waypoint vault benchmark — Node ${process.version}, ${os.cpus().length} cores, KDF Argon2id ${defaultKdfParams.opslimit} passes / ${defaultKdfParams.memlimitKiB / 1024} MiB`,
);
console.log(`save = one changed row, then export + seal + atomic write (fsync file and folder); ${saveRuns} runs each`);
console.log(`floor = open, write and fsync the same number of bytes; temp folder: ${os.tmpdir()}\n`);
const table = [header];
for (const size of sizes) table.push(await benchmark(size.label, size.rows));
const widths = header.map((_, column) => Math.max(...table.map((row) => row[column]!.length)));
for (const [index, row] of table.entries()) {
  console.log(row.map((cell, column) => cell.padEnd(widths[column]!)).join('  '));
  if (index === 0) console.log(widths.map((width) => '-'.repeat(width)).join('  '));
}
console.log('\nTargets at 10 years: unlock beyond the KDF <= 30 ms; save p95 <= 25 ms and <= 2.5x the floor.');

const appRuns = 10;
console.log(`\nApp on a 10-year demo vault in the Chromium host (${appRuns} runs each):`);
const app = await benchmarkApp(10, appRuns);
console.log(`  demo vault: ${app.checkIns} check-ins`);
console.log(
  `  check-in save round trip (renderer -> IPC -> database -> sealed, atomic save): p50 ${ms(median(app.saves))}, p95 ${ms(percentile(app.saves, 95))}  (target p95 <= 30 ms)`,
);
console.log(
  `  Progress, first chart drawn after navigation: p50 ${ms(median(app.firstChart))}, max ${ms(Math.max(...app.firstChart))}  (target <= 300 ms)`,
);
for (const [preset, times] of app.rangeSwitch) {
  console.log(
    `  Progress, switch range to ${preset.padEnd(3)}: p50 ${ms(median(times))}, max ${ms(Math.max(...times))}  (target <= 150 ms)`,
  );
}
console.log(
  `  PDF export, full plan + 6 months of charts (save dialog answered at once; print view off-screen, page.pdf(), file written): p50 ${ms(median(app.pdfExport))}, max ${ms(Math.max(...app.pdfExport))}  (target <= 3000 ms; ${app.pdf.pages} pages, ${(app.pdf.bytes / 1024).toFixed(0)} KiB)`,
);
process.exit(0);
