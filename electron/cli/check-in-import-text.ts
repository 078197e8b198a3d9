import { isKnownTimeZone } from '../../shared/check-ins/check-in-day';
import { defaultActivityTreatments, type ImportChoices } from '../../shared/check-in-import/import-plan';
import type { ImportPreview } from '../../shared/check-in-import/import-preview';
import { CliUsageError } from './passphrase-source';

/** The options of `import-check-ins`, as given. */
export interface ImportCheckInsOptions {
  from?: string;
  mood?: string[];
  activities?: string;
  'time-zone'?: string;
}

/** What `--mood "<label>=<0-10>"` (repeatable) gives: a value for each label named. */
function moodValues(given: readonly string[]): Record<string, number> {
  const values: Record<string, number> = {};
  for (const option of given) {
    const split = option.lastIndexOf('=');
    const label = option.slice(0, split).trim().replace(/\s+/g, ' ');
    const value = option.slice(split + 1).trim();
    if (split < 0 || label === '' || !/^\d{1,2}$/.test(value) || Number(value) > 10) {
      throw new CliUsageError(
        `--mood takes "<label>=<0-10>", for example --mood "Not so good=4"; "${option}" is not that.`,
      );
    }
    values[label] = Number(value);
  }
  return values;
}

/** The choices the options make; every activity gets the one treatment `--activities` names. */
export function importChoicesFrom(options: ImportCheckInsOptions, computerZone: string): ImportChoices {
  if (options.from !== 'daylio') {
    throw new CliUsageError('import-check-ins needs --from daylio (a Daylio CSV export is what Waypoint reads).');
  }
  const treatment = options.activities ?? 'measure';
  if (!(defaultActivityTreatments as readonly string[]).includes(treatment)) {
    throw new CliUsageError(`--activities takes one of ${defaultActivityTreatments.join(', ')}.`);
  }
  const timeZone = options['time-zone'] ?? computerZone;
  if (!isKnownTimeZone(timeZone)) {
    throw new CliUsageError(
      `--time-zone takes a zone name this computer knows, such as Europe/London; "${timeZone}" is not one.`,
    );
  }
  return {
    timeZone,
    moods: moodValues(options.mood ?? []),
    activities: {},
    defaultTreatment: treatment as ImportChoices['defaultTreatment'],
  };
}

const treatmentWords: Record<ImportChoices['defaultTreatment'], string> = {
  measure: 'a yes/no measure each',
  coping: 'a coping strategy of my plan each',
  trigger: 'a trigger of my plan each',
  note: 'words in the note',
  skip: 'left out',
};

/** The dry run's report: what the file holds and what the options make of it. */
export function previewText(preview: ImportPreview, choices: ImportChoices): string[] {
  const moodLine = (label: string, count: number, defaultValue: number | null) => {
    const value = choices.moods[label] ?? defaultValue;
    const how =
      value === null
        ? `needs a value: --mood "${label}=<0-10>"`
        : choices.moods[label] !== undefined
          ? `${value}`
          : `${value} (Daylio's default)`;
    return `  ${label} (${count}): ${how}`;
  };
  return [
    `${preview.entries} entries${preview.from ? `, ${preview.from} to ${preview.to}` : ''}; ${preview.daysWithSeveral} ${preview.daysWithSeveral === 1 ? 'day' : 'days'} with several entries.`,
    `Written in: ${choices.timeZone}.`,
    'Moods (on the 0-10 scale):',
    ...preview.moods.map((mood) => moodLine(mood.label, mood.count, mood.defaultValue)),
    `Activities (${preview.activities.length}, as ${treatmentWords[choices.defaultTreatment]}):`,
    ...preview.activities.map((activity) => `  ${activity.name} (${activity.count})`),
    ...(preview.skipped.length > 0
      ? [`Lines that will be skipped (${preview.skipped.length}):`, ...preview.skipped.map((row) => `  ${row.reason}`)]
      : []),
  ];
}
