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
  /**
   * The work one slot may ask for, memory × passes: 2 GiB-passes (1 GiB × 2, 512 MiB × 4; the
   * default is 0.75). With at most two slots a file can never cost more than about 5 times a
   * default unlock, whatever its slots say (a hostile 1 GiB × 10 file took 39 s before).
   */
  maxSlotCostKiB: 2 * 1024 * 1024,
} as const;

/** The work a slot's settings ask for: memory (KiB) × passes. */
export const kdfCost = ({ opslimit, memlimitKiB }: KdfParams): number => opslimit * memlimitKiB;

const inGiBPasses = (costKiB: number) => `${(costKiB / (1024 * 1024)).toFixed(2).replace(/\.?0+$/, '')} GiB × passes`;

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
  const cost = kdfCost({ opslimit, memlimitKiB });
  if (cost > kdfBounds.maxSlotCostKiB) {
    return `${inGiBPasses(cost)} of key-derivation work (Waypoint accepts up to ${inGiBPasses(kdfBounds.maxSlotCostKiB)}: fewer passes or less memory)`;
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
