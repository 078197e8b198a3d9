import { VaultError } from './vault-error';

/** Argon2id settings stored in a key slot. Memory is kept in KiB so it fits a u32 for any sane value. */
export interface KdfParams {
  opslimit: number;
  memlimitKiB: number;
}

/**
 * 256 MiB and 3 passes (libsodium's MODERATE). Measured ~1.0 s on our 2-core build machine and
 * ~0.5-0.7 s on a typical laptop: a person waits once per unlock, while each guess costs an
 * attacker the same time and 256 MiB of memory, which makes GPU and ASIC guessing expensive.
 */
export const defaultKdfParams: KdfParams = { opslimit: 3, memlimitKiB: 256 * 1024 };

/**
 * What a file may ask for before the KDF runs. The ceiling keeps a damaged or hostile file from
 * making us allocate gigabytes or spin for minutes; the floor (OWASP's Argon2id minimum of
 * 19 MiB / 2 passes, rounded to 16 MiB) refuses settings too weak to protect anything.
 */
export const kdfBounds = {
  minOpslimit: 2,
  maxOpslimit: 10,
  minMemlimitKiB: 16 * 1024,
  maxMemlimitKiB: 1024 * 1024,
} as const;

/** The weakest settings a file may hold. Tests use it to keep the KDF fast; the app never does. */
export const weakestAllowedKdfParams: KdfParams = {
  opslimit: kdfBounds.minOpslimit,
  memlimitKiB: kdfBounds.minMemlimitKiB,
};

/** Why these settings are outside the bounds, or undefined when they are within them. */
export function kdfParamsProblem({ opslimit, memlimitKiB }: KdfParams): string | undefined {
  if (opslimit < kdfBounds.minOpslimit || opslimit > kdfBounds.maxOpslimit) {
    return `${opslimit} key-derivation passes (Waypoint accepts ${kdfBounds.minOpslimit} to ${kdfBounds.maxOpslimit})`;
  }
  if (memlimitKiB < kdfBounds.minMemlimitKiB || memlimitKiB > kdfBounds.maxMemlimitKiB) {
    return `${Math.round(memlimitKiB / 1024)} MiB of key-derivation memory (Waypoint accepts ${kdfBounds.minMemlimitKiB / 1024} to ${kdfBounds.maxMemlimitKiB / 1024} MiB)`;
  }
  return undefined;
}

/** For settings read from a file: out of bounds means the file is damaged or not ours. */
export function assertKdfParamsInBounds(params: KdfParams): void {
  const problem = kdfParamsProblem(params);
  if (problem) {
    throw new VaultError(
      'DAMAGED',
      `This vault asks for ${problem}, so the file is damaged or was not written by Waypoint.`,
    );
  }
}
