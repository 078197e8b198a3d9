import { z } from 'zod';
import { calendarDate, entryId, lineText, noteText } from '../plan/plan-text';
import { dayRangeSchema } from '../check-ins/check-in';

/** Events of care I write myself; medication changes come from the medication list. */
export const careEventKinds = [
  'emergency-visit',
  'hospital-stay',
  'appointment-kept',
  'appointment-missed',
  'other',
] as const;
export type CareEventKind = (typeof careEventKinds)[number];

export const careEventKindWords: Record<CareEventKind, string> = {
  'emergency-visit': 'Emergency visit',
  'hospital-stay': 'Hospital stay',
  'appointment-kept': 'Appointment I went to',
  'appointment-missed': 'Appointment I missed',
  other: 'Something else',
};

export const careEventFieldsSchema = z
  .strictObject({
    day: calendarDate,
    /** The last day, for a stay of more than one day; null for one day. */
    until: calendarDate.nullable(),
    kind: z.enum(careEventKinds),
    /** My few words about it: "Dr Okafor, review", "A&E, St Mary's". */
    words: lineText,
    notes: noteText,
  })
  .refine(({ day, until }) => until === null || until >= day, {
    message: 'The last day cannot be before the first.',
    path: ['until'],
  });
export type CareEventFields = z.infer<typeof careEventFieldsSchema>;
export interface CareEvent extends CareEventFields {
  id: string;
}

export const careEventsRangeSchema = dayRangeSchema;
export const addCareEventSchema = careEventFieldsSchema;
export const editCareEventSchema = z.strictObject({ id: entryId, fields: careEventFieldsSchema });
export const deleteCareEventSchema = z.strictObject({ id: entryId });

/** A medication change as an event: read from the medication list, never written as one. */
export type MedicationEventKind = 'medication-started' | 'medication-changed' | 'medication-stopped';

/**
 * One dated event on a chart, in a list or in the PDF: an event of care I wrote (with its id, to
 * change it) or a medication started, changed or stopped (`id` null).
 */
export interface DatedEvent {
  id: string | null;
  kind: CareEventKind | MedicationEventKind;
  day: string;
  until: string | null;
  /** In words: "Hospital stay: St Mary's", "Sertraline changed to 100 mg at 08:00, every day". */
  title: string;
  /** An event of care's own words and notes, as I wrote them (empty for a medication change). */
  words: string;
  notes: string;
}

/** Whether an event comes from the medication list rather than from my events of care. */
export const isMedicationEvent = (event: Pick<DatedEvent, 'kind'>): boolean => event.kind.startsWith('medication-');

/** An event of care in words: its kind, and my few words after it. */
export const careEventTitle = (event: Pick<CareEventFields, 'kind' | 'words'>): string =>
  event.words ? `${careEventKindWords[event.kind]}: ${event.words}` : careEventKindWords[event.kind];
