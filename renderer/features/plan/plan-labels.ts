import type { Choice } from '../../components/form-fields';
import type {
  copingKinds,
  goalHorizons,
  goalStatuses,
  relationships,
  resourceKinds,
  triggerKinds,
} from '../../../shared/plan/plan-entries';
import type { recoveryKinds, reviewCadences } from '../../../shared/plan/plan-sections';

type Labels<T extends readonly string[]> = { [K in T[number]]: string };

const choices = <T extends string>(labels: Record<T, string>): Choice<T>[] =>
  (Object.entries(labels) as [T, string][]).map(([value, label]) => ({ value, label }));

export const recoveryKindLabels: Labels<typeof recoveryKinds> = {
  addiction: 'Addiction',
  'mental-health': 'Mental health',
  physical: 'Physical injury or illness',
  'life-event': 'Another life event',
};

/** A review's three notes, as the Reviews form asks for them and the PDF prints them. */
export const reviewNoteLabels = {
  working: 'What is working',
  notWorking: 'What is not working',
  changes: 'What I will change',
} as const;

export const goalStatusLabels: Labels<typeof goalStatuses> = {
  'not-started': 'Not started',
  'in-progress': 'In progress',
  achieved: 'Achieved',
  paused: 'Paused',
  'let-go': 'Let go',
};

export const goalHorizonLabels: Labels<typeof goalHorizons> = {
  'short-term': 'Short-term',
  'long-term': 'Long-term',
};

export const relationshipLabels: Labels<typeof relationships> = {
  family: 'Family',
  friend: 'Friend',
  partner: 'Partner',
  sponsor: 'Sponsor',
  peer: 'Peer',
  therapist: 'Therapist',
  doctor: 'Doctor',
  other: 'Other',
};

export const resourceKindLabels: Labels<typeof resourceKinds> = {
  'support-group': 'Support group',
  'professional-service': 'Professional service',
  'self-help': 'Self-help tool',
  community: 'Community organisation',
  'crisis-line': 'Crisis line',
};

export const copingKindLabels: Labels<typeof copingKinds> = {
  mindfulness: 'Mindfulness',
  relaxation: 'Relaxation',
  'physical-activity': 'Physical activity',
  hobby: 'Hobby',
  journaling: 'Journaling',
  social: 'Social',
  'professional-support': 'Professional support',
  other: 'Other',
};

export const triggerKindLabels: Labels<typeof triggerKinds> = {
  person: 'A person',
  place: 'A place',
  feeling: 'A feeling',
  situation: 'A situation',
  time: 'A time',
  other: 'Something else',
};

export const reviewCadenceLabels: Labels<typeof reviewCadences> = {
  weekly: 'Every week',
  'every-2-weeks': 'Every 2 weeks',
  monthly: 'Every month',
  'every-3-months': 'Every 3 months',
  none: 'No set schedule',
};

export const recoveryKindChoices = choices(recoveryKindLabels);
export const goalStatusChoices = choices(goalStatusLabels);
export const goalHorizonChoices = choices(goalHorizonLabels);
export const relationshipChoices = choices(relationshipLabels);
export const resourceKindChoices = choices(resourceKindLabels);
export const copingKindChoices = choices(copingKindLabels);
export const triggerKindChoices = choices(triggerKindLabels);
export const reviewCadenceChoices = choices(reviewCadenceLabels);
