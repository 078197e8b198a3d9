import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { expect } from 'vitest';
import type { KeyChangeOutcome } from '../../../shared/vault/vault-status';
import { parseRecoveryKey, unwrapWithRecoveryKey } from '../../../electron/vault/recovery-key';
import { loadSodium } from '../../../electron/vault/sodium';
import { openVaultBody, parseVaultFile, unwrapDataKey } from '../../../electron/vault/vault-file';
import { VaultSession } from '../../../electron/vault/vault-session';
import { testSessionOptions } from './fast-kdf';

/** The five things a person can do to the keys that open their vault. */
export const keyOperations = ['make key', 'confirm key', 'change passphrase', 'remove key', 'unlock with key'] as const;
export type KeyOperation = (typeof keyOperations)[number];

/** Every order of `items`, each used once. */
export function everyOrder<T>(items: readonly T[]): T[][] {
  if (items.length <= 1) return [items.slice()];
  return items.flatMap((first, index) =>
    everyOrder([...items.slice(0, index), ...items.slice(index + 1)]).map((rest) => [first, ...rest]),
  );
}

const sodium = await loadSodium();

/** What should open the vault, by the person's own account of what they did. */
interface Expected {
  passphrase: string;
  /** The recovery key typed back last; null when there is none (never made, or removed). */
  recoveryKey: string | null;
  /** A recovery key shown and not typed back yet. */
  shown: string | null;
}

/**
 * Runs `order` on a new vault and checks, after every step, the key change's own account of what
 * opens the vault against a model of what the person did, then the file itself: exactly one
 * passphrase slot, which the expected passphrase opens; a recovery slot exactly when a recovery key
 * was typed back and not removed since, which that key opens; and a data key no earlier state of
 * the file had, so no earlier passphrase or recovery key opens anything written after the change.
 * (With one passphrase slot, a passphrase that opens it is the only one that does.)
 */
export async function runKeyOrder(folder: string, order: readonly KeyOperation[]): Promise<void> {
  const vaultPath = path.join(folder, 'orders.vault');
  let passphrases = 0;
  const nextPassphrase = () => `passphrase number ${++passphrases} for this order`;
  const expected: Expected = { passphrase: nextPassphrase(), recoveryKey: null, shown: null };
  let session: VaultSession | undefined = await VaultSession.create(vaultPath, expected.passphrase, testSessionOptions);
  const dataKeysSeen: Uint8Array[] = [];
  const checkedSlots = new Map<string, string>();

  const expectOutcome = (outcome: KeyChangeOutcome, wanted: Omit<KeyChangeOutcome, 'backupsNotResealed'>) =>
    expect(outcome).toEqual({ ...wanted, backupsNotResealed: [] });

  async function checkFile(step: string): Promise<void> {
    const bytes = new Uint8Array(await readFile(vaultPath));
    const parsed = parseVaultFile(sodium, bytes);
    const passphraseSlots = parsed.slots.filter((slot) => slot.kind === 'passphrase');
    expect(passphraseSlots, step).toHaveLength(1);
    const slotKey = sodium.to_hex(parsed.header);
    let dataKey: Uint8Array;
    if (checkedSlots.get(slotKey) === expected.passphrase) {
      dataKey = dataKeysSeen.at(-1)!;
    } else {
      dataKey = unwrapDataKey(sodium, parsed.slots, expected.passphrase);
      checkedSlots.set(slotKey, expected.passphrase);
      for (const earlier of dataKeysSeen) expect(sodium.memcmp(earlier, dataKey), step).toBe(false);
      dataKeysSeen.push(dataKey);
    }
    expect(openVaultBody(sodium, parsed, dataKey).length, step).toBeGreaterThan(0);
    const recoverySlots = parsed.slots.filter((slot) => slot.kind === 'recoveryKey');
    expect(recoverySlots, step).toHaveLength(expected.recoveryKey ? 1 : 0);
    if (expected.recoveryKey) {
      const fromRecovery = unwrapWithRecoveryKey(sodium, parsed.slots, parseRecoveryKey(sodium, expected.recoveryKey));
      expect(sodium.memcmp(fromRecovery, dataKey), step).toBe(true);
    }
  }

  try {
    for (const [index, operation] of order.entries()) {
      const step = `${order.join(' → ')}: step ${index + 1}, ${operation}`;
      if (!session) {
        session = await VaultSession.open(vaultPath, expected.passphrase, testSessionOptions);
      }
      switch (operation) {
        case 'make key':
          expected.shown = await session.makeRecoveryKey(expected.passphrase);
          break;
        case 'confirm key': {
          if (!expected.shown) {
            // Nothing shown (never made, or withdrawn): typing a key back changes nothing.
            const typed = expected.recoveryKey ?? '0'.repeat(32);
            await expect(session.confirmRecoveryKey(typed), step).rejects.toMatchObject({ code: 'NOT_FOUND' });
            break;
          }
          expectOutcome(await session.confirmRecoveryKey(expected.shown), {
            passphrase: 'unchanged',
            recoveryKey: 'new',
            shownRecoveryKey: 'none',
          });
          expected.recoveryKey = expected.shown;
          expected.shown = null;
          break;
        }
        case 'change passphrase': {
          const next = nextPassphrase();
          expectOutcome(await session.changePassphrase(expected.passphrase, next), {
            passphrase: 'new',
            recoveryKey: expected.recoveryKey ? 'unchanged' : 'none',
            shownRecoveryKey: expected.shown ? 'still-waiting' : 'none',
          });
          expected.passphrase = next;
          break;
        }
        case 'remove key':
          expectOutcome(await session.removeRecoveryKey(expected.passphrase), {
            passphrase: 'unchanged',
            recoveryKey: 'none',
            shownRecoveryKey: expected.shown ? 'withdrawn' : 'none',
          });
          expected.recoveryKey = null;
          expected.shown = null;
          break;
        case 'unlock with key': {
          // Locked, then "I forgot my passphrase": a key shown and not typed back goes with the lock.
          await session.close();
          session = undefined;
          expected.shown = null;
          const next = nextPassphrase();
          if (!expected.recoveryKey) {
            const typed = '0'.repeat(32);
            await expect(
              VaultSession.openWithRecoveryKey(vaultPath, typed, next, testSessionOptions),
              step,
            ).rejects.toMatchObject({ code: 'WRONG_RECOVERY_KEY' });
            break;
          }
          const opened = await VaultSession.openWithRecoveryKey(
            vaultPath,
            expected.recoveryKey,
            next,
            testSessionOptions,
          );
          session = opened.session;
          expectOutcome(opened.outcome, { passphrase: 'new', recoveryKey: 'unchanged', shownRecoveryKey: 'none' });
          expected.passphrase = next;
          break;
        }
      }
      await checkFile(step);
    }
  } finally {
    await session?.close();
  }
}
