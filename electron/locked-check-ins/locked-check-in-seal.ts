import { lockedEntrySchema, maxSealedLineLength, type LockedEntry } from '../../shared/check-ins/locked-check-in';
import type { Sodium } from '../vault/sodium';
import { keyIdOf } from './locked-check-in-files';
import type { LockedEntryKey } from './locked-check-in-repository';

/**
 * One entry sealed to a public key (libsodium's sealed box, as the recovery key's slot): an
 * ephemeral key pair per entry, so only the private half in the vault opens it — not Waypoint while
 * locked, not anyone at the computer. The line is the key's id, a dot, and the sealed box in base64.
 */
export function sealLockedEntry(sodium: Sodium, publicKey: string, entry: LockedEntry): string {
  const plain = new TextEncoder().encode(JSON.stringify(entry));
  try {
    const sealed = sodium.crypto_box_seal(plain, Buffer.from(publicKey, 'base64'));
    const line = `${keyIdOf(publicKey)}.${Buffer.from(sealed).toString('base64')}`;
    if (line.length > maxSealedLineLength) throw new Error('A locked check-in is larger than a sealed line holds.');
    return line;
  } finally {
    plain.fill(0);
  }
}

/** Why an entry beside the vault was not taken. */
export type RefusedEntry = 'damaged' | 'other-key' | 'repeated';

export interface OpenedLines {
  entries: LockedEntry[];
  refused: Record<RefusedEntry, number>;
}

/**
 * Opens each sealed line with the vault's keys. A line that does not open, or opens to something
 * that is not an entry, is damaged; one sealed to a key the vault does not hold is another key's;
 * one whose id was kept or discarded before (or comes twice) is a repeat. An entry already waiting
 * for my decision (the file could not be cleared after the last unlock) is skipped without a word.
 * Nothing refused stops the others.
 */
export function openSealedLines(
  sodium: Sodium,
  keys: readonly LockedEntryKey[],
  lines: readonly string[],
  known: ReadonlyMap<string, 'pending' | 'kept' | 'discarded'>,
): OpenedLines {
  const byId = new Map(keys.map((key) => [keyIdOf(key.publicKey), key]));
  const refused: Record<RefusedEntry, number> = { damaged: 0, 'other-key': 0, repeated: 0 };
  const entries: LockedEntry[] = [];
  const seen = new Set<string>();
  for (const line of lines) {
    const [keyId, sealed, ...rest] = line.split('.');
    const key = keyId === undefined ? undefined : byId.get(keyId);
    if (sealed === undefined || rest.length > 0) {
      refused.damaged += 1;
      continue;
    }
    if (!key) {
      refused['other-key'] += 1;
      continue;
    }
    const entry = openOne(sodium, key, sealed);
    if (!entry) refused.damaged += 1;
    else if (known.get(entry.id) === 'pending') continue;
    else if (known.has(entry.id) || seen.has(entry.id)) refused.repeated += 1;
    else {
      seen.add(entry.id);
      entries.push(entry);
    }
  }
  return { entries, refused };
}

function openOne(sodium: Sodium, key: LockedEntryKey, sealed: string): LockedEntry | null {
  const privateKey = Buffer.from(key.privateKey, 'base64');
  let plain: Uint8Array | undefined;
  try {
    plain = sodium.crypto_box_seal_open(
      Buffer.from(sealed, 'base64'),
      Buffer.from(key.publicKey, 'base64'),
      privateKey,
    );
    const parsed = lockedEntrySchema.safeParse(JSON.parse(new TextDecoder('utf-8', { fatal: true }).decode(plain)));
    return parsed.success ? parsed.data : null;
  } catch {
    return null;
  } finally {
    sodium.memzero(privateKey);
    plain?.fill(0);
  }
}

/** A new key pair for locked check-ins, base64; the private half goes into the vault only. */
export function newLockedEntryKey(sodium: Sodium): { publicKey: string; privateKey: string } {
  const pair = sodium.crypto_box_keypair();
  try {
    return {
      publicKey: Buffer.from(pair.publicKey).toString('base64'),
      privateKey: Buffer.from(pair.privateKey).toString('base64'),
    };
  } finally {
    sodium.memzero(pair.privateKey);
  }
}
