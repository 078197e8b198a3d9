import * as fs from 'node:fs/promises';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import {
  appendSealedLine,
  lockedCheckInFiles,
  lockedCheckInKeyFileName,
  lockedCheckInsFileName,
} from '../../../electron/locked-check-ins/locked-check-in-files';
import { newLockedEntryKey, sealLockedEntry } from '../../../electron/locked-check-ins/locked-check-in-seal';
import { loadSodium } from '../../../electron/vault/sodium';
import { movableClock } from '../../support/movable-clock';
import { testPassphrase as passphrase, useAppCores } from '../support/unlocked-core';

const appCore = useAppCores();

const timeZone = 'Europe/London';

/** A vault that lets me check in while locked, locked at 21:00 on 3 March 2026 in London. */
async function lockedWithChoiceOn() {
  const clock = movableClock('2026-03-03T21:00:00Z');
  const made = await appCore({ clock });
  await made.value('vault.create', { passphrase });
  await made.value('lockedCheckIns.choose', { on: true });
  await made.value('vault.lock', {});
  const { vaultPath } = await made.value('vault.status', {});
  const files = lockedCheckInFiles(vaultPath);
  return { ...made, clock, files, folder: path.dirname(vaultPath) };
}

const unlock = (value: Awaited<ReturnType<typeof lockedWithChoiceOn>>['value']) =>
  value('vault.unlock', { passphrase });

describe('check-ins written while locked', () => {
  it('is off until chosen: nothing is kept beside the vault and the lock screen cannot take one', async () => {
    const made = await appCore();
    await made.value('vault.create', { passphrase });
    await made.value('vault.lock', {});
    const { vaultPath } = await made.value('vault.status', {});
    expect(await made.value('lockedCheckIns.status', {})).toEqual({ available: false, waiting: 0, max: 30 });
    const refused = await made.call('lockedCheckIns.add', { mood: 5, note: '', timeZone });
    expect(refused).toMatchObject({ ok: false, error: { message: expect.stringMatching(/turned off/) } });
    expect(await fs.readdir(path.dirname(vaultPath))).not.toContain(lockedCheckInKeyFileName);
  });

  it('are sealed at once: the file beside the vault holds no word of them, and they are refused without the key', async () => {
    const { value, call, files } = await lockedWithChoiceOn();
    expect(await value('lockedCheckIns.status', {})).toEqual({ available: true, waiting: 0, max: 30 });
    const status = await value('lockedCheckIns.add', { mood: 3, note: 'A hard evening, called Sam.', timeZone });
    expect(status.waiting).toBe(1);
    const onDisk = await fs.readFile(files.entriesPath, 'latin1');
    expect(onDisk).not.toMatch(/Sam|hard evening|"mood"/);
    expect(onDisk.split('\n')).toHaveLength(2);
    // The key file holds the public half only; nothing read while locked opens an entry.
    const keyFile = JSON.parse(await fs.readFile(files.keyPath, 'utf8')) as Record<string, unknown>;
    expect(Object.keys(keyFile).sort()).toEqual(['publicKey', 'version']);
    // The data channels still answer LOCKED: nothing written is readable before the unlock.
    expect(await call('lockedCheckIns.review', {})).toMatchObject({
      ok: false,
      error: { code: 'LOCKED' },
    });
  });

  it('wait at the unlock to be kept or discarded; a kept one is a check-in of its own day, a discarded one leaves nothing', async () => {
    const { value, clock, files } = await lockedWithChoiceOn();
    await value('lockedCheckIns.add', { mood: 3, note: 'Mine: a hard evening.', timeZone });
    // The next evening: it counts for 4 March, the day it was written.
    clock.moveTo('2026-03-04T22:30:00Z');
    await value('lockedCheckIns.add', { mood: 9, note: 'Not mine.', timeZone });
    await unlock(value);
    const review = await value('lockedCheckIns.review', {});
    expect(review.notices).toEqual([]);
    expect(review.pending.map(({ day, mood, note }) => ({ day, mood, note }))).toEqual([
      { day: '2026-03-03', mood: 3, note: 'Mine: a hard evening.' },
      { day: '2026-03-04', mood: 9, note: 'Not mine.' },
    ]);
    // Once the vault holds them, the file that carried them is gone.
    await expect(fs.stat(files.entriesPath)).rejects.toThrow();
    const [mine, notMine] = review.pending;
    await value('lockedCheckIns.decide', { id: notMine!.id, keep: false });
    const after = await value('lockedCheckIns.decide', { id: mine!.id, keep: true });
    expect(after.pending).toEqual([]);
    const checkIns = await value('checkIns.list', { from: '2026-03-01', to: '2026-03-31' });
    expect(checkIns.map(({ day, mood, note }) => ({ day, mood, note }))).toEqual([
      { day: '2026-03-03', mood: 3, note: 'Mine: a hard evening.' },
    ]);
    const again = await value('lockedCheckIns.decide', { id: mine!.id, keep: true }).catch((error: Error) => error);
    expect(String(again)).toMatch(/already kept or discarded/);
  });

  it('a copy of an entry already kept, one sealed to another key, a damaged one and one cut off are refused with a reason; the rest still open', async () => {
    const { value, files, folder } = await lockedWithChoiceOn();
    await value('lockedCheckIns.add', { mood: 6, note: 'First.', timeZone });
    const copy = await fs.readFile(files.entriesPath, 'latin1');
    await unlock(value);
    const [first] = (await value('lockedCheckIns.review', {})).pending;
    await value('lockedCheckIns.decide', { id: first!.id, keep: true });
    await value('vault.lock', {});

    // While locked, someone puts back the old entry, adds one for another key and a damaged line;
    // then a write is cut off by a crash, and one more check-in is written properly after it.
    const sodium = await loadSodium();
    const stranger = newLockedEntryKey(sodium);
    const foreign = sealLockedEntry(sodium, stranger.publicKey, {
      version: 1,
      id: 'f'.repeat(32),
      writtenAt: '2026-03-03T21:10:00.000Z',
      timeZone,
      mood: 1,
      note: 'Planted.',
    });
    const [keyId, sealed] = copy.trim().split('.');
    const damaged = `${keyId}.${sealed!.slice(0, -8)}AAAAAAA=`;
    await fs.writeFile(files.entriesPath, `${copy}${foreign}\n${damaged}\n${keyId}.AAAA`);
    await value('lockedCheckIns.add', { mood: 7, note: 'After the crash.', timeZone });

    await unlock(value);
    const review = await value('lockedCheckIns.review', {});
    expect(review.pending.map((entry) => entry.note)).toEqual(['After the crash.']);
    // The line cut off by the crash ended without a line break: the next write started a new line,
    // so the cut-off one is refused as damaged, with the other damaged line.
    expect(review.notices).toEqual([
      '2 entries beside my vault could not be opened: damaged.',
      '1 entry beside my vault was sealed to a key this vault does not hold (another vault’s, or one replaced), so it could not be opened.',
      '1 entry was a copy of check-ins I had already kept or discarded, so it was not added again.',
    ]);
    expect(await fs.readdir(folder)).not.toContain(lockedCheckInsFileName);
    await value('lockedCheckIns.dismissNotices', {});
    expect((await value('lockedCheckIns.review', {})).notices).toEqual([]);
  });

  it('a line cut off by a crash mid-write is refused at the unlock, and the write after it starts a line of its own', async () => {
    const { value, files, clock } = await lockedWithChoiceOn();
    await value('lockedCheckIns.add', { mood: 4, note: 'Before.', timeZone });
    await fs.appendFile(files.entriesPath, 'abcdef0123456789.QUJD');
    clock.moveTo('2026-03-03T21:30:00Z');
    await value('lockedCheckIns.add', { mood: 5, note: 'After.', timeZone });
    await unlock(value);
    const review = await value('lockedCheckIns.review', {});
    expect(review.pending.map((entry) => entry.note)).toEqual(['Before.', 'After.']);
    expect(review.notices).toEqual([
      '1 entry beside my vault was sealed to a key this vault does not hold (another vault’s, or one replaced), so it could not be opened.',
    ]);
  });

  it('a file whose last line has no end is said to be cut off', async () => {
    const { value, files } = await lockedWithChoiceOn();
    await value('lockedCheckIns.add', { mood: 4, note: 'Kept.', timeZone });
    const whole = await fs.readFile(files.entriesPath, 'latin1');
    await fs.writeFile(files.entriesPath, `${whole}${whole.slice(0, 40)}`);
    await unlock(value);
    const review = await value('lockedCheckIns.review', {});
    expect(review.pending.map((entry) => entry.note)).toEqual(['Kept.']);
    expect(review.notices).toEqual([
      'One check-in written while Waypoint was locked was cut off as it was being saved (the computer may have stopped), so it could not be read.',
    ]);
  });

  it('a key beside the vault swapped while locked is reported at the unlock and replaced by the vault’s own', async () => {
    const { value, files } = await lockedWithChoiceOn();
    const original = await fs.readFile(files.keyPath, 'utf8');
    const attacker = newLockedEntryKey(await loadSodium());
    await fs.writeFile(files.keyPath, JSON.stringify({ version: 1, publicKey: attacker.publicKey }));
    // What is written now is sealed to the swapped key: the vault cannot open it.
    await value('lockedCheckIns.add', { mood: 2, note: 'Written after the swap.', timeZone });
    await unlock(value);
    const review = await value('lockedCheckIns.review', {});
    expect(review.pending).toEqual([]);
    expect(review.notices[0]).toMatch(
      /had been replaced by something other than Waypoint\. Waypoint put its own back\./,
    );
    expect(review.notices[1]).toMatch(/sealed to a key this vault does not hold/);
    expect(await fs.readFile(files.keyPath, 'utf8')).toBe(original);
  });

  it('a passphrase change puts a new key in use; an entry sealed to the one before still opens', async () => {
    const { value, files } = await lockedWithChoiceOn();
    const before = await fs.readFile(files.keyPath, 'utf8');
    await value('lockedCheckIns.add', { mood: 6, note: 'Under the old key.', timeZone });
    await unlock(value);
    // The entry is in the vault now; put one more line sealed to the old key back, as if written
    // between the change and the new key reaching the disk.
    const oldKey = (JSON.parse(before) as { publicKey: string }).publicKey;
    const late = sealLockedEntry(await loadSodium(), oldKey, {
      version: 1,
      id: 'a'.repeat(32),
      writtenAt: '2026-03-03T21:05:00.000Z',
      timeZone,
      mood: 5,
      note: 'Sealed to the old key late.',
    });
    await value('vault.changePassphrase', { current: passphrase, next: 'a new passphrase for the vault' });
    await expect.poll(() => fs.readFile(files.keyPath, 'utf8')).not.toBe(before);
    await value('vault.lock', {});
    await appendSealedLine(files, late);
    await value('vault.unlock', { passphrase: 'a new passphrase for the vault' });
    const review = await value('lockedCheckIns.review', {});
    expect(review.pending.map((entry) => entry.note)).toEqual(['Under the old key.', 'Sealed to the old key late.']);
    expect(review.notices).toEqual([]);
  });

  it('turned off, the key beside the vault goes at once and nothing more can be written while locked', async () => {
    const { value, files } = await lockedWithChoiceOn();
    await unlock(value);
    await value('lockedCheckIns.choose', { on: false });
    await expect(fs.stat(files.keyPath)).rejects.toThrow();
    await value('vault.lock', {});
    expect((await value('lockedCheckIns.status', {})).available).toBe(false);
  });

  it('holds at most 30 before the next unlock, and says so', async () => {
    const { value, call } = await lockedWithChoiceOn();
    for (let index = 0; index < 30; index++) await value('lockedCheckIns.add', { mood: 5, note: '', timeZone });
    const refused = await call('lockedCheckIns.add', { mood: 5, note: '', timeZone });
    expect(refused).toMatchObject({
      ok: false,
      error: { message: '30 check-ins are already waiting for my next unlock. I unlock to add more.' },
    });
  });
});
