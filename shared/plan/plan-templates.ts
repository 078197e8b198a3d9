import type { PlanDocument } from './plan-document';
import { blankEntry, type PlanEntryData, type WarningStage } from './plan-entries';
import type { PlanSections, RecoveryKind } from './plan-sections';

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
  /** What I do at each stage of warning signs; the crisis stage always leads to the safety plan and urgent help. */
  stageActions: Record<WarningStage, string>;
  /** Words for the setback plan (which, for a physical injury or illness, is also the plan for a flare-up). */
  setbackPlan: Partial<PlanSections['setbackPlan']>;
  /**
   * The built-in check-in measures a plan started from this template asks about (mood always):
   * few, so a daily check-in stays short. Null keeps what the vault has (the blank plan).
   */
  measures: readonly string[] | null;
}

/** Every crisis stage starts here: the safety plan, and urgent help when safety is in doubt. */
const crisisFirstSteps =
  'Open my safety plan and follow it step by step. If I might not stay safe, I call my local emergency number or go to the nearest emergency department now.';

/** Thoughts of ending my life or harming myself are never waited out alone. */
const notAlone =
  'I do not stay alone: I call someone from my safety plan, or go to be with someone, until I feel safer.';

/** The crisis-stage sign every template with a risk to life names plainly. */
const thoughtsOfEndingMyLife = 'Thinking about ending my life or harming myself';

/** What a risk to life asks of me: the safety plan, the emergency number, and company. */
const whenMyLifeIsAtRisk = `If I am thinking about ending my life or harming myself: ${crisisFirstSteps} ${notAlone}`;

/**
 * Stopping alcohol or benzodiazepines suddenly after daily use can bring dangerous withdrawal, so
 * the goal and the setback plan both say it, with the signs that need an ambulance.
 */
const withdrawalSafety = (again: boolean) =>
  `If I have been drinking or taking benzodiazepines daily${again ? ' again' : ''}, I do not stop or cut down suddenly on my own: I call my doctor today, who can make it safe. Shaking, seeing or hearing things that are not there, confusion or a fit mean I call my local emergency number now, or someone with me does.`;

/** Medication stays as prescribed through a hard patch: changes are made with the prescriber. */
const keepMyMedication = 'Keep taking my medication, if I have any; no changes without my prescriber.';

export const planTemplates: readonly PlanTemplate[] = [
  {
    key: 'addiction',
    measures: ['cravings', 'sleep-quality', 'energy'],
    name: 'Addiction',
    description: 'Stopping or cutting down on alcohol, drugs, gambling or another habit that took over.',
    goals: [
      {
        // Stopping and cutting down are one goal with two aims to choose from, never two goals at once.
        // Titles show 80 characters, so the statement names both aims briefly and `specific` says how to choose.
        goal: {
          statement: 'Stay free of alcohol and drugs not prescribed to me, or cut down to my limit',
          specific: [
            'Stopping: I do not use alcohol or drugs that are not prescribed to me.',
            'Or, if my aim is to cut down for now: I decide my limit for a day and for a week, and keep some days with none at all.',
            'I keep the aim that is mine, reword this goal to say it, and can change it later.',
            'Either way, I take prescribed medication, methadone or buprenorphine included, as agreed with my prescriber, and I reach out when an urge gets strong.',
            withdrawalSafety(false),
          ].join('\n\n'),
          measurable:
            'Days without using, or days within my limit if I am cutting down, and how strong my cravings were, in my check-ins.',
          target: '30 days, then the next 30; or, if I am cutting down, within my limit on 6 days out of 7',
          achievable: 'I choose the aim that fits me now, and my doctor can help me reach it safely.',
          horizon: 'short-term',
          metric: 'cravings',
        },
        steps: [
          'Choose my aim for now, stopping or cutting down, and reword this goal to say it',
          'Drinking or benzodiazepines daily: call my doctor before I stop or cut down',
          'Write down my three riskiest times of day',
          'Tell one person I trust about my plan',
        ],
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
        name: 'HALT check: am I hungry, angry, lonely or tired?',
        kind: 'mindfulness',
        whenItHelps: 'When an urge comes out of nowhere: I see to what I need first.',
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
      { kind: 'feeling', description: 'Being hungry, angry, lonely or tired' },
      { kind: 'feeling', description: 'Feeling stressed or bored' },
      { kind: 'feeling', description: 'Feeling great and wanting to celebrate' },
      { kind: 'place', description: 'Places where I used to drink or use' },
      { kind: 'person', description: 'People I used with' },
      { kind: 'time', description: 'Evenings and paydays' },
    ],
    warningSigns: {
      early: ['Skipping meetings or check-ins', 'Remembering only the good times of using'],
      worsening: ['Keeping secrets from the people who support me', 'Telling myself that just one would be fine'],
      // A risk of use and a risk to life are two signs, each with its own actions below.
      crisis: ['Making plans to use', thoughtsOfEndingMyLife],
    },
    stageActions: {
      early:
        'Tell someone in my support network what I am noticing. Go to an extra meeting this week. Do a HALT check and put right what I can.',
      worsening:
        'Call my sponsor, if I have one, or a supporter today, not tomorrow. Keep away from the places and people I used with. Book time with my doctor or counsellor.',
      crisis: [
        'If I am making plans to use: I get away from anywhere I could use, and I call someone who supports me now. If I use anyway, I do not use alone, and I use less than I used to: after a break my body handles less. If opioids are involved, I keep naloxone with me and tell the people around me where it is. If someone is hard to wake or breathing slowly, I call my local emergency number straight away and give naloxone if I have it.',
        whenMyLifeIsAtRisk,
      ].join('\n\n'),
    },
    setbackPlan: {
      first24Hours: [
        'Pause, and get somewhere safe. Tell one person who supports me. Eat, drink water and rest.',
        'After a break my body handles less than it used to: if I use again, I do not use alone, I use less than before, and I keep naloxone to hand if opioids are involved.',
        withdrawalSafety(true),
        'When I am steady, I write down what led up to it and what I learned, and bring that to my next review.',
      ].join('\n\n'),
      whatIWillTellMyself: 'A lapse is information, not a reset. The days I stayed well still count.',
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
          // Counted in days out, not in mood: going out on a low day is the goal met.
          measurable: 'Days I went outside.',
          target: 'Every day for 4 weeks',
          horizon: 'short-term',
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
      { kind: 'situation', description: 'Several nights of poor sleep' },
      { kind: 'time', description: 'Anniversaries of hard events' },
    ],
    warningSigns: {
      early: ['Sleeping much more or much less', 'Cancelling plans with people'],
      worsening: ['Not eating properly', 'Thinking everything is hopeless'],
      crisis: [thoughtsOfEndingMyLife, 'Feeling I cannot keep myself safe'],
    },
    stageActions: {
      early: `Get back to basics: regular sleep, meals and a short walk. ${keepMyMedication} Tell someone I trust how I really am. Use my coping strategies every day, not only when I remember.`,
      worsening: `Contact my doctor or therapist within a day or two and tell them what has changed; if thoughts of ending my life or harming myself appear, I contact them today and open my safety plan. ${keepMyMedication} Ask a friend to check in on me. Put off what can wait.`,
      crisis: `${crisisFirstSteps} ${notAlone}`,
    },
    setbackPlan: {
      first24Hours:
        'Be gentle with myself. Do one small thing: eat, wash, step outside. Tell one person how I am. When I feel steadier, I write down what led up to it and what helped.',
      whatIWillTellMyself:
        'A bad spell is part of recovery, not the end of it. Bad spells pass, and help makes them pass sooner.',
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
          statement: 'Get back to something I want to be able to do again',
          specific:
            'Choose one everyday activity, such as carrying the shopping or a walk to the shops, and build up to it.',
          measurable: 'What I can do, and for how long, as well as my pain.',
          target: 'The activity I chose, done comfortably',
          horizon: 'long-term',
          metric: 'pain',
        },
        steps: ['Choose the activity and write down what I can do today'],
      },
      {
        goal: {
          statement: 'Build up by pacing: find my baseline, then add a little each week',
          specific:
            'Find how much I can do even on a bad day without a flare-up (my baseline), within the limits my surgeon or physiotherapist set. Start there and add a little each week, whatever the day feels like, and stay within those limits.',
          measurable: 'Minutes of activity each day, against my plan.',
          target: 'Steady progress for 6 weeks',
          horizon: 'short-term',
        },
        steps: ['Keep a three-day diary of activity and pain to find my baseline', 'Walk 10 minutes this week'],
      },
      {
        goal: {
          statement: 'Do my exercises as agreed with my physiotherapist',
          specific: 'Follow the exercise plan from my physiotherapist, and adjust it with them when needed.',
          measurable: 'Sessions done each week.',
          target: '5 sessions a week',
          horizon: 'short-term',
        },
        steps: ['Put the exercise sheet where I will see it', 'Set a daily reminder'],
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
        name: 'Remind myself that hurt is not always harm',
        kind: 'other',
        whenItHelps:
          'When my usual pain rises during exercise. Pain that is new, sudden or severe is different: I get it checked urgently, today.',
        frequency: 'During exercise',
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
      worsening: ['Staying in bed most of the day', 'Avoiding more and more because I fear the pain'],
      // The red flags come first: each has its own urgent action in the crisis stage's words.
      crisis: [
        'Chest pain or breathlessness, above all with a swollen calf after surgery',
        'Losing control of my bladder or bowels, or numbness between my legs',
        'A hot, red wound or joint, with a fever',
        'Feeling I cannot cope with the pain any more',
        thoughtsOfEndingMyLife,
      ],
    },
    stageActions: {
      early: 'Go back to my baseline for a few days, keep moving gently, and follow my setback plan (for a flare-up).',
      worsening:
        'Book an appointment with my physiotherapist or doctor and tell them what has changed. Ask someone to help with daily tasks for a while.',
      crisis: [
        'If I have chest pain or breathlessness, above all with a swollen calf after surgery: I call my local emergency number now.',
        'If I lose control of my bladder or bowels, or I am numb between my legs: I get urgent medical help now, at the nearest emergency department.',
        'If a wound or joint is hot and red and I have a fever: I get urgent medical help today, from my surgical team, my doctor or an urgent care service.',
        `If I feel I cannot cope with the pain any more, or I am thinking about ending my life or harming myself: ${crisisFirstSteps} ${notAlone} I tell my doctor how hard the pain has become.`,
      ].join('\n\n'),
    },
    setbackPlan: {
      first24Hours:
        'First, is this my usual pain flaring, or something new? New or sudden severe pain, or new numbness or weakness, is not something to wait out: I get urgent medical help now. For a red flag in my crisis-stage warning signs, I do what that stage says. A flare-up of my usual pain: I go back to my baseline, use heat or cold and gentle movement, and rest in short spells rather than all day.',
      whatIWillTellMyself: 'Hurt is not always harm. A flare-up settles, and it does not undo my progress.',
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
          // Counted in the times I made, not in mood: grieving can lower mood and still be the goal met.
          measurable: 'Times a week I made that time.',
          target: 'Twice a week',
          horizon: 'short-term',
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
      {
        name: 'Keep one small routine each day',
        kind: 'other',
        whenItHelps: 'When days lose their shape.',
        frequency: 'Daily',
      },
    ],
    triggers: [
      { kind: 'time', description: 'Anniversaries, holidays and birthdays' },
      { kind: 'place', description: 'Places full of memories' },
    ],
    warningSigns: {
      early: ['Withdrawing from friends'],
      worsening: ['Not looking after myself: meals, sleep, washing', 'Drinking more to get through the evenings'],
      crisis: [thoughtsOfEndingMyLife],
    },
    stageActions: {
      early: 'Reach out to one person this week and tell them how I really am. Keep my small daily routine.',
      worsening: 'Talk to my doctor or a counsellor. Ask someone close to check on me regularly.',
      crisis: `${crisisFirstSteps} ${notAlone}`,
    },
    setbackPlan: {
      whatIWillTellMyself: 'Grief and change come in waves. A hard day does not mean I am going backwards.',
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
    stageActions: { early: '', worsening: '', crisis: '' },
    setbackPlan: {},
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
  const stage = (name: WarningStage) => ({
    ...plan.warningSigns[name],
    signs: signs(name),
    actionPlan: withSuggestion(plan.warningSigns[name].actionPlan, template.stageActions[name]),
  });
  const setbackPlan = { ...plan.setbackPlan };
  for (const [field, suggestion] of Object.entries(template.setbackPlan) as [keyof typeof setbackPlan, string][]) {
    setbackPlan[field] = withSuggestion(setbackPlan[field], suggestion);
  }
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
    warningSigns: { early: stage('early'), worsening: stage('worsening'), crisis: stage('crisis') },
    setbackPlan,
  };
}

/** What the person wrote, with a template's suggestion after it unless it is already there. */
function withSuggestion(written: string, suggestion: string): string {
  if (!suggestion || written.includes(suggestion)) return written;
  return written.trim() ? `${written.trimEnd()}\n\n${suggestion}` : suggestion;
}
