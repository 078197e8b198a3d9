import { z } from 'zod';
import { careEventFieldsSchema } from '../../../shared/care-events/care-event';
import { earliestDate, latestDate } from '../../../shared/dates/calendar-date';
import { entryId } from '../../../shared/plan/plan-text';
import { insertCareEvent, readCareEvents } from '../../care-events/care-event-repository';
import { exportSection } from '../export-section';
import { findRepeats } from './section-checks';

/**
 * The events of care I wrote, by day. Medication changes are not among them: they are read from
 * the medications' versions.
 */
export const careEventsExportSection = exportSection({
  key: 'careEvents',
  schema: z
    .array(careEventFieldsSchema.safeExtend({ id: entryId }))
    .max(100_000)
    .superRefine((events, context) =>
      findRepeats(context, events, (event) => event.id, [], 'id', 'Two events of care have the same id.'),
    ),
  read: (db) => readCareEvents(db, earliestDate, latestDate),
  write: (db, events) => events.forEach(({ id, ...fields }) => insertCareEvent(db, id, fields)),
});
