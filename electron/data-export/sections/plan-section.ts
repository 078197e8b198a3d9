import { z } from 'zod';
import { archivedEntrySchema } from '../../../shared/plan/archived-entry';
import { checkPlanReferences, entriesOfPlan, planDocumentShape } from '../../../shared/plan/plan-document';
import { planReviewSchema } from '../../../shared/plan/plan-review';
import { optionalCalendarDate } from '../../../shared/plan/plan-text';
import {
  insertArchivedEntries,
  markPlanStarted,
  readArchivedEntries,
  readPlan,
  readPlanStartedOn,
  replacePlan,
} from '../../plan/plan-repository';
import { insertPlanReview, readPlanReviews } from '../../plan/plan-review-repository';
import { exportSection } from '../export-section';

const planExportSchema = planDocumentShape
  .extend({
    startedOn: optionalCalendarDate,
    reviews: z.array(planReviewSchema).max(10_000),
    /** Absent in exports written before entries were archived. */
    archived: z.array(archivedEntrySchema).max(10_000).default([]),
  })
  .superRefine((plan, context) => {
    checkPlanReferences(plan, context);
    const planIds = new Set(entriesOfPlan(plan).map((entry) => entry.id));
    const archivedIds = plan.archived.map((entry) => entry.id);
    if (new Set(archivedIds).size !== archivedIds.length || archivedIds.some((id) => planIds.has(id))) {
      context.addIssue({ code: 'custom', message: 'An archived entry has the id of another entry.' });
    }
    const reviewIds = plan.reviews.map((review) => review.id);
    if (new Set(reviewIds).size !== reviewIds.length) {
      context.addIssue({ code: 'custom', message: 'Two reviews have the same id.' });
    }
  });

/** The plan, its start date, every review with its snapshot and archived entries (docs/export-format.md). */
export const planExportSection = exportSection({
  key: 'plan',
  schema: planExportSchema,
  read: (db) => ({
    ...readPlan(db),
    startedOn: readPlanStartedOn(db),
    reviews: readPlanReviews(db),
    archived: readArchivedEntries(db),
  }),
  write: (db, { startedOn, reviews, archived, ...plan }) => {
    replacePlan(db, plan);
    insertArchivedEntries(db, archived);
    if (startedOn) markPlanStarted(db, startedOn);
    for (const review of reviews) insertPlanReview(db, review);
  },
});
