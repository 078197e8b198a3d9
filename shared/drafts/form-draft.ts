import { z } from 'zod';

/**
 * A form left half-written: which form (`check-in`, `plan-entry:<id>`, `plan-new:<list>:<n>`,
 * `plan-section:<section>:<field>`) and what was on screen, as the form keeps it. Main keeps drafts
 * in the vault and gives them back at unlock; the form that owns one checks its shape on the way in.
 */
export const draftFormKey = z
  .string()
  .regex(/^[a-z][a-z-]{0,31}(:[A-Za-z0-9_.-]{1,64}){0,3}$/, 'This is not a form Waypoint keeps drafts of.');

/** Room for a long check-in note or a whole goal with its SMART prompts, as typed; no more. */
export const maxDraftCharacters = 100_000;
/** More forms than anyone leaves open at once. */
export const maxDrafts = 64;

export const draftValue = z
  .record(z.string().max(64), z.unknown())
  .refine((value) => JSON.stringify(value).length <= maxDraftCharacters, {
    message: 'This draft is too large to keep.',
  });

export const keepDraftSchema = z.strictObject({ form: draftFormKey, draft: draftValue });
export const dropDraftSchema = z.strictObject({ form: draftFormKey });

export type FormDrafts = Record<string, Record<string, unknown>>;
