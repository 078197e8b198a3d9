import { z } from 'zod';
import {
  childListParents,
  planListNames,
  planListSchemas,
  type PlanEntryData,
  type PlanListName,
} from './plan-entries';
import { calendarDate, entryId } from './plan-text';

/**
 * A plan entry that left the plan while past check-ins still pointed at it. It keeps its words so
 * those check-ins read as they did, and it can be put back. Only top-level entries are archived
 * (check-ins never point at an action step).
 */
export type ArchivedEntry = {
  [L in PlanListName]: { id: string; list: L; archivedOn: string; data: PlanEntryData<L> };
}[PlanListName];

const topLevelLists = planListNames.filter((list) => !childListParents[list]);

export const archivedEntrySchema = z.discriminatedUnion(
  'list',
  topLevelLists.map((list) =>
    z.strictObject({ id: entryId, list: z.literal(list), archivedOn: calendarDate, data: planListSchemas[list] }),
  ) as unknown as [z.ZodObject, ...z.ZodObject[]],
) as unknown as z.ZodType<ArchivedEntry>;
