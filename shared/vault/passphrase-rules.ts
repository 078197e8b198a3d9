import { z } from 'zod';

/**
 * The floor main enforces. The renderer asks for more (a strength score), but a too-short
 * passphrase must be refused even if a caller skips the form.
 */
export const minPassphraseLength = 8;
export const maxPassphraseLength = 1024;

export const passphraseSchema = z
  .string()
  .min(minPassphraseLength, `A passphrase needs at least ${minPassphraseLength} characters.`)
  .max(maxPassphraseLength, `A passphrase can have at most ${maxPassphraseLength} characters.`);
