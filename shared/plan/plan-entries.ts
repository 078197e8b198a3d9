import { z } from 'zod';
import { metricKey } from '../metrics/metric-key';
import { questionnaireIds } from '../questionnaires/questionnaire-forms';
import { entryId, lineText, noteText, optionalCalendarDate, requiredLineText, requiredNoteText } from './plan-text';

export const goalStatuses = ['not-started', 'in-progress', 'achieved', 'paused', 'let-go'] as const;
export const goalHorizons = ['short-term', 'long-term'] as const;
export const relationships = [
  'family',
  'friend',
  'partner',
  'sponsor',
  'peer',
  'therapist',
  'doctor',
  'other',
] as const;
export const resourceKinds = [
  'support-group',
  'professional-service',
  'self-help',
  'community',
  'crisis-line',
] as const;
export const copingKinds = [
  'mindfulness',
  'relaxation',
  'physical-activity',
  'hobby',
  'journaling',
  'social',
  'professional-support',
  'other',
] as const;
export const triggerKinds = ['person', 'place', 'feeling', 'situation', 'time', 'other'] as const;
export const warningStages = ['early', 'worsening', 'crisis'] as const;

export type GoalStatus = (typeof goalStatuses)[number];
export type WarningStage = (typeof warningStages)[number];

/** One line in "where I stand": a strength, a challenge, an area for growth or a fact about now. */
export const assessmentItemSchema = z.strictObject({ text: requiredNoteText });

export const goalSchema = z.strictObject({
  statement: requiredLineText,
  specific: noteText,
  measurable: noteText,
  target: lineText,
  achievable: noteText,
  relevant: noteText,
  targetDate: optionalCalendarDate,
  horizon: z.enum(goalHorizons),
  status: z.enum(goalStatuses),
  /** A check-in measure that shows progress towards this goal. */
  metric: metricKey.nullable(),
  /** A questionnaire whose total shows progress towards it ("PHQ-9 below 10 by March"). Absent in older plans. */
  questionnaire: z.enum(questionnaireIds).nullable().default(null),
});

export const actionStepSchema = z.strictObject({
  text: requiredLineText,
  dueDate: optionalCalendarDate,
  done: z.boolean(),
});

export const supportPersonSchema = z.strictObject({
  name: requiredLineText,
  relationship: z.enum(relationships),
  contact: lineText,
  helpsWith: noteText,
  checkInFrequency: lineText,
  lastContactOn: optionalCalendarDate,
});

export const resourceSchema = z.strictObject({
  name: requiredLineText,
  kind: z.enum(resourceKinds),
  contact: lineText,
  whenWhere: noteText,
  howItFits: noteText,
});

export const copingStrategySchema = z.strictObject({
  name: requiredLineText,
  kind: z.enum(copingKinds),
  whenItHelps: noteText,
  /** Triggers in this plan that the strategy answers. */
  triggerIds: z.array(entryId).max(200),
  frequency: lineText,
});

export const triggerSchema = z.strictObject({
  kind: z.enum(triggerKinds),
  description: requiredLineText,
  notes: noteText,
});

export const warningSignSchema = z.strictObject({ description: requiredLineText });

export const careProfessionalSchema = z.strictObject({
  name: requiredLineText,
  role: lineText,
  contact: lineText,
  appointments: noteText,
});

export const accountabilityCheckInSchema = z.strictObject({
  withWhom: requiredLineText,
  howOften: lineText,
  notes: noteText,
  /** Absent in plans written before "I reached out today" existed. */
  lastContactOn: optionalCalendarDate.default(null),
});

/**
 * Every list in a plan and the schema of one entry in it. Entries keep their order within a list
 * (and, for action steps, within their goal).
 */
export const planListSchemas = {
  strengths: assessmentItemSchema,
  challenges: assessmentItemSchema,
  areasForGrowth: assessmentItemSchema,
  currentSituation: assessmentItemSchema,
  goals: goalSchema,
  actionSteps: actionStepSchema,
  people: supportPersonSchema,
  resources: resourceSchema,
  copingStrategies: copingStrategySchema,
  triggers: triggerSchema,
  earlyWarningSigns: warningSignSchema,
  worseningWarningSigns: warningSignSchema,
  crisisWarningSigns: warningSignSchema,
  careProfessionals: careProfessionalSchema,
  accountabilityCheckIns: accountabilityCheckInSchema,
} as const;

export type PlanListName = keyof typeof planListSchemas;
export const planListNames = Object.keys(planListSchemas) as PlanListName[];
export type PlanEntryData<L extends PlanListName = PlanListName> = z.infer<(typeof planListSchemas)[L]>;

/** Lists whose entries belong to a parent entry, and the list the parent is in. */
export const childListParents: Partial<Record<PlanListName, PlanListName>> = { actionSteps: 'goals' };

export const warningSignListByStage = {
  early: 'earlyWarningSigns',
  worsening: 'worseningWarningSigns',
  crisis: 'crisisWarningSigns',
} as const satisfies Record<WarningStage, PlanListName>;

/** A blank entry of each list, as a new form starts. */
export function blankEntry<L extends PlanListName>(list: L): PlanEntryData<L> {
  const blanks: { [K in PlanListName]: PlanEntryData<K> } = {
    strengths: { text: '' },
    challenges: { text: '' },
    areasForGrowth: { text: '' },
    currentSituation: { text: '' },
    goals: {
      statement: '',
      specific: '',
      measurable: '',
      target: '',
      achievable: '',
      relevant: '',
      targetDate: null,
      horizon: 'short-term',
      status: 'not-started',
      metric: null,
      questionnaire: null,
    },
    actionSteps: { text: '', dueDate: null, done: false },
    people: {
      name: '',
      relationship: 'friend',
      contact: '',
      helpsWith: '',
      checkInFrequency: '',
      lastContactOn: null,
    },
    resources: { name: '', kind: 'support-group', contact: '', whenWhere: '', howItFits: '' },
    copingStrategies: { name: '', kind: 'other', whenItHelps: '', triggerIds: [], frequency: '' },
    triggers: { kind: 'situation', description: '', notes: '' },
    earlyWarningSigns: { description: '' },
    worseningWarningSigns: { description: '' },
    crisisWarningSigns: { description: '' },
    careProfessionals: { name: '', role: '', contact: '', appointments: '' },
    accountabilityCheckIns: { withWhom: '', howOften: '', notes: '', lastContactOn: null },
  };
  return blanks[list];
}

/** The field that names an entry of each list: its title in lists, links, the PDF and the change history. */
export const entryTitleFields = {
  strengths: 'text',
  challenges: 'text',
  areasForGrowth: 'text',
  currentSituation: 'text',
  goals: 'statement',
  actionSteps: 'text',
  people: 'name',
  resources: 'name',
  copingStrategies: 'name',
  triggers: 'description',
  earlyWarningSigns: 'description',
  worseningWarningSigns: 'description',
  crisisWarningSigns: 'description',
  careProfessionals: 'name',
  accountabilityCheckIns: 'withWhom',
} as const satisfies { [L in PlanListName]: keyof PlanEntryData<L> };

/** The words that name an entry in lists, messages and the change history. */
export function entryTitle(list: PlanListName, data: PlanEntryData): string {
  const named = (data as Record<string, unknown>)[entryTitleFields[list]];
  const title = typeof named === 'string' ? named.trim().split('\n')[0]! : '';
  return title.length > 80 ? `${title.slice(0, 79)}…` : title;
}
