import { careEventTitle, type DatedEvent } from '../../shared/care-events/care-event';
import type { DayRange } from '../../shared/check-ins/check-in';
import { formatTimeOfDay } from '../../shared/dates/format-time';
import { versionWords } from '../../shared/medications/medication-words';
import type { ReadableDatabase } from '../database/sqlite';
import type { Medication } from '../../shared/medications/medication';
import { readMedications } from '../medications/medication-repository';
import { readCareEvents } from './care-event-repository';

/**
 * Each medication started, changed or stopped in a range, by the list: its history is the table of
 * its versions, so nothing is stored twice.
 */
export function medicationEvents(medications: readonly Medication[], range: DayRange): DatedEvent[] {
  const inRange = (day: string) => day >= range.from && day <= range.to;
  return medications
    .flatMap((entry): DatedEvent[] => {
      const changes = entry.versions.map((version, index): DatedEvent => ({
        id: null,
        kind: index === 0 ? 'medication-started' : 'medication-changed',
        day: version.from,
        until: null,
        title:
          index === 0
            ? `Started ${entry.name}: ${versionWords(version, formatTimeOfDay)}`
            : `${entry.name} changed to ${versionWords(version, formatTimeOfDay)}`,
        words: '',
        notes: '',
      }));
      const stopped: DatedEvent[] = entry.stoppedOn
        ? [
            {
              id: null,
              kind: 'medication-stopped',
              day: entry.stoppedOn,
              until: null,
              title: `Stopped ${entry.name}`,
              words: '',
              notes: '',
            },
          ]
        : [];
      return [...changes, ...stopped];
    })
    .filter((event) => inRange(event.day))
    .sort((a, b) => a.day.localeCompare(b.day));
}

/**
 * The dated events of a range, by day: the events of care I wrote, and each medication started,
 * changed or stopped, read from the medication list (a medication hidden from charts is left out);
 * a caller that has read the list already passes it.
 */
export function readDatedEvents(
  db: ReadableDatabase,
  range: DayRange,
  medications: readonly Medication[] = readMedications(db),
): DatedEvent[] {
  const care: DatedEvent[] = readCareEvents(db, range.from, range.to).map((event) => ({
    id: event.id,
    kind: event.kind,
    day: event.day,
    until: event.until,
    title: careEventTitle(event),
    words: event.words,
    notes: event.notes,
  }));
  const charted = medications.filter((entry) => !entry.hiddenFromCharts);
  return [...care, ...medicationEvents(charted, range)].sort((a, b) => a.day.localeCompare(b.day));
}
