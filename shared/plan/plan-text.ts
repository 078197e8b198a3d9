import { z } from 'zod';
import { calendarDateMessage, isCalendarDate } from '../dates/calendar-date';

/** Names, titles and other one-line text. */
export const maxLineLength = 300;
/** Notes and answers: a few pages of writing is fine; megabytes are not. */
export const maxNoteLength = 10_000;

// One-line text may not hold any control character; notes may hold line breaks and tabs.
// eslint-disable-next-line no-control-regex -- matching control characters is the point
const controlCharacter = /[\u0000-\u001f\u007f]/;
// eslint-disable-next-line no-control-regex -- as above
const controlCharacterExceptLayout = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f]/;

/** Text from elsewhere (another app's export) made fit for one line: each run of control characters a space. */
export const asOneLine = (text: string): string =>
  text.replace(new RegExp(controlCharacter.source + '+', 'g'), ' ').trim();

/** Text from elsewhere made fit for a note: invisible control characters taken out, line breaks and tabs kept. */
export const withoutHiddenCharacters = (text: string): string =>
  text.replace(new RegExp(controlCharacterExceptLayout.source, 'g'), '');

/** One line of text, possibly empty. */
export const lineText = z
  .string()
  .max(maxLineLength, `Keep this under ${maxLineLength} characters.`)
  .refine((value) => !controlCharacter.test(value), 'This cannot contain line breaks or invisible control characters.');

/** One line of text that must say something. */
export const requiredLineText = lineText.refine((value) => value.trim().length > 0, 'This cannot be empty.');

/** Free writing, possibly empty, with line breaks. */
export const noteText = z
  .string()
  .max(maxNoteLength, `Keep this under ${maxNoteLength.toLocaleString('en')} characters.`)
  .refine((value) => !controlCharacterExceptLayout.test(value), 'This contains invisible control characters.');

/** Free writing that must say something. */
export const requiredNoteText = noteText.refine((value) => value.trim().length > 0, 'This cannot be empty.');

/** A calendar day, with no time and no time zone. */
export const calendarDate = z.string().refine(isCalendarDate, calendarDateMessage);

export const optionalCalendarDate = calendarDate.nullable();

/** Ids are made by main (random UUIDs); an import may bring its own, so they are checked too. */
export const entryId = z.string().regex(/^[A-Za-z0-9_-]{1,64}$/, 'This is not a valid id.');
