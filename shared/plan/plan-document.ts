import { z } from 'zod';
import {
  accountabilityCheckInSchema,
  actionStepSchema,
  assessmentItemSchema,
  careProfessionalSchema,
  copingStrategySchema,
  goalSchema,
  resourceSchema,
  supportPersonSchema,
  triggerSchema,
  warningSignListByStage,
  warningSignSchema,
  warningStages,
  type PlanEntryData,
  type PlanListName,
} from './plan-entries';
import {
  aboutSchema,
  reviewScheduleSchema,
  safetyPlanSchema,
  selfCareSchema,
  setbackPlanSchema,
  type PlanSections,
} from './plan-sections';
import { entryId, noteText } from './plan-text';

/** More entries than any one person writes in a list; a bound so an import cannot be absurd. */
const maxEntriesPerList = 1000;

const listOf = <Shape extends z.ZodRawShape>(schema: z.ZodObject<Shape>) =>
  z
    .array(schema.extend({ id: entryId }))
    .max(maxEntriesPerList, `A list can hold at most ${maxEntriesPerList} entries.`);

const stageSchema = z.strictObject({
  signs: listOf(warningSignSchema),
  actionPlan: noteText,
  peopleToCall: noteText,
});

/** The plan's shape, before the checks that span entries (`checkPlanReferences`). */
export const planDocumentShape = z.strictObject({
  about: aboutSchema,
  assessment: z.strictObject({
    strengths: listOf(assessmentItemSchema),
    challenges: listOf(assessmentItemSchema),
    areasForGrowth: listOf(assessmentItemSchema),
    currentSituation: listOf(assessmentItemSchema),
  }),
  goals: z.array(goalSchema.extend({ id: entryId, actionSteps: listOf(actionStepSchema) })).max(maxEntriesPerList),
  supportNetwork: z.strictObject({ people: listOf(supportPersonSchema), resources: listOf(resourceSchema) }),
  copingStrategies: listOf(copingStrategySchema),
  triggers: listOf(triggerSchema),
  warningSigns: z.strictObject({ early: stageSchema, worsening: stageSchema, crisis: stageSchema }),
  setbackPlan: setbackPlanSchema,
  safetyPlan: safetyPlanSchema,
  selfCare: selfCareSchema,
  careTeam: z.strictObject({
    professionals: listOf(careProfessionalSchema),
    accountability: listOf(accountabilityCheckInSchema),
  }),
  reviewSchedule: reviewScheduleSchema,
});

/** Checks what the shape alone cannot: ids are unique and links point at entries in the plan. */
export function checkPlanReferences(plan: PlanDocument, context: z.core.$RefinementCtx): void {
  const ids = new Set<string>();
  for (const entry of entriesOfPlan(plan)) {
    if (ids.has(entry.id)) context.addIssue({ code: 'custom', message: `The id ${entry.id} is used twice.` });
    ids.add(entry.id);
  }
  const { peopleICanAskIds, professionalIds } = plan.safetyPlan;
  const people = new Set(plan.supportNetwork.people.map((person) => person.id));
  const professionals = new Set(
    [...plan.careTeam.professionals, ...plan.supportNetwork.resources].map((entry) => entry.id),
  );
  if (peopleICanAskIds.some((id) => !people.has(id)) || professionalIds.some((id) => !professionals.has(id))) {
    context.addIssue({ code: 'custom', message: 'The safety plan names someone who is not in the plan.' });
  }
  const triggerIds = new Set(plan.triggers.map((trigger) => trigger.id));
  for (const strategy of plan.copingStrategies) {
    if (strategy.triggerIds.some((id) => !triggerIds.has(id))) {
      context.addIssue({
        code: 'custom',
        message: `The coping strategy "${strategy.name}" refers to a trigger that is not in the plan.`,
      });
    }
  }
}

/**
 * The whole plan as one document: what the Plan screen shows, what a review snapshots and what
 * the JSON export carries under `plan` (docs/export-format.md). Every entry keeps its id, so two
 * snapshots can be compared entry by entry.
 */
export const planDocumentSchema = planDocumentShape.superRefine(checkPlanReferences);

export type PlanDocument = z.infer<typeof planDocumentShape>;

/** One entry of one list, as the vault stores it. */
export type PlanEntry = {
  [L in PlanListName]: { id: string; list: L; parentId: string | null; data: PlanEntryData<L> };
}[PlanListName];

function withoutId<T extends { id: string }>(item: T): Omit<T, 'id'> {
  const { id, ...data } = item;
  void id;
  return data;
}

/** Every entry of the plan in document order; action steps follow their goal. */
export function entriesOfPlan(plan: PlanDocument): PlanEntry[] {
  const entries: PlanEntry[] = [];
  const add = <L extends PlanListName>(list: L, items: readonly ({ id: string } & PlanEntryData<L>)[]) => {
    for (const item of items) {
      entries.push({ id: item.id, list, parentId: null, data: withoutId(item) } as unknown as PlanEntry);
    }
  };
  add('strengths', plan.assessment.strengths);
  add('challenges', plan.assessment.challenges);
  add('areasForGrowth', plan.assessment.areasForGrowth);
  add('currentSituation', plan.assessment.currentSituation);
  for (const { actionSteps, ...goal } of plan.goals) {
    add('goals', [goal]);
    for (const step of actionSteps) {
      entries.push({ id: step.id, list: 'actionSteps', parentId: goal.id, data: withoutId(step) });
    }
  }
  add('people', plan.supportNetwork.people);
  add('resources', plan.supportNetwork.resources);
  add('copingStrategies', plan.copingStrategies);
  add('triggers', plan.triggers);
  for (const stage of warningStages) add(warningSignListByStage[stage], plan.warningSigns[stage].signs);
  add('careProfessionals', plan.careTeam.professionals);
  add('accountabilityCheckIns', plan.careTeam.accountability);
  return entries;
}

const responseOf = ({ actionPlan, peopleToCall }: { actionPlan: string; peopleToCall: string }) => ({
  actionPlan,
  peopleToCall,
});

/** The one-form parts of a plan document. */
export function sectionsOfPlan(plan: PlanDocument): PlanSections {
  return {
    about: plan.about,
    setbackPlan: plan.setbackPlan,
    safetyPlan: plan.safetyPlan,
    selfCare: plan.selfCare,
    warningResponses: {
      early: responseOf(plan.warningSigns.early),
      worsening: responseOf(plan.warningSigns.worsening),
      crisis: responseOf(plan.warningSigns.crisis),
    },
    reviewSchedule: plan.reviewSchedule,
  };
}

/** Builds the document from its sections and its entries (given in order within each list). */
export function assemblePlan(sections: PlanSections, entries: readonly PlanEntry[]): PlanDocument {
  const byList = new Map<PlanListName, PlanEntry[]>();
  for (const entry of entries) {
    const list = byList.get(entry.list) ?? [];
    list.push(entry);
    byList.set(entry.list, list);
  }
  const items = <L extends PlanListName>(list: L) =>
    (byList.get(list) ?? []).map((entry) => ({ id: entry.id, ...(entry.data as PlanEntryData<L>) }));
  const stepsByGoal = new Map<string, ({ id: string } & PlanEntryData<'actionSteps'>)[]>();
  for (const entry of byList.get('actionSteps') ?? []) {
    if (entry.list !== 'actionSteps' || entry.parentId === null) continue;
    const steps = stepsByGoal.get(entry.parentId) ?? [];
    steps.push({ id: entry.id, ...entry.data });
    stepsByGoal.set(entry.parentId, steps);
  }
  const stage = (name: (typeof warningStages)[number]) => ({
    signs: items(warningSignListByStage[name]),
    ...sections.warningResponses[name],
  });
  // A safety plan keeps the ids it picked; someone deleted since (undo brings them back) is left out.
  const inList = (ids: readonly string[], ...lists: PlanListName[]) => {
    const known = new Set(lists.flatMap((list) => (byList.get(list) ?? []).map((entry) => entry.id)));
    return ids.filter((id) => known.has(id));
  };
  const safetyPlan = {
    ...sections.safetyPlan,
    peopleICanAskIds: inList(sections.safetyPlan.peopleICanAskIds, 'people'),
    professionalIds: inList(sections.safetyPlan.professionalIds, 'careProfessionals', 'resources'),
  };
  return {
    about: sections.about,
    assessment: {
      strengths: items('strengths'),
      challenges: items('challenges'),
      areasForGrowth: items('areasForGrowth'),
      currentSituation: items('currentSituation'),
    },
    goals: items('goals').map((goal) => ({ ...goal, actionSteps: stepsByGoal.get(goal.id) ?? [] })),
    supportNetwork: { people: items('people'), resources: items('resources') },
    copingStrategies: items('copingStrategies'),
    triggers: items('triggers'),
    warningSigns: { early: stage('early'), worsening: stage('worsening'), crisis: stage('crisis') },
    setbackPlan: sections.setbackPlan,
    safetyPlan,
    selfCare: sections.selfCare,
    careTeam: { professionals: items('careProfessionals'), accountability: items('accountabilityCheckIns') },
    reviewSchedule: sections.reviewSchedule,
  };
}
