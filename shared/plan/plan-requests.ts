import { z } from 'zod';
import { planListNames, planListSchemas, type PlanEntryData, type PlanListName } from './plan-entries';
import { planSectionNames, planSectionSchemas, type PlanSectionName, type PlanSectionValue } from './plan-sections';
import { planTemplateKeys } from './plan-templates';
import { entryId } from './plan-text';

export type SectionUpdate = { [S in PlanSectionName]: { section: S; value: PlanSectionValue<S> } }[PlanSectionName];
export type NewEntry = {
  [L in PlanListName]: { list: L; parentId: string | null; data: PlanEntryData<L> };
}[PlanListName];
export type EntryUpdate = { [L in PlanListName]: { list: L; id: string; data: PlanEntryData<L> } }[PlanListName];

// zod cannot map a union over a record by itself; these build one member per section or list.
type UnionOptions = [z.ZodObject, ...z.ZodObject[]];

export const sectionUpdateSchema = z.discriminatedUnion(
  'section',
  planSectionNames.map((section) =>
    z.strictObject({ section: z.literal(section), value: planSectionSchemas[section] }),
  ) as unknown as UnionOptions,
) as unknown as z.ZodType<SectionUpdate>;

export const newEntrySchema = z.discriminatedUnion(
  'list',
  planListNames.map((list) =>
    z.strictObject({ list: z.literal(list), parentId: entryId.nullable(), data: planListSchemas[list] }),
  ) as unknown as UnionOptions,
) as unknown as z.ZodType<NewEntry>;

export const entryUpdateSchema = z.discriminatedUnion(
  'list',
  planListNames.map((list) =>
    z.strictObject({ list: z.literal(list), id: entryId, data: planListSchemas[list] }),
  ) as unknown as UnionOptions,
) as unknown as z.ZodType<EntryUpdate>;

export const moveEntrySchema = z.strictObject({ id: entryId, toIndex: z.number().int().min(0).max(100_000) });

export const startPlanSchema = z.strictObject({ template: z.enum(planTemplateKeys) });

/** A point in the plan's history: a review's snapshot, or the plan as it is now. */
export const planVersionSchema = z.union([z.literal('current'), entryId]);
export const comparePlansSchema = z.strictObject({ from: planVersionSchema, to: planVersionSchema });
