/**
 * How much of a "Daylio export" Waypoint reads. Each limit is far above what a real diary reaches
 * (the largest real exports have a few thousand entries; ten years of several entries a day is
 * about 11,000), so only a file that is not a diary meets one, and then the whole file is refused:
 * reading stops at the first limit passed, and nothing is imported. Each bounds the work, memory
 * and the answer to the window a file can cause.
 */

/** Larger than any real mood diary (decades of entries are a few MB): refused before reading. */
export const maxImportBytes = 50 * 1024 * 1024;

/**
 * Rows after the header, read or not. Four times the ~11,000 of ten years at three entries a
 * day; it also bounds the import: 50,000 check-ins are written in a few seconds, in slices.
 */
export const maxImportEntries = 50_000;

/**
 * Different mood labels. Daylio has five, and a person who renames or adds their own has a few
 * dozen at most; each one that is not a default must be given a value by hand before importing.
 */
export const maxImportMoodLabels = 100;

/**
 * Different activities. Heavy Daylio users have a few hundred; each becomes a line of the
 * preview and, by default, a measure, and an import may create at most 5,000 things of the plan.
 */
export const maxImportActivities = 1_000;

/**
 * Activities marked on entries, all entries together: each becomes a row of the vault (about 120
 * bytes with its index). Five on each of 50,000 entries; a real diary of 11,000 entries would
 * need more than 22 on every one.
 */
export const maxImportActivityMarks = 250_000;

/**
 * Characters of notes and their titles, all entries together. Ten years of a long paragraph
 * (2,700 characters) every day. The vault keeps each character three times (the note, and the
 * key that recognises the entry in a later export, with its index), so this and the marks above
 * keep what the largest allowed import adds to the vault to about 100 MB.
 */
export const maxImportNoteChars = 10_000_000;

/**
 * Characters in one row, from its first character to its end, a quoted note over several lines
 * included: ten times the 10,000 characters a check-in's note keeps, so a long note is still read
 * (and skipped with its reason), while a quoted field that never ends stops the reading here.
 */
export const maxImportRowChars = 100_000;

/** Characters in a mood label or an activity name: the longest a choice in the preview can name. */
export const maxImportNameChars = 300;

/**
 * Lines that cannot be read as entries. A real export has none, or a handful from a damaged
 * copy; past this, the file is refused rather than previewed as a long list of unreadable lines.
 */
export const maxImportSkippedLines = 1_000;

/**
 * Doses one import writes for activities chosen as a medication: a few medications taken several
 * times a day over the longest real diary come to tens of thousands; past this, nothing is imported.
 */
export const maxImportDoses = 500_000;

/**
 * The preview's answer to the window, in characters of JSON. The limits above keep it under about
 * 0.6 million (1,000 activities and 100 labels of 300 characters, 1,000 reasons of ~150); this
 * is the backstop, checked on the answer itself.
 */
export const maxImportPreviewChars = 1_000_000;

/** A number as the messages write it: 50,000. */
export const limitText = (limit: number): string => limit.toLocaleString('en');
