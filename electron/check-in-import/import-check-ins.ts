import { isDatedInFuture } from '../../shared/check-ins/check-in';
import { checkInDay } from '../../shared/check-ins/check-in-day';
import type { DaylioExport, SkippedRow } from '../../shared/check-in-import/daylio-export';
import { limitText, maxImportSkippedLines } from '../../shared/check-in-import/import-limits';
import {
  moodValue,
  sameActivityName,
  plannedCheckIn,
  sortPlannedCheckIns,
  unmappedMoods,
  type ImportChoices,
  type PlannedCheckIn,
} from '../../shared/check-in-import/import-plan';
import type {
  ImportCreations,
  ImportSource,
  ImportSummary,
  SampleCheckIn,
} from '../../shared/check-in-import/import-record';
import type { CustomMetric } from '../../shared/metrics/custom-metric';
import { blankEntry, entryTitle } from '../../shared/plan/plan-entries';
import { asOneLine, maxNoteLength, withoutHiddenCharacters } from '../../shared/plan/plan-text';
import { prepareCheckInWriter } from '../check-ins/check-in-repository';
import { inTransaction, type ReadableDatabase, type WritableDatabase } from '../database/sqlite';
import { RequestError } from '../ipc/request-error';
import { addCustomMetric, readMetricSettings } from '../metrics/metric-repository';
import { addPlanEntry, readPlan } from '../plan/plan-repository';
import { chosenMedications, importedDoseWriter } from './imported-doses';
import { insertImportRecord, readImportKeys } from './import-repository';
import { runInSlices, runWhole, type Steps } from './sliced-steps';

/** Everything an import needs besides the vault. */
export interface CheckInImport {
  source: ImportSource;
  file: DaylioExport;
  /** The file's name without its folder, for Settings' list of imports. */
  fileName: string;
  choices: ImportChoices;
  now: Date;
  newId(): string;
}

/** Said when a label still has no value; the CLI lists the labels itself. */
export class UnmappedMoodsError extends RequestError {
  constructor(readonly labels: string[]) {
    super(
      'INVALID_INPUT',
      `Give each mood a value from 0 to 10 first: ${labels.map((label) => `“${label}”`).join(', ')}.`,
    );
  }
}

type LinkedList = 'copingStrategies' | 'triggers';

const measureLabelLength = 60;

/** An activity's name as a measure's: one line, at most 60 characters. */
function measureLabel(activity: string): string {
  const line = asOneLine(activity);
  return line.length > measureLabelLength ? `${line.slice(0, measureLabelLength - 1)}…` : line;
}

/**
 * Where each activity goes in the vault: the measure, coping strategy or trigger it becomes. What
 * does not exist yet is made the first time a check-in needs it, and noted in `created`, so an
 * import that adds nothing creates nothing.
 */
function activityTargets(db: WritableDatabase, choices: ImportChoices, newId: () => string) {
  const created: ImportCreations = { measures: [], planEntries: [], doses: [] };
  const settings = readMetricSettings(db);
  const plan = readPlan(db);
  const measureKeys = new Map<string, string>();
  const entryIds = { copingStrategies: new Map<string, string>(), triggers: new Map<string, string>() };

  const existingEntry = (list: LinkedList, activity: string): string | undefined => {
    const chosen = choices.activities[activity]?.entryId;
    if (chosen) {
      if (!plan[list].some((entry) => entry.id === chosen)) {
        const noun = list === 'triggers' ? 'trigger' : 'coping strategy';
        throw new RequestError('INVALID_INPUT', `The ${noun} chosen for “${activity}” is no longer in my plan.`);
      }
      return chosen;
    }
    return plan[list].find((entry) => sameActivityName(entryTitle(list, entry), activity))?.id;
  };

  const entryFor = (list: LinkedList, activity: string): string => {
    let id = entryIds[list].get(activity) ?? existingEntry(list, activity);
    if (id === undefined) {
      id = newId();
      const name = asOneLine(activity);
      const data =
        list === 'triggers'
          ? { ...blankEntry('triggers'), description: name }
          : { ...blankEntry('copingStrategies'), name };
      addPlanEntry(db, { list, parentId: null, data } as Parameters<typeof addPlanEntry>[1], id);
      created.planEntries.push({ id, list, data });
    }
    entryIds[list].set(activity, id);
    return id;
  };

  const measureFor = (activity: string): string => {
    let key = measureKeys.get(activity);
    if (key !== undefined) return key;
    const label = measureLabel(activity);
    key = settings.find(
      (setting) => setting.custom?.kind === 'yes-no' && sameActivityName(setting.custom.label, label),
    )?.key;
    if (key === undefined) {
      key = `custom-${newId().toLowerCase()}`;
      const custom: CustomMetric = { label, kind: 'yes-no', min: 0, max: 1, unit: '' };
      addCustomMetric(db, key, custom);
      // Not asked on the check-in form unless I turn it on; Progress and "What helps" show it.
      db.run('UPDATE metrics SET enabled = 0 WHERE key = ?', [key]);
      settings.push({ key, enabled: false, custom });
      created.measures.push({ key, custom });
    }
    measureKeys.set(activity, key);
    return key;
  };

  return { created, measureFor, entryFor };
}

/** Why a planned entry cannot become a check-in, or null when it can. */
function refusal(planned: PlannedCheckIn, note: string, now: Date): string | null {
  if (isDatedInFuture(new Date(planned.at), now)) return `Line ${planned.line} is dated in the future.`;
  if (note.length > maxNoteLength) {
    return `Line ${planned.line} has a note longer than the ${maxNoteLength.toLocaleString('en')} characters a check-in keeps.`;
  }
  return null;
}

/**
 * Writes an export's entries as check-ins, all or nothing, in one transaction. An entry already in
 * the vault (same instant, mood label and note as one imported before) is counted, not added
 * again; an entry that cannot be a check-in is skipped with its line and why.
 */
export function importCheckIns(db: WritableDatabase, input: CheckInImport): ImportSummary {
  return inTransaction(db, () => runWhole(importSteps(db, input)));
}

/**
 * `importCheckIns` in a transaction the caller holds open across slices
 * (`VaultSession.changeInSlices`), awaiting `nextSlice` between them, so the largest import the
 * limits allow (50,000 entries) never holds main for long. If `nextSlice` throws (the vault is
 * locking), the import stops there and the caller rolls the transaction back.
 */
export function importCheckInsInSlices(
  db: WritableDatabase,
  input: CheckInImport,
  nextSlice: () => Promise<void>,
): Promise<ImportSummary> {
  return runInSlices(importSteps(db, input), nextSlice);
}

/**
 * The import's work, in steps of about one entry each (a generator yields between them); run in
 * a transaction. Everything that does not change per entry (the statements, the plan, the
 * measures, the keys already imported) is prepared once, before the first.
 */
function* importSteps(db: WritableDatabase, input: CheckInImport): Steps<ImportSummary> {
  const { file, choices, now, newId } = input;
  const unmapped = unmappedMoods(file.entries, choices);
  if (unmapped.length > 0) throw new UnmappedMoodsError(unmapped);
  const planned: PlannedCheckIn[] = [];
  for (const entry of file.entries) {
    planned.push(plannedCheckIn(entry, choices));
    yield;
  }
  sortPlannedCheckIns(planned);
  yield;
  const known = readImportKeys(db);
  const targets = activityTargets(db, choices, newId);
  const doses = importedDoseWriter(db, choices, { now, newId, created: targets.created });
  const importId = newId();
  const skipped: SkippedRow[] = [...file.skipped];
  const skip = (row: SkippedRow) => {
    skipped.push(row);
    if (skipped.length > maxImportSkippedLines) {
      throw new RequestError(
        'INVALID_INPUT',
        `More than ${limitText(maxImportSkippedLines)} of this file's lines cannot become check-ins (unreadable, dated in the future or with a note too long), so nothing was imported.`,
      );
    }
  };
  let added = 0;
  let alreadyPresent = 0;
  let recordWritten = false;
  const writer = prepareCheckInWriter(db);
  try {
    for (const entry of planned) {
      yield;
      if (known.has(entry.sameAs)) {
        alreadyPresent++;
        continue;
      }
      const note = withoutHiddenCharacters(entry.note);
      const reason = refusal(entry, note, now);
      if (reason) {
        skip({ line: entry.line, reason });
        continue;
      }
      if (!recordWritten) {
        // The record first: each check-in names it. What the import created is filled in at the end.
        insertImportRecord(db, {
          id: importId,
          source: input.source,
          fileName: input.fileName,
          importedAt: now.toISOString(),
          moodValues: moodValuesUsed(file, choices),
          created: targets.created,
        });
        recordWritten = true;
      }
      const values: Record<string, number> = {};
      for (const activity of entry.measures) values[targets.measureFor(activity)] = 1;
      writer.insert(
        newId(),
        {
          at: entry.at,
          timeZone: entry.timeZone,
          mood: entry.mood,
          values,
          copingIds: [...new Set(entry.coping.map((activity) => targets.entryFor('copingStrategies', activity)))],
          triggerIds: [...new Set(entry.triggers.map((activity) => targets.entryFor('triggers', activity)))],
          warningSignIds: [],
          lapse: false,
          note,
          // The day written in the diary, whatever the time: an entry at 01:30 stays on its date.
          dayChosen: true,
        },
        0,
        { importId, importKey: entry.sameAs },
      );
      if (entry.medications.length > 0) doses.write(entryDay(entry), entry.medications);
      known.add(entry.sameAs);
      added++;
    }
  } finally {
    writer.free();
  }
  if (recordWritten) {
    db.run('UPDATE checkin_imports SET created_json = ? WHERE id = ?', [JSON.stringify(targets.created), importId]);
  }
  skipped.sort((a, b) => a.line - b.line);
  return {
    importId: recordWritten ? importId : null,
    added,
    alreadyPresent,
    skipped,
    doses: targets.created.doses.length,
  };
}

/** The day an entry is a check-in of: the date written in the diary, whatever the time. */
const entryDay = (entry: Pick<PlannedCheckIn, 'at' | 'timeZone'>) => checkInDay(new Date(entry.at), entry.timeZone, 0);

/** The value given to each label found in the file (defaults included), kept with the import. */
function moodValuesUsed(file: DaylioExport, choices: ImportChoices): Record<string, number> {
  const values: Record<string, number> = {};
  for (const entry of file.entries) values[entry.mood] ??= moodValue(entry.mood, choices)!;
  return values;
}

/** How many entries a sample shows. */
export const sampleSize = 5;

/**
 * Five entries spread over the file (its first, its last and three between) as they will be
 * imported under these choices, or the labels still without a value. Nothing is written.
 */
export function sampleImport(
  db: ReadableDatabase,
  file: DaylioExport,
  choices: ImportChoices,
): { unmappedMoods: string[]; sample: SampleCheckIn[] } {
  const unmapped = unmappedMoods(file.entries, choices);
  if (unmapped.length > 0 || file.entries.length === 0) return { unmappedMoods: unmapped, sample: [] };
  const last = file.entries.length - 1;
  const picked = [
    ...new Set(Array.from({ length: sampleSize }, (_, index) => Math.round((index * last) / (sampleSize - 1)))),
  ];
  const known = readImportKeys(db);
  const plan = readPlan(db);
  const medications = chosenMedications(db, choices);
  const linkedTitle = (list: LinkedList, activity: string): string => {
    const chosen = choices.activities[activity]?.entryId;
    const entry = plan[list].find((candidate) =>
      chosen ? candidate.id === chosen : sameActivityName(entryTitle(list, candidate), activity),
    );
    return entry ? entryTitle(list, entry) : `${activity} (new)`;
  };
  const sample = picked
    .map((index) => file.entries[index]!)
    .map((entry): SampleCheckIn => {
      const planned = plannedCheckIn(entry, choices);
      return {
        line: planned.line,
        day: entryDay(planned),
        time: entry.time,
        mood: planned.mood,
        moodLabel: planned.moodLabel,
        measures: planned.measures.map(measureLabel),
        coping: planned.coping.map((activity) => linkedTitle('copingStrategies', activity)),
        triggers: planned.triggers.map((activity) => linkedTitle('triggers', activity)),
        medications: [...new Set(planned.medications.map((activity) => medications.get(activity)!.name))],
        note: planned.note,
        alreadyPresent: known.has(planned.sameAs),
      };
    });
  sample.sort((a, b) => a.day.localeCompare(b.day) || a.time.localeCompare(b.time));
  return { unmappedMoods: [], sample };
}
