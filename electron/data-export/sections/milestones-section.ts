import { z } from 'zod';
import { milestoneSchema } from '../../../shared/milestones/milestone';
import { insertMilestone, readMilestones } from '../../milestones/milestone-repository';
import { exportSection } from '../export-section';

/** The person's own milestones (automatic ones are worked out from the dates, not stored). */
export const milestonesExportSection = exportSection({
  key: 'milestones',
  schema: z
    .array(milestoneSchema)
    .max(100_000)
    .refine((milestones) => new Set(milestones.map((milestone) => milestone.id)).size === milestones.length, {
      message: 'Two milestones have the same id.',
    }),
  read: readMilestones,
  write: (db, milestones) => milestones.forEach((milestone) => insertMilestone(db, milestone)),
});
