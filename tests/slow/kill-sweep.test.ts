import { spawn, type ChildProcess } from 'node:child_process';
import { randomUUID } from 'node:crypto';
import { existsSync } from 'node:fs';
import { readdir, readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { fillDemoVault } from '../../electron/demo/demo-vault';
import { buildExportDocument } from '../../electron/data-export/export-document';
import { selectRow } from '../../electron/database/sqlite';
import { weakestAllowedKdfParams } from '../../electron/vault/kdf-params';
import { loadSodium } from '../../electron/vault/sodium';
import { backupFolderFor, keySlotsOfFile, listBackups } from '../../electron/vault/vault-backups';
import { writeSettings } from '../../electron/settings/settings-repository';
import { openVaultBody, parseVaultFile, unwrapDataKey } from '../../electron/vault/vault-file';
import { VaultSession } from '../../electron/vault/vault-session';
import { useTempFolders } from '../unit/support/temp-folder';

/**
 * @slow: crash consistency, proven by killing real processes (SIGKILL, no chance to clean up) at
 * moments swept across a save, a passphrase change and an import, then opening what they left. Not
 * part of `npm test` (it takes about 2 minutes here); `npm run test:slow` runs it and CI runs it
 * after `npm test`.
 */
const tempFolder = useTempFolders();
const root = path.resolve(import.meta.dirname, '../..');
const passphrase = 'correct horse battery staple';
const other = 'amber kettle orchard sailing';
const sessionOptions = { program: 'cli' as const, kdfParams: weakestAllowedKdfParams };
const rounds = { save: 20, passwd: 20, recoveryKey: 20, import: 20 };
const sodium = await loadSodium();

function start(args: string[], stdin?: string): ChildProcess {
  const child = spawn(process.execPath, ['--import', 'tsx', ...args], { cwd: root, stdio: ['pipe', 'pipe', 'pipe'] });
  child.stdin!.end(stdin ?? '');
  return child;
}

/** Resolves when the child prints "ready" (or ends first). */
function ready(child: ChildProcess): Promise<void> {
  return new Promise((resolve) => {
    let seen = '';
    child.stdout!.on('data', (chunk: Buffer) => {
      seen += chunk.toString();
      if (seen.includes('ready')) resolve();
    });
    child.once('exit', () => resolve());
  });
}

/**
 * When round `round` of `of` kills: evenly spread from `fromMs` to `toMs`, the same every run (not
 * random), so every part of the window is hit each run and a failing round can be run again as it was.
 */
const sweptDelay = (round: number, of: number, fromMs: number, toMs: number): number =>
  Math.round(fromMs + ((toMs - fromMs) * round) / Math.max(of - 1, 1));

async function killAfter(child: ChildProcess, ms: number): Promise<void> {
  const ended = new Promise((resolve) => child.once('exit', resolve));
  await new Promise((resolve) => setTimeout(resolve, ms));
  child.kill('SIGKILL');
  await ended;
}

/** What interrupted writes can leave, beside the vault and among its backups. */
async function leftovers(vaultPath: string): Promise<string[]> {
  const names = [
    ...(await readdir(path.dirname(vaultPath))),
    ...(await readdir(backupFolderFor(vaultPath)).catch(() => [] as string[])),
  ];
  return names.filter(
    (name) => /\.(tmp|prev)-[0-9a-f]{12}$/.test(name) || name.includes('.claim-') || name.endsWith('.key-change'),
  );
}

async function newVault(): Promise<string> {
  const vaultPath = path.join(await tempFolder(), 'waypoint.vault');
  const session = await VaultSession.create(vaultPath, passphrase, sessionOptions, (db) =>
    fillDemoVault(db, { years: 1, today: '2026-11-20' }, randomUUID),
  );
  await session.close();
  return vaultPath;
}

const checkInCount = (session: VaultSession): number =>
  selectRow(session.db, 'SELECT count(*) AS n FROM checkins', [], { n: 'number' })!.n;

describe('@slow crash consistency under kill -9', () => {
  it(`@slow ${rounds.save} kills while saving: the vault opens with its passphrase, with a whole save, and nothing is left over`, async () => {
    const vaultPath = await newVault();
    let lastCount = 0;
    for (let round = 0; round < rounds.save; round++) {
      const child = start(['tests/slow/crash-child.ts', 'save', vaultPath, passphrase]);
      await ready(child);
      await killAfter(child, sweptDelay(round, rounds.save, 0, 250));
      const session = await VaultSession.open(vaultPath, passphrase, sessionOptions);
      const count = checkInCount(session);
      // Saves only add: what opens holds at least what the last round found.
      expect(count).toBeGreaterThanOrEqual(lastCount);
      lastCount = count;
      await session.close();
      expect(await leftovers(vaultPath)).toEqual([]);
    }
  }, 120_000);

  /**
   * Kills a process changing keys (`mode`) at moments swept across its work, again and again. After
   * each kill the vault opens with exactly one of the passphrases, and every backup that was there
   * before the kill is still there after that open, re-sealed under the vault's keys: it opens with
   * that passphrase and no other, and its key slots are the vault's (so no earlier recovery key opens it).
   */
  async function killDuringKeyChanges(mode: 'passwd' | 'recovery-key'): Promise<void> {
    const vaultPath = await newVault();
    let current = passphrase;
    let backupsChecked = 0;
    let killedMidChange = 0;
    const keyChangeRounds = rounds[mode === 'passwd' ? 'passwd' : 'recoveryKey'];
    for (let round = 0; round < keyChangeRounds; round++) {
      // A backup for a new day each round, so every key change has backups to re-seal.
      const seeding = await VaultSession.open(vaultPath, current, {
        ...sessionOptions,
        keepBackups: true,
        now: () => new Date(Date.UTC(2026, 0, 1 + round)),
      });
      seeding.change((db) => writeSettings(db, { autoLockMinutes: round % 2 ? 10 : 15 }));
      await seeding.close();
      const before = await listBackups(vaultPath);
      const args =
        mode === 'passwd' ? [vaultPath, current, current === passphrase ? other : passphrase] : [vaultPath, current];
      const child = start(['tests/slow/crash-child.ts', mode, ...args]);
      await ready(child);
      await killAfter(child, sweptDelay(round, keyChangeRounds, 0, 250));
      if (existsSync(`${vaultPath}.key-change`)) killedMidChange++;
      const opens: string[] = [];
      for (const candidate of [passphrase, other]) {
        try {
          const session = await VaultSession.open(vaultPath, candidate, sessionOptions);
          expect(checkInCount(session)).toBeGreaterThan(300);
          expect(session.backupsLeftUnderEarlierKeys).toEqual([]);
          await session.close();
          opens.push(candidate);
        } catch (error) {
          expect(error).toMatchObject({ code: 'WRONG_PASSPHRASE' });
        }
      }
      expect(opens).toHaveLength(1);
      current = opens[0]!;
      expect(await leftovers(vaultPath)).toEqual([]);
      const after = await listBackups(vaultPath);
      expect(after).toEqual(expect.arrayContaining(before));
      const vaultSlots = await keySlotsOfFile(vaultPath);
      for (const backup of after) {
        const parsed = parseVaultFile(sodium, new Uint8Array(await readFile(backup)));
        expect(await keySlotsOfFile(backup)).toEqual(vaultSlots);
        expect(() => unwrapDataKey(sodium, parsed.slots, current === passphrase ? other : passphrase)).toThrow(
          'That passphrase does not open this vault.',
        );
        expect(openVaultBody(sodium, parsed, unwrapDataKey(sodium, parsed.slots, current)).length).toBeGreaterThan(0);
        backupsChecked++;
      }
    }
    expect(backupsChecked).toBeGreaterThan(rounds.passwd);
    // Some kills must have landed between a key change's note and its end, or this proved little.
    expect(killedMidChange).toBeGreaterThan(0);
  }

  it(`@slow ${rounds.passwd} kills while changing the passphrase: exactly one of the two opens the vault, and every backup is still there and opens with that one only`, async () => {
    await killDuringKeyChanges('passwd');
  }, 180_000);

  it(`@slow ${rounds.recoveryKey} kills while making new recovery keys: the passphrase opens the vault, and every backup is still there, re-sealed under its keys`, async () => {
    await killDuringKeyChanges('recovery-key');
  }, 180_000);

  it(`@slow ${rounds.import} kills while importing: either no vault, and the retry works, or a whole one`, async () => {
    const source = await VaultSession.open(await newVault(), passphrase, sessionOptions);
    const expected = checkInCount(source);
    const exportFile = path.join(await tempFolder(), 'export.json');
    await writeFile(exportFile, JSON.stringify(buildExportDocument(source.db)));
    await source.close();
    const fast = ['--passphrase-stdin', '--kdf-memory', '16', '--kdf-passes', '2'];
    let interrupted = 0;
    for (let round = 0; round < rounds.import; round++) {
      const target = path.join(await tempFolder(), 'imported.vault');
      const child = start(['electron/cli/waypoint.ts', 'import', target, exportFile, ...fast], `${passphrase}\n`);
      // tsx and the import take ~1 s here: kills land before, during and after the write.
      await killAfter(child, sweptDelay(round, rounds.import, 300, 1600));
      if (!existsSync(target)) {
        interrupted++;
        const retry = start(['electron/cli/waypoint.ts', 'import', target, exportFile, ...fast], `${passphrase}\n`);
        expect(await new Promise((resolve) => retry.once('exit', resolve))).toBe(0);
      }
      const session = await VaultSession.open(target, passphrase, sessionOptions);
      expect(checkInCount(session)).toBe(expected);
      await session.close();
      expect(await leftovers(target)).toEqual([]);
    }
    // The kills must have caught some imports before the file appeared, or this proved little.
    expect(interrupted).toBeGreaterThan(0);
  }, 120_000);
});
