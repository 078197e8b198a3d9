import { randomBytes } from 'node:crypto';
import type { CheckInFields } from '../../shared/check-ins/check-in';
import {
  maxLockedCheckIns,
  type LockedCheckInFields,
  type LockedCheckInReview,
  type LockedCheckInStatus,
  type PendingLockedCheckIn,
} from '../../shared/check-ins/locked-check-in';
import type { InvokeChannel } from '../../shared/ipc/channel-names';
import { insertCheckIn } from '../check-ins/check-in-repository';
import { inTransaction, type WritableDatabase } from '../database/sqlite';
import type { IpcHandlers } from '../ipc/ipc-router';
import { RequestError } from '../ipc/request-error';
import type { Clock } from '../ports/clock';
import type { ReminderPreferencesStore } from '../reminders/reminder-preferences-store';
import { readSettings } from '../settings/settings-repository';
import { loadSodium, type Sodium } from '../vault/sodium';
import type { VaultLifecycle, VaultWatcher } from '../vault/vault-lifecycle';
import type { VaultSession } from '../vault/vault-session';
import {
  appendSealedLine,
  lockedCheckInFiles,
  readLockedCheckInKey,
  type LockedCheckInFiles,
  readSealedLines,
  removeIfThere,
  writeLockedCheckInKey,
} from './locked-check-in-files';
import {
  addLockedEntryKey,
  decideLockedEntry,
  insertPendingLockedEntries,
  readLockedEntryKeys,
  readLockedEntryStatuses,
  readPendingLockedCheckIns,
} from './locked-check-in-repository';
import { newLockedEntryKey, openSealedLines, sealLockedEntry, type OpenedLines } from './locked-check-in-seal';

export type LockedCheckInChannel = Extract<InvokeChannel, `lockedCheckIns.${string}`>;

export interface LockedCheckInDependencies {
  vault: Pick<VaultLifecycle, 'vaultPath' | 'session' | 'unlocked'>;
  /** preferences.json, where the choice is kept: readable while the vault is locked. */
  preferences: ReminderPreferencesStore;
  clock: Clock;
  newId(): string;
  log?(message: string, error?: unknown): void;
}

const count = (n: number, one: string, many: string) => (n === 1 ? `1 ${one}` : `${n} ${many}`);

/** What the unlock found, in calm words: entries refused and why, a key that had been replaced. */
function noticesOf(opened: OpenedLines, cutOff: boolean, keyReplaced: boolean): string[] {
  const { damaged, repeated } = opened.refused;
  const otherKey = opened.refused['other-key'];
  return [
    keyReplaced &&
      'The key Waypoint keeps beside my vault for check-ins written while locked had been replaced by something other than Waypoint. Waypoint put its own back. Anything written while locked since then could not be opened here.',
    cutOff &&
      'One check-in written while Waypoint was locked was cut off as it was being saved (the computer may have stopped), so it could not be read.',
    damaged > 0 && `${count(damaged, 'entry', 'entries')} beside my vault could not be opened: damaged.`,
    otherKey > 0 &&
      `${count(otherKey, 'entry', 'entries')} beside my vault ${otherKey === 1 ? 'was' : 'were'} sealed to a key this vault does not hold (another vault’s, or one replaced), so ${otherKey === 1 ? 'it' : 'they'} could not be opened.`,
    repeated > 0 &&
      `${count(repeated, 'entry was a copy', 'entries were copies')} of check-ins I had already kept or discarded, so ${repeated === 1 ? 'it was' : 'they were'} not added again.`,
  ].filter((notice): notice is string => typeof notice === 'string');
}

/** Work run one piece after another, each whatever became of the one before. */
function oneAtATime() {
  let last: Promise<unknown> = Promise.resolve();
  return {
    inTurn<T>(work: () => Promise<T>): Promise<T> {
      const next = last.then(work, work);
      last = next.catch(() => undefined);
      return next;
    },
    settled: (): Promise<void> => last.then(() => undefined),
  };
}

/** Seals one check-in written on the lock screen and appends it beside the vault, within the limits. */
async function sealWhileLocked(
  sodium: Sodium,
  files: LockedCheckInFiles,
  preferences: ReminderPreferencesStore,
  now: Date,
  { mood, note, timeZone }: LockedCheckInFields,
): Promise<void> {
  const publicKey = (await preferences.latest()).checkInWhileLocked ? await readLockedCheckInKey(files) : null;
  if (publicKey === null) {
    throw new RequestError('INVALID_INPUT', 'Checking in without unlocking is turned off. I unlock to check in.');
  }
  if ((await readSealedLines(files)).lines.length >= maxLockedCheckIns) {
    throw new RequestError(
      'INVALID_INPUT',
      `${maxLockedCheckIns} check-ins are already waiting for my next unlock. I unlock to add more.`,
    );
  }
  const entry = {
    version: 1 as const,
    id: randomBytes(16).toString('hex'),
    writtenAt: now.toISOString(),
    timeZone,
    mood,
    note: note.trim(),
  };
  await appendSealedLine(files, sealLockedEntry(sodium, publicKey, entry));
}

/** What the lock screen needs: whether the choice is on with a key to seal to, and how many wait. */
async function lockedCheckInStatus(
  files: LockedCheckInFiles,
  preferences: ReminderPreferencesStore,
): Promise<LockedCheckInStatus> {
  const { checkInWhileLocked } = await preferences.latest();
  const key = checkInWhileLocked ? await readLockedCheckInKey(files) : null;
  const { lines } = await readSealedLines(files);
  // The lock screen asks first: libsodium is compiled now, not when the first check-in is sealed.
  if (key !== null) void loadSodium();
  return { available: key !== null, waiting: lines.length, max: maxLockedCheckIns };
}

/** Keeps a waiting entry as a check-in of its own (the day from when it was written), or discards it. */
function decide(db: WritableDatabase, entry: PendingLockedCheckIn, keep: boolean, id: string, now: Date): void {
  inTransaction(db, () => {
    if (keep) {
      const fields: CheckInFields = {
        at: entry.writtenAt,
        timeZone: entry.timeZone,
        mood: entry.mood,
        values: {},
        copingIds: [],
        triggerIds: [],
        warningSignIds: [],
        lapse: false,
        note: entry.note,
        dayChosen: false,
      };
      insertCheckIn(db, id, fields, readSettings(db).dayBoundaryMinutes);
    }
    decideLockedEntry(db, entry.id, keep, now);
  });
}

/**
 * Check-ins written while locked (opt-in): the `lockedCheckIns.*` channels and the vault watcher
 * that opens what was written at each unlock, keeps the key beside the vault in step with the one
 * inside it, and puts a new key in use at every passphrase change.
 */
export function createLockedCheckIns({ vault, preferences, clock, newId, log }: LockedCheckInDependencies) {
  const files = lockedCheckInFiles(vault.vaultPath);
  // Per unlocked vault: the opening of what was written while locked, and what it found to say.
  const openings = new WeakMap<VaultSession, Promise<void>>();
  const notices = new WeakMap<VaultSession, string[]>();
  // One change to the files at a time: a write while locked never races the unlock's clearing.
  const { inTurn, settled } = oneAtATime();

  /** The key in use, made when the vault has none; saved before its public half goes beside the vault. */
  async function keyInUse(session: VaultSession): Promise<string> {
    const current = readLockedEntryKeys(session.db).find((key) => key.retiredAt === null);
    return current?.publicKey ?? newKeyInUse(session);
  }

  /** A new key pair, in the vault and saved; the one before stays, to open what was sealed to it. */
  async function newKeyInUse(session: VaultSession): Promise<string> {
    const made = newLockedEntryKey(await loadSodium());
    session.change((db) => addLockedEntryKey(db, made, clock.now()));
    await session.flush();
    return made.publicKey;
  }

  /** At an unlock: opens what was written while locked, then clears the file once the vault holds it. */
  async function openWhatWasWritten(session: VaultSession): Promise<void> {
    const [sodium, { checkInWhileLocked }, onDisk, sealed] = await Promise.all([
      loadSodium(),
      preferences.latest(),
      readLockedCheckInKey(files),
      readSealedLines(files),
    ]);
    if (vault.session !== session) return;
    const keys = readLockedEntryKeys(session.db);
    const opened = openSealedLines(sodium, keys, sealed.lines, readLockedEntryStatuses(session.db));
    if (opened.entries.length > 0) session.change((db) => insertPendingLockedEntries(db, opened.entries));
    const inUse = checkInWhileLocked ? await keyInUse(session) : null;
    // A key beside the vault that the vault never made: reported, then replaced by the vault's own.
    const keyReplaced = inUse !== null && onDisk !== null && !keys.some((key) => key.publicKey === onDisk);
    notices.set(session, noticesOf(opened, sealed.cutOff, keyReplaced));
    // The entries are sealed inside the vault before the file that held them goes.
    await session.flush();
    await inTurn(async () => {
      if (sealed.lines.length > 0 || sealed.cutOff) await removeIfThere(files.entriesPath);
      if (inUse === null) await removeIfThere(files.keyPath);
      else if (onDisk !== inUse) await writeLockedCheckInKey(files, inUse);
    });
  }

  const openingOf = (session: VaultSession): Promise<void> => {
    let opening = openings.get(session);
    if (!opening) {
      opening = openWhatWasWritten(session).catch((error: unknown) => {
        log?.('Could not open the check-ins written while locked.', error);
        notices.set(session, [
          'Waypoint could not read the check-ins written while it was locked. They are still beside my vault, and it tries again at the next unlock.',
        ]);
      });
      openings.set(session, opening);
    }
    return opening;
  };

  async function review(session: VaultSession): Promise<LockedCheckInReview> {
    await openingOf(session);
    return {
      pending: readPendingLockedCheckIns(session.db, readSettings(session.db).dayBoundaryMinutes),
      notices: notices.get(session) ?? [],
    };
  }

  const status = () => lockedCheckInStatus(files, preferences);

  /** The key file beside the vault, when the choice is on, for the key the vault has in use. */
  async function writeKeyIfChosen(publicKey: string): Promise<void> {
    if ((await preferences.latest()).checkInWhileLocked) await inTurn(() => writeLockedCheckInKey(files, publicKey));
  }

  const handlers: Pick<IpcHandlers, LockedCheckInChannel> = {
    'lockedCheckIns.status': status,
    'lockedCheckIns.add': async (fields) => {
      if (vault.session) throw new RequestError('INVALID_INPUT', 'Waypoint is unlocked: I can check in as usual.');
      const sodium = await loadSodium();
      await inTurn(() => sealWhileLocked(sodium, files, preferences, clock.now(), fields));
      return status();
    },
    'lockedCheckIns.choice': async () => ({ on: (await preferences.latest()).checkInWhileLocked }),
    'lockedCheckIns.choose': async ({ on }) => {
      const session = vault.unlocked();
      await openingOf(session);
      if (on) {
        const publicKey = await keyInUse(session);
        await inTurn(() => writeLockedCheckInKey(files, publicKey));
      }
      await preferences.update(() => ({ checkInWhileLocked: on }));
      // Off: no key beside the vault, so nothing more can be written while locked.
      if (!on) await inTurn(() => removeIfThere(files.keyPath));
      return { on };
    },
    'lockedCheckIns.review': () => review(vault.unlocked()),
    'lockedCheckIns.decide': async ({ id, keep }) => {
      const session = vault.unlocked();
      await openingOf(session);
      const entry = readPendingLockedCheckIns(session.db, 0).find((pending) => pending.id === id);
      if (!entry) throw new RequestError('NOT_FOUND', 'That check-in was already kept or discarded.');
      session.change((db) => decide(db, entry, keep, newId(), clock.now()));
      await session.flush();
      return review(session);
    },
    'lockedCheckIns.dismissNotices': () => {
      const session = vault.unlocked();
      notices.set(session, []);
      return review(session);
    },
  };

  const watcher: VaultWatcher = {
    opened: (session) => void openingOf(session),
    // A restored backup holds its own key: the file beside the vault follows it.
    replaced: (session) =>
      void keyInUse(session)
        .then(writeKeyIfChosen)
        .catch((error: unknown) => log?.('Could not update the key for locked check-ins.', error)),
    // A new passphrase: a new key, so a copy of the vault under the old one opens nothing written from now.
    keyChanged: (session) =>
      void openingOf(session)
        .then(() => newKeyInUse(session))
        .then(writeKeyIfChosen)
        .catch((error: unknown) => log?.('Could not put a new key in use for locked check-ins.', error)),
    locked: settled,
  };

  return { handlers, watcher };
}
