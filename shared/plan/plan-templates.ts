import type { PlanDocument } from './plan-document';
import { blankEntry, type PlanEntryData, type WarningStage } from './plan-entries';
import type { RecoveryKind } from './plan-sections';

interface GoalSuggestion {
  goal: Pick<PlanEntryData<'goals'>, 'statement' | 'specific' | 'measurable' | 'horizon'> &
    Partial<PlanEntryData<'goals'>>;
  steps: string[];
}

/** Suggestions a plan can start from. Every word is ours, ships with the app and stays on the machine. */
export interface PlanTemplate {
  key: RecoveryKind | 'blank';
  name: string;
  description: string;
  goals: GoalSuggestion[];
  copingStrategies: Pick<PlanEntryData<'copingStrategies'>, 'name' | 'kind' | 'whenItHelps' | 'frequency'>[];
  triggers: Pick<PlanEntryData<'triggers'>, 'kind' | 'description'>[];
  warningSigns: Record<WarningStage, string[]>;
  /**
   * The built-in check-in measures a plan started from this template asks about (mood always):
   * few, so a daily check-in stays short. Null keeps what the vault has (the blank plan).
   */
  measures: readonly string[] | null;
}

export const planTemplates: readonly PlanTemplate[] = [
  {
    key: 'addiction',
    measures: ['cravings', 'sleep-quality', 'energy'],
    name: 'Addiction',
    description: 'Staying away from alcohol, drugs, gambling or another habit that took over.',
    goals: [
      {
        goal: {
          statement: 'Stay alcohol- or drug-free one day at a time',
          specific: 'Not use, and reach out when an urge gets strong.',
          measurable: 'Days without using, counted in my check-ins.',
          target: '90 days in a row',
          horizon: 'short-term',
          metric: 'cravings',
        },
        steps: ['Write down my three riskiest times of day', 'Tell one person I trust about my plan'],
      },
      {
        goal: {
          statement: 'Go to a support meeting every week',
          specific: 'Find a group that feels right and go to it weekly.',
          measurable: 'Meetings attended each week.',
          target: '1 meeting a week',
          horizon: 'short-term',
        },
        steps: ['Look up two groups near me or online', 'Go to a first meeting'],
      },
      {
        goal: {
          statement: 'Rebuild a daily routine that supports me',
          specific: 'Regular sleep, meals and one thing I enjoy each day.',
          measurable: 'Days I kept my routine.',
          target: '5 days out of 7',
          horizon: 'long-term',
        },
        steps: ['Pick a fixed time to get up'],
      },
    ],
    copingStrategies: [
      {
        name: 'Urge surfing: notice the craving and let it pass',
        kind: 'mindfulness',
        whenItHelps: 'When a craving comes on; most pass within 20 minutes.',
        frequency: 'Whenever an urge starts',
      },
      {
        name: 'Call or text someone from my support network',
        kind: 'social',
        whenItHelps: 'When I feel alone or tempted.',
        frequency: 'As needed',
      },
      {
        name: 'A brisk walk',
        kind: 'physical-activity',
        whenItHelps: 'When I am restless or stuck in my head.',
        frequency: 'Daily',
      },
    ],
    triggers: [
      { kind: 'feeling', description: 'Feeling stressed, bored or lonely' },
      { kind: 'place', description: 'Places where I used to drink or use' },
      { kind: 'person', description: 'People I used with' },
      { kind: 'time', description: 'Evenings and paydays' },
    ],
    warningSigns: {
      early: ['Skipping meetings or check-ins', 'Romanticising the past'],
      worsening: ['Keeping secrets from the people who support me'],
      crisis: ['Making plans to use'],
    },
  },
  {
    key: 'mental-health',
    measures: ['anxiety', 'energy', 'sleep-hours', 'sleep-quality'],
    name: 'Mental health',
    description: 'Recovering from depression, anxiety, burnout or another mental-health condition.',
    goals: [
      {
        goal: {
          statement: 'Get out of the house every day',
          specific: 'Step outside for at least 15 minutes, even on hard days.',
          measurable: 'Days I went outside.',
          target: 'Every day for 4 weeks',
          horizon: 'short-term',
          metric: 'mood',
        },
        steps: ['Choose a short route I like', 'Put my shoes by the door'],
      },
      {
        goal: {
          statement: 'Sleep on a steadier schedule',
          specific: 'Go to bed and get up within the same hour each day.',
          measurable: 'Hours of sleep and how rested I feel.',
          target: '7 hours on most nights',
          horizon: 'short-term',
          metric: 'sleep-hours',
        },
        steps: ['Set a wind-down alarm', 'Keep my phone out of the bedroom'],
      },
      {
        goal: {
          statement: 'Work with a therapist regularly',
          specific: 'Find a therapist and keep my appointments.',
          measurable: 'Sessions attended.',
          target: 'Every two weeks',
          horizon: 'long-term',
        },
        steps: ['Ask my doctor for a referral'],
      },
    ],
    copingStrategies: [
      {
        name: 'Slow breathing: in for 4, out for 6',
        kind: 'relaxation',
        whenItHelps: 'When anxiety rises or my thoughts race.',
        frequency: 'Twice a day, and when needed',
      },
      {
        name: 'Write down three things that went all right today',
        kind: 'journaling',
        whenItHelps: 'In the evening, when the day feels like a failure.',
        frequency: 'Every evening',
      },
      {
        name: 'Message a friend',
        kind: 'social',
        whenItHelps: 'When I start to withdraw.',
        frequency: 'A few times a week',
      },
    ],
    triggers: [
      { kind: 'situation', description: 'Too much on my plate at once' },
      { kind: 'feeling', description: 'Feeling judged or criticised' },
      { kind: 'time', description: 'Anniversaries of hard events' },
    ],
    warningSigns: {
      early: ['Sleeping much more or much less', 'Cancelling plans with people'],
      worsening: ['Not eating properly', 'Thinking everything is hopeless'],
      crisis: ['Thinking about harming myself'],
    },
  },
  {
    key: 'physical',
    measures: ['pain', 'sleep-quality', 'energy'],
    name: 'Physical injury or illness',
    description: 'Getting back to life after an injury, an operation or a long illness.',
    goals: [
      {
        goal: {
          statement: 'Do my exercises as prescribed',
          specific: 'Follow the exercise plan from my physiotherapist.',
          measurable: 'Sessions done each week.',
          target: '5 sessions a week',
          horizon: 'short-term',
          metric: 'pain',
        },
        steps: ['Put the exercise sheet where I will see it', 'Set a daily reminder'],
      },
      {
        goal: {
          statement: 'Walk further, a little at a time',
          specific: 'Add a few minutes to my walk each week.',
          measurable: 'Minutes walked.',
          target: '30 minutes without stopping',
          horizon: 'long-term',
        },
        steps: ['Walk 10 minutes this week'],
      },
    ],
    copingStrategies: [
      {
        name: 'Pace myself: rest before I am exhausted',
        kind: 'other',
        whenItHelps: 'On good days, so I do not pay for them tomorrow.',
        frequency: 'Daily',
      },
      {
        name: 'Body scan to relax tense muscles',
        kind: 'mindfulness',
        whenItHelps: 'When pain flares or before sleep.',
        frequency: 'Every evening',
      },
      {
        name: 'A hobby I can do sitting down',
        kind: 'hobby',
        whenItHelps: 'When I feel frustrated about what I cannot do yet.',
        frequency: 'A few times a week',
      },
    ],
    triggers: [
      { kind: 'situation', description: 'Overdoing it on a good day' },
      { kind: 'feeling', description: 'Frustration about slow progress' },
      { kind: 'time', description: 'Cold or damp weather' },
    ],
    warningSigns: {
      early: ['Skipping my exercises', 'Pain keeping me awake'],
      worsening: ['Staying in bed most of the day'],
      crisis: ['New or sudden severe pain'],
    },
  },
  {
    key: 'life-event',
    measures: ['anxiety', 'sleep-quality', 'energy'],
    name: 'Another life event',
    description: 'Finding my feet after a loss, a separation, a move or another big change.',
    goals: [
      {
        goal: {
          statement: 'Give myself time each week for what I have been through',
          specific: 'Set aside time to feel, write or talk about it.',
          measurable: 'Times a week I made that time.',
          target: 'Twice a week',
          horizon: 'short-term',
          metric: 'mood',
        },
        steps: ['Pick a regular time and place'],
      },
      {
        goal: {
          statement: 'Stay connected with people who care about me',
          specific: 'See or call someone I trust.',
          measurable: 'Contacts each week.',
          target: '3 a week',
          horizon: 'short-term',
        },
        steps: ['Make a list of five people', 'Arrange one coffee or call'],
      },
    ],
    copingStrategies: [
      {
        name: 'Write a letter I do not send',
        kind: 'journaling',
        whenItHelps: 'When feelings pile up with nowhere to go.',
        frequency: 'When needed',
      },
      {
        name: 'A walk in nature',
        kind: 'physical-activity',
        whenItHelps: 'When the house feels too quiet.',
        frequency: 'A few times a week',
      },
    ],
    triggers: [
      { kind: 'time', description: 'Anniversaries, holidays and birthdays' },
      { kind: 'place', description: 'Places full of memories' },
    ],
    warningSigns: {
      early: ['Withdrawing from friends'],
      worsening: ['Not looking after myself: meals, sleep, hygiene'],
      crisis: ['Feeling I cannot go on'],
    },
  },
  {
    key: 'blank',
    measures: null,
    name: 'Blank plan',
    description: 'Start with nothing filled in and write every part in your own words.',
    goals: [],
    copingStrategies: [],
    triggers: [],
    warningSigns: { early: [], worsening: [], crisis: [] },
  },
];

export type PlanTemplateKey = PlanTemplate['key'];
export const planTemplateKeys = planTemplates.map((template) => template.key) as [
  PlanTemplateKey,
  ...PlanTemplateKey[],
];

/**
 * The plan with a template's suggestions added after what is already there. Ids come from
 * `newId`, so this stays a pure function and main decides how ids are made.
 */
export function withTemplateSuggestions(plan: PlanDocument, template: PlanTemplate, newId: () => string): PlanDocument {
  const recoveringFrom =
    template.key === 'blank' || plan.about.recoveringFrom.includes(template.key)
      ? plan.about.recoveringFrom
      : [...plan.about.recoveringFrom, template.key];
  const signs = (stage: WarningStage) => [
    ...plan.warningSigns[stage].signs,
    ...template.warningSigns[stage].map((description) => ({ id: newId(), description })),
  ];
  return {
    ...plan,
    about: { ...plan.about, recoveringFrom },
    goals: [
      ...plan.goals,
      ...template.goals.map(({ goal, steps }) => ({
        ...blankEntry('goals'),
        ...goal,
        id: newId(),
        actionSteps: steps.map((text) => ({ ...blankEntry('actionSteps'), text, id: newId() })),
      })),
    ],
    copingStrategies: [
      ...plan.copingStrategies,
      ...template.copingStrategies.map((strategy) => ({ ...blankEntry('copingStrategies'), ...strategy, id: newId() })),
    ],
    triggers: [
      ...plan.triggers,
      ...template.triggers.map((trigger) => ({ ...blankEntry('triggers'), ...trigger, id: newId() })),
    ],
    warningSigns: {
      early: { ...plan.warningSigns.early, signs: signs('early') },
      worsening: { ...plan.warningSigns.worsening, signs: signs('worsening') },
      crisis: { ...plan.warningSigns.crisis, signs: signs('crisis') },
    },
  };
}
