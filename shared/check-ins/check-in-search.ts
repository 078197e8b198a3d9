import { z } from 'zod';

/** At most this many notes are listed; the rest are counted ("and 12 more"). */
export const maxNoteSearchResults = 50;

/** What the person looks for in their notes: 1–100 characters once trimmed. */
export const noteSearchSchema = z.strictObject({
  words: z
    .string()
    .trim()
    .min(1, 'Type a word to look for in my notes.')
    .max(100, 'Look for up to 100 characters at a time.'),
});

/** A check-in whose note has every word looked for. */
export interface NoteSearchMatch {
  id: string;
  day: string;
  at: string;
  timeZone: string;
  note: string;
}

export interface NoteSearchResult {
  /** Newest first, at most `maxNoteSearchResults`. */
  matches: NoteSearchMatch[];
  /** How many more notes match beyond those listed. */
  more: number;
}

/** The words looked for: split at white space, each once (case ignored). */
export function searchWords(words: string): string[] {
  const seen = new Map<string, string>();
  for (const word of words.trim().split(/\s+/u)) {
    if (word && !seen.has(word.toLowerCase())) seen.set(word.toLowerCase(), word);
  }
  return [...seen.values()];
}
