import { z } from 'zod';
import { planDocumentSchema, type PlanDocument } from './plan-document';
import { calendarDate, entryId, noteText } from './plan-text';

/** What a person writes when they review their plan. */
export const reviewNotesSchema = z.strictObject({
  reviewedOn: calendarDate,
  working: noteText,
  notWorking: noteText,
  changes: noteText,
});

export type ReviewNotes = z.infer<typeof reviewNotesSchema>;

export const blankReviewMessage = 'Write what is working, what is not, or what I will change before saving the review.';

/** A review as main accepts it from a screen: never blank (a date alone says nothing). */
export const writtenReviewSchema = reviewNotesSchema.refine(
  (notes) => [notes.working, notes.notWorking, notes.changes].some((text) => text.trim() !== ''),
  { message: blankReviewMessage, path: ['working'] },
);

/** A review's notes changed after it was recorded. */
export const reviewUpdateSchema = z.strictObject({ id: entryId, notes: writtenReviewSchema });

export interface PlanReviewSummary extends ReviewNotes {
  id: string;
  /** When it was recorded (ISO moment), to order two reviews written on the same day. */
  recordedAt: string;
}

/** A review as exported: the notes plus the plan as it stood at that moment. */
export const planReviewSchema = reviewNotesSchema.extend({
  id: entryId,
  recordedAt: z.iso.datetime({ offset: true }),
  snapshot: planDocumentSchema,
});

export interface PlanReview extends PlanReviewSummary {
  snapshot: PlanDocument;
}
