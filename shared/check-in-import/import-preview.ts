import { defaultMoodValue, ImportRefusal, type DaylioExport, type SkippedRow } from './daylio-export';
import { limitText, maxImportPreviewChars } from './import-limits';

/** A mood label found in a file: how often, and its value when it is one of Daylio's defaults. */
export interface FoundMood {
  label: string;
  count: number;
  /** Set for Daylio's five default labels; the person places every other label. */
  defaultValue: number | null;
}

/** What a file holds, shown before anything is written. */
export interface ImportPreview {
  entries: number;
  /** The first and last day written; null when no entry could be read. */
  from: string | null;
  to: string | null;
  /** Days with more than one entry (each becomes a check-in of its own). */
  daysWithSeveral: number;
  /** Default labels first (worst to best), then the person's own, most used first. */
  moods: FoundMood[];
  /** Every distinct activity, most used first. */
  activities: { name: string; count: number }[];
  skipped: SkippedRow[];
}

const byCountThenName =
  <T extends { count: number }>(name: (item: T) => string) =>
  (a: T, b: T) =>
    b.count - a.count || name(a).localeCompare(name(b));

/**
 * Counts, range, labels and activities of a read export: one pass over its entries. Its size is
 * bounded by the reading limits; a preview larger than `maxImportPreviewChars` all the same is
 * refused rather than sent to the window.
 */
export function previewImport(file: DaylioExport): ImportPreview {
  const perDay = new Map<string, number>();
  const moods = new Map<string, number>();
  const activities = new Map<string, number>();
  let from: string | null = null;
  let to: string | null = null;
  for (const entry of file.entries) {
    perDay.set(entry.date, (perDay.get(entry.date) ?? 0) + 1);
    moods.set(entry.mood, (moods.get(entry.mood) ?? 0) + 1);
    for (const activity of entry.activities) activities.set(activity, (activities.get(activity) ?? 0) + 1);
    if (from === null || entry.date < from) from = entry.date;
    if (to === null || entry.date > to) to = entry.date;
  }
  const found = [...moods].map(([label, count]) => ({ label, count, defaultValue: defaultMoodValue(label) ?? null }));
  const preview: ImportPreview = {
    entries: file.entries.length,
    from,
    to,
    daysWithSeveral: [...perDay.values()].filter((count) => count > 1).length,
    moods: [
      ...found.filter((mood) => mood.defaultValue !== null).sort((a, b) => a.defaultValue! - b.defaultValue!),
      ...found.filter((mood) => mood.defaultValue === null).sort(byCountThenName((mood) => mood.label)),
    ],
    activities: [...activities]
      .map(([name, count]) => ({ name, count }))
      .sort(byCountThenName((activity) => activity.name)),
    skipped: file.skipped,
  };
  if (JSON.stringify(preview).length > maxImportPreviewChars) {
    throw new ImportRefusal(
      `What this file holds is more than a preview can show (over ${limitText(maxImportPreviewChars)} characters); a Daylio export's is far smaller, so Waypoint does not bring it in.`,
    );
  }
  return preview;
}
