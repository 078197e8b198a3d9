import type { Choice } from '../../components/form-fields';
import type { MeasureName } from '../../../shared/metrics/custom-metric';
import { formatDate } from '../../lib/format-date';
import type { PlanDocument } from '../../../shared/plan/plan-document';
import { questionnaireForms } from '../../../shared/questionnaires/questionnaire-forms';
import type { PlanListName } from '../../../shared/plan/plan-entries';
import type { PlanSectionName } from '../../../shared/plan/plan-sections';
import { safetyPlanStepTitles, safetyPlanSteps, type SafetyPlanStep } from '../../../shared/plan/safety-plan';
import {
  copingKindChoices,
  goalHorizonChoices,
  goalStatusChoices,
  recoveryKindChoices,
  relationshipChoices,
  resourceKindChoices,
  reviewCadenceChoices,
  triggerKindChoices,
} from './plan-labels';

/** How one field of a plan form is shown. `name` may be dotted for nested values (`early.actionPlan`). */
export type FieldSpec = {
  name: string;
  label: string;
  hint?: string;
  /** Left off paper: the PDF's plan part never prints it (it has a place of its own there, if any). */
  screenOnly?: true;
} & (
  | { kind: 'line' | 'note' | 'date' | 'checkbox' }
  | { kind: 'choice'; options: readonly Choice<string>[]; emptyAs?: null }
  /** One of my check-in measures (built-in or my own), or none. */
  | { kind: 'measure' }
  | { kind: 'choices'; options(plan: PlanDocument): readonly Choice<string>[]; emptyText?: string }
);

const line = (name: string, label: string, hint?: string): FieldSpec => ({ name, label, hint, kind: 'line' });
const note = (name: string, label: string, hint?: string): FieldSpec => ({ name, label, hint, kind: 'note' });
const date = (name: string, label: string, hint?: string): FieldSpec => ({ name, label, hint, kind: 'date' });
const choice = (name: string, label: string, options: readonly Choice<string>[]): FieldSpec => ({
  name,
  label,
  kind: 'choice',
  options,
});

const cadenceHint =
  'For example "weekly", "every 3 days", "twice a week" or "monthly". Today shows when it is time to reach out.';

/** A picked person or service as its choice reads: "Alex (sponsor): 07700 900456". */
const pickedChoice = (value: string, name: string, contact: string): Choice<string> => ({
  value,
  label: contact.trim() ? `${name}: ${contact.trim()}` : name,
});

/** A safety plan step's form label: its number, then its title. */
const stepLabel = (step: SafetyPlanStep) => `${safetyPlanSteps.indexOf(step) + 1}. ${safetyPlanStepTitles[step]}`;

const assessmentFields = [note('text', 'In my words')];
const warningSignFields = [line('description', 'Warning sign')];

/** The form of one entry in each list, in the order the fields appear. */
export const entryFields: Record<PlanListName, FieldSpec[]> = {
  strengths: assessmentFields,
  challenges: assessmentFields,
  areasForGrowth: assessmentFields,
  currentSituation: assessmentFields,
  goals: [
    line('statement', 'My goal', 'One sentence, in your own words.'),
    note('specific', 'Specific: what exactly will I do?'),
    note('measurable', 'Measurable: what will I measure?'),
    line('target', 'Target', 'For example "3 walks a week" or "90 days".'),
    note('achievable', 'Achievable: why is this realistic for me now?'),
    note('relevant', 'Relevant: why does this matter to me?'),
    date('targetDate', 'Time-bound: by when?'),
    choice('horizon', 'Short-term or long-term', goalHorizonChoices),
    choice('status', 'Status', goalStatusChoices),
    {
      name: 'metric',
      label: 'Measure progress with this check-in',
      hint: 'Optional. Any of my check-in measures, including ones I made myself. Progress shows how it changes.',
      kind: 'measure',
    },
    {
      name: 'questionnaire',
      label: 'Or follow a questionnaire’s score',
      hint: 'Optional. For example “PHQ-9 below 10 by March”: Progress shows my first and latest score beside the target.',
      kind: 'choice',
      // Which form a goal follows says which screening I use: on paper only its scores say so, and
      // only when questionnaire results are chosen for the PDF.
      screenOnly: true,
      options: [
        { value: '', label: 'None' },
        ...questionnaireForms.map((form) => ({ value: form.id, label: `My ${form.shortName} score` })),
      ],
      emptyAs: null,
    },
  ],
  actionSteps: [line('text', 'Step'), date('dueDate', 'Due'), { name: 'done', label: 'Done', kind: 'checkbox' }],
  people: [
    line('name', 'Name'),
    choice('relationship', 'Relationship', relationshipChoices),
    line('contact', 'How to reach them', 'Phone, email, or where to find them.'),
    note('helpsWith', 'What they help with'),
    line('checkInFrequency', 'How often we check in', cadenceHint),
    date('lastContactOn', 'When I last checked in'),
  ],
  resources: [
    line('name', 'Name'),
    choice('kind', 'Kind', resourceKindChoices),
    line('contact', 'Phone, website or address'),
    note('whenWhere', 'When and where'),
    note('howItFits', 'How it fits my goals'),
  ],
  copingStrategies: [
    line('name', 'What I do'),
    choice('kind', 'Kind', copingKindChoices),
    note('whenItHelps', 'When it helps'),
    {
      name: 'triggerIds',
      label: 'Triggers it answers',
      kind: 'choices',
      options: (plan) => plan.triggers.map((trigger) => ({ value: trigger.id, label: trigger.description })),
      emptyText: 'Add triggers to your plan to link them here.',
    },
    line('frequency', 'How often I mean to practise it'),
  ],
  triggers: [
    choice('kind', 'Kind of trigger', triggerKindChoices),
    line('description', 'The trigger, in my words'),
    note('notes', 'What I notice, and what helps'),
  ],
  earlyWarningSigns: warningSignFields,
  worseningWarningSigns: warningSignFields,
  crisisWarningSigns: warningSignFields,
  careProfessionals: [
    line('name', 'Name'),
    line('role', 'Role', 'For example GP, psychiatrist, physiotherapist, counsellor.'),
    line('contact', 'How to reach them'),
    note('appointments', 'When I see them'),
  ],
  accountabilityCheckIns: [
    line('withWhom', 'With whom'),
    line('howOften', 'How often', cadenceHint),
    date('lastContactOn', 'When we last caught up'),
    note('notes', 'What we go over'),
  ],
};

const stageResponseFields = (stage: string, title: string): FieldSpec[] => [
  note(`${stage}.actionPlan`, `${title}: what I will do`),
  note(`${stage}.peopleToCall`, `${title}: people to call`),
];

/** The form of each one-form section. */
export const sectionFields: Record<PlanSectionName, FieldSpec[]> = {
  about: [
    {
      name: 'recoveringFrom',
      label: 'What I am recovering from',
      kind: 'choices',
      options: () => recoveryKindChoices,
    },
    note('inMyOwnWords', 'In my own words'),
    date('startDate', 'When my recovery started'),
    date(
      'cleanDate',
      'The day I count from',
      'Only if you count days. It goes with "What I call the days I count", just below: sober, clean, smoke-free or your own word. Waypoint counts the days from it.',
    ),
    line(
      'countedAs',
      'What I call the days I count',
      'Your own word, for example sober, clean, alcohol-free or smoke-free. Shown as "90 days sober".',
    ),
    line(
      'setbackWord',
      'What I call a setback',
      'Your own word for a day that did not go to plan: a lapse, a slip, a flare-up, a bad spell. Waypoint uses it in check-ins and my PDF.',
    ),
    note('coOccurring', 'Other conditions I live with'),
    note('whatRecoveryMeans', 'What recovery means to me'),
  ],
  setbackPlan: [
    note('first24Hours', 'What I do in the first 24 hours after a lapse or a bad turn'),
    note('whatIWillTellMyself', 'What I will tell myself'),
    note('whoIContact', 'Who I contact'),
    note('reasonsForRecovery', 'My reasons for recovery'),
  ],
  safetyPlan: [
    note(
      'warningSigns',
      stepLabel('warningSigns'),
      'Thoughts, feelings or situations that tell me a crisis may be coming.',
    ),
    note('thingsICanDoAlone', stepLabel('thingsICanDoAlone')),
    note('peopleAndPlaces', stepLabel('peopleAndPlaces')),
    note('peopleICanAsk', stepLabel('peopleICanAsk'), 'In what order, and what I will say.'),
    {
      name: 'peopleICanAskIds',
      label: 'From my support network',
      kind: 'choices',
      options: (plan) =>
        plan.supportNetwork.people.map((person) => pickedChoice(person.id, person.name, person.contact)),
      emptyText: 'People I add to my support network can be picked here, with their numbers.',
    },
    note(
      'professionalsAndCrisisLines',
      stepLabel('professionalsAndCrisisLines'),
      'Who I contact, and when. My local crisis line belongs here.',
    ),
    {
      name: 'professionalIds',
      label: 'From my care team and resources',
      kind: 'choices',
      options: (plan) =>
        [...plan.careTeam.professionals, ...plan.supportNetwork.resources].map((entry) =>
          pickedChoice(entry.id, entry.name, entry.contact),
        ),
      emptyText: 'Professionals in my care team, and crisis lines in my resources, can be picked here.',
    },
    note(
      'saferSurroundings',
      stepLabel('saferSurroundings'),
      'Only what applies to me, if anything. Are there medicines I do not need right now, alcohol or drugs, a weapon, or something else I could hurt myself with? For each: who could keep it for me, or how I put it out of reach.',
    ),
    note('reasonsForLiving', stepLabel('reasonsForLiving')),
    date('reviewedOn', 'Last reviewed'),
  ],
  selfCare: [
    note('sleep', 'Sleep'),
    note('movement', 'Movement'),
    note('food', 'Food'),
    note('stressRoutines', 'Routines for stress'),
    note('dailyMustDos', 'My daily must-dos'),
    note('realisticExpectations', 'Realistic expectations I want to remember'),
    note('smallVictories', 'Small victories to celebrate'),
  ],
  warningResponses: [
    ...stageResponseFields('early', 'Early signs'),
    ...stageResponseFields('worsening', 'Worsening signs'),
    ...stageResponseFields('crisis', 'Crisis'),
  ],
  reviewSchedule: [
    choice('cadence', 'How often I review my plan', reviewCadenceChoices),
    date('nextReviewOn', 'Next review'),
  ],
};

/** The label of a field, for the change history. */
export function fieldLabel(part: PlanListName | PlanSectionName, field: string): string {
  return fieldSpec(part, field)?.label ?? field;
}

/** How a field of a list entry or a section is shown, found by its (dotted) name. */
export function fieldSpec(part: PlanListName | PlanSectionName, field: string): FieldSpec | undefined {
  const fields: FieldSpec[] =
    part in entryFields ? entryFields[part as PlanListName] : sectionFields[part as PlanSectionName];
  return fields.find((spec) => spec.name === field);
}

/** The choices of a measure field: none, then each measure by its name. */
export function measureChoices(measures: readonly MeasureName[]): Choice<string>[] {
  return [{ value: '', label: 'None' }, ...measures.map((measure) => ({ value: measure.key, label: measure.label }))];
}

/** A field's value in words: choices by their labels, dates written out, empty as "(empty)". */
export function fieldText(
  spec: FieldSpec | undefined,
  value: unknown,
  plan: PlanDocument,
  measures: readonly MeasureName[],
): string {
  if (value === null || value === '' || (Array.isArray(value) && value.length === 0)) return '(empty)';
  if (typeof value === 'boolean') return value ? 'Yes' : 'No';
  const options =
    spec?.kind === 'choice'
      ? spec.options
      : spec?.kind === 'choices'
        ? spec.options(plan)
        : spec?.kind === 'measure'
          ? measureChoices(measures)
          : [];
  const words = (item: unknown) => options.find((option) => option.value === item)?.label ?? String(item);
  if (Array.isArray(value)) return value.map(words).join(', ');
  if (spec?.kind === 'date' && typeof value === 'string') return formatDate(value);
  const text = words(value);
  return text.length > 300 ? `${text.slice(0, 299)}…` : text;
}
