import type { AnswerOption, QuestionnaireForm, QuestionnaireId, ScoreBand } from './questionnaire-form';

/*
 * The published wording, typed exactly; docs/questionnaires.md names each source and pins every
 * item, option, band and threshold (tests/unit/shared/questionnaire-forms.test.ts compares them).
 * Nothing here may be reworded: a reworded item is no longer the validated form.
 */

/** The PHQ and GAD-7 credit line, as their terms ask for it. */
const phqCredit =
  'Developed by Drs. Robert L. Spitzer, Janet B.W. Williams, Kurt Kroenke and colleagues, with an educational grant from Pfizer Inc. No permission required to reproduce, translate, display or distribute.';

/** How often, over the last two weeks: the PHQ-9's and GAD-7's four answers. */
const howOften: readonly AnswerOption[] = [
  { points: 0, label: 'Not at all' },
  { points: 1, label: 'Several days' },
  { points: 2, label: 'More than half the days' },
  { points: 3, label: 'Nearly every day' },
];

const howDifficult: readonly AnswerOption[] = [
  { points: 0, label: 'Not difficult at all' },
  { points: 1, label: 'Somewhat difficult' },
  { points: 2, label: 'Very difficult' },
  { points: 3, label: 'Extremely difficult' },
];

const band = (from: number, to: number, name: string, talkItOver: boolean): ScoreBand => ({
  from,
  to,
  name,
  talkItOver,
});

/** A two-item screener's bands: below its cut-off of 3, or at or above it. */
const screenerBands: readonly ScoreBand[] = [band(0, 2, 'lower', false), band(3, 6, 'higher', true)];

const phq9: QuestionnaireForm = {
  id: 'phq-9',
  version: 1,
  shortName: 'PHQ-9',
  title: 'Patient Health Questionnaire (PHQ-9)',
  measures: 'How often low mood and the problems that often come with it bothered me over the last two weeks.',
  period: 'the last two weeks',
  stem: 'Over the last 2 weeks, how often have you been bothered by any of the following problems?',
  items: [
    'Little interest or pleasure in doing things',
    'Feeling down, depressed, or hopeless',
    'Trouble falling or staying asleep, or sleeping too much',
    'Feeling tired or having little energy',
    'Poor appetite or overeating',
    'Feeling bad about yourself — or that you are a failure or have let yourself or your family down',
    'Trouble concentrating on things, such as reading the newspaper or watching television',
    'Moving or speaking so slowly that other people could have noticed? Or the opposite — being so fidgety or restless that you have been moving around a lot more than usual',
    'Thoughts that you would be better off dead or of hurting yourself in some way',
  ],
  options: howOften,
  followUp: {
    text: 'If you checked off any problems, how difficult have these problems made it for you to do your work, take care of things at home, or get along with other people?',
    options: howDifficult,
  },
  bands: [
    band(0, 4, 'minimal', false),
    band(5, 9, 'mild', false),
    band(10, 14, 'moderate', true),
    band(15, 19, 'moderately severe', true),
    band(20, 27, 'severe', true),
  ],
  reliableChange: 5,
  riskItem: 8,
  credit: phqCredit,
};

const gad7: QuestionnaireForm = {
  id: 'gad-7',
  version: 1,
  shortName: 'GAD-7',
  title: 'Generalized Anxiety Disorder 7-item scale (GAD-7)',
  measures: 'How often worry, nerves and restlessness bothered me over the last two weeks.',
  period: 'the last two weeks',
  stem: 'Over the last 2 weeks, how often have you been bothered by the following problems?',
  items: [
    'Feeling nervous, anxious, or on edge',
    'Not being able to stop or control worrying',
    'Worrying too much about different things',
    'Trouble relaxing',
    'Being so restless that it is hard to sit still',
    'Becoming easily annoyed or irritable',
    'Feeling afraid as if something awful might happen',
  ],
  options: howOften,
  // Its closing question is left out until its printed wording is confirmed: reproductions differ
  // (docs/questionnaires.md). It is not part of the total.
  bands: [
    band(0, 4, 'minimal', false),
    band(5, 9, 'mild', false),
    band(10, 14, 'moderate', true),
    band(15, 21, 'severe', true),
  ],
  reliableChange: 4,
  credit: phqCredit,
};

/** A two-item short form: the full form's first two items, stem and options, as published. */
function firstTwoItemsOf(
  full: QuestionnaireForm,
  id: QuestionnaireId,
  shortName: string,
  title: string,
  measures: string,
): QuestionnaireForm {
  return {
    id,
    version: 1,
    shortName,
    title,
    measures,
    period: full.period,
    stem: full.stem,
    items: full.items.slice(0, 2),
    options: full.options,
    bands: screenerBands,
    credit: full.credit,
    shortFormOf: full.id,
  };
}

const phq2 = firstTwoItemsOf(
  phq9,
  'phq-2',
  'PHQ-2',
  'Patient Health Questionnaire-2 (PHQ-2)',
  'The first two questions of the PHQ-9: a quick look at low mood and lost interest over the last two weeks.',
);

const gad2 = firstTwoItemsOf(
  gad7,
  'gad-2',
  'GAD-2',
  'Generalized Anxiety Disorder 2-item scale (GAD-2)',
  'The first two questions of the GAD-7: a quick look at nerves and worry over the last two weeks.',
);

/** Higher is better here: the published options from "All of the time" (5) to "At no time" (0). */
const who5: QuestionnaireForm = {
  id: 'who-5',
  version: 1,
  shortName: 'WHO-5',
  title: 'WHO-5 Well-Being Index',
  measures:
    'How good I have felt over the last two weeks: cheerful, calm, active, rested and interested. A higher score means better well-being.',
  period: 'the last two weeks',
  stem: 'Please indicate for each of the five statements which is closest to how you have been feeling over the last two weeks.',
  items: [
    'I have felt cheerful and in good spirits',
    'I have felt calm and relaxed',
    'I have felt active and vigorous',
    'I woke up feeling fresh and rested',
    'My daily life has been filled with things that interest me',
  ],
  options: [
    { points: 5, label: 'All of the time' },
    { points: 4, label: 'Most of the time' },
    { points: 3, label: 'More than half of the time' },
    { points: 2, label: 'Less than half of the time' },
    { points: 1, label: 'Some of the time' },
    { points: 0, label: 'At no time' },
  ],
  multiplier: 4,
  higherIsBetter: true,
  bands: [band(0, 28, 'very low', true), band(29, 50, 'low', true), band(51, 100, 'higher', false)],
  reliableChange: 10,
  credit:
    'WHO-5 Well-Being Index (1998 version), Psychiatric Research Unit, WHO Collaborating Centre in Mental Health, Frederiksborg General Hospital, Hillerød, Denmark.',
  adaptation:
    'Left out of the published instructions: the sentence saying that higher numbers mean better well-being, and the example of ticking a box. Here answers are chosen on screen, and the number keys only pick an answer.',
};

/** The AUDIT's first question's answers: how often I have a drink. */
const howOftenDrink: readonly AnswerOption[] = [
  { points: 0, label: 'Never' },
  { points: 1, label: 'Monthly or less' },
  { points: 2, label: '2 to 4 times a month' },
  { points: 3, label: '2 to 3 times a week' },
  { points: 4, label: '4 or more times a week' },
];

/** Items 1 to 3 of the WHO's AUDIT, with the WHO's "drinks". */
const auditC: QuestionnaireForm = {
  id: 'audit-c',
  version: 1,
  shortName: 'AUDIT-C',
  title: 'Alcohol Use Disorders Identification Test – Consumption (AUDIT-C)',
  measures: 'How often and how much I drink: the first three questions of the AUDIT.',
  period: 'my drinking as it is now',
  intro:
    'A “drink” here is one standard drink as the WHO’s AUDIT counts it: about 10 g of pure alcohol. That is roughly 330 ml of beer at 4%, 100 ml of wine at 12.5% or 30 ml of spirits at 40%. (A US standard drink holds 14 g.)',
  items: [
    'How often do you have a drink containing alcohol?',
    'How many drinks containing alcohol do you have on a typical day when you are drinking?',
    'How often do you have six or more drinks on one occasion?',
  ],
  options: howOftenDrink,
  itemOptions: [
    howOftenDrink,
    [
      { points: 0, label: '1 or 2' },
      { points: 1, label: '3 or 4' },
      { points: 2, label: '5 or 6' },
      { points: 3, label: '7, 8, or 9' },
      { points: 4, label: '10 or more' },
    ],
    [
      { points: 0, label: 'Never' },
      { points: 1, label: 'Less than monthly' },
      { points: 2, label: 'Monthly' },
      { points: 3, label: 'Weekly' },
      { points: 4, label: 'Daily or almost daily' },
    ],
  ],
  bands: [band(0, 2, 'lower', false), band(3, 12, 'higher', true)],
  maleBands: [band(0, 3, 'lower', false), band(4, 12, 'higher', true)],
  credit:
    'AUDIT-C: questions 1 to 3 of the Alcohol Use Disorders Identification Test (AUDIT), World Health Organization. In the public domain.',
};

const pcl5: QuestionnaireForm = {
  id: 'pcl-5',
  version: 1,
  shortName: 'PCL-5',
  title: 'PTSD Checklist for DSM-5 (PCL-5)',
  measures: 'How much problems that can follow a very stressful experience bothered me over the past month.',
  period: 'the past month',
  intro:
    'This form asks how much some problems that can follow a very stressful experience have bothered me in the past month. It does not ask me to describe what happened. I can stop at any time: my answers so far are kept.',
  stem: 'In the past month, how much were you bothered by:',
  items: [
    'Repeated, disturbing, and unwanted memories of the stressful experience?',
    'Repeated, disturbing dreams of the stressful experience?',
    'Suddenly feeling or acting as if the stressful experience were actually happening again (as if you were actually back there reliving it)?',
    'Feeling very upset when something reminded you of the stressful experience?',
    'Having strong physical reactions when something reminded you of the stressful experience (for example, heart pounding, trouble breathing, sweating)?',
    'Avoiding memories, thoughts, or feelings related to the stressful experience?',
    'Avoiding external reminders of the stressful experience (for example, people, places, conversations, activities, objects, or situations)?',
    'Trouble remembering important parts of the stressful experience?',
    'Having strong negative beliefs about yourself, other people, or the world (for example, having thoughts such as: I am bad, there is something seriously wrong with me, no one can be trusted, the world is completely dangerous)?',
    'Blaming yourself or someone else for the stressful experience or what happened after it?',
    'Having strong negative feelings such as fear, horror, anger, guilt, or shame?',
    'Loss of interest in activities that you used to enjoy?',
    'Feeling distant or cut off from other people?',
    'Trouble experiencing positive feelings (for example, being unable to feel happiness or have loving feelings for people close to you)?',
    'Irritable behavior, angry outbursts, or acting aggressively?',
    'Taking too many risks or doing things that could cause you harm?',
    'Being “superalert” or watchful or on guard?',
    'Feeling jumpy or easily startled?',
    'Having difficulty concentrating?',
    'Trouble falling or staying asleep?',
  ],
  options: [
    { points: 0, label: 'Not at all' },
    { points: 1, label: 'A little bit' },
    { points: 2, label: 'Moderately' },
    { points: 3, label: 'Quite a bit' },
    { points: 4, label: 'Extremely' },
  ],
  bands: [band(0, 32, 'lower', false), band(33, 80, 'higher', true)],
  reliableChange: 10,
  credit:
    'PCL-5: Weathers, F.W., Litz, B.T., Keane, T.M., Palmieri, P.A., Marx, B.P., & Schnurr, P.P. (2013). The PTSD Checklist for DSM-5 (PCL-5). National Center for PTSD. In the public domain.',
};

const k10: QuestionnaireForm = {
  id: 'k10',
  version: 1,
  shortName: 'K10',
  title: 'Kessler Psychological Distress Scale (K10)',
  measures: 'How often I felt nervous, low, restless or worn out over the last 30 days.',
  period: 'the last 30 days',
  items: [
    'During the last 30 days, about how often did you feel tired out for no good reason?',
    'During the last 30 days, about how often did you feel nervous?',
    'During the last 30 days, about how often did you feel so nervous that nothing could calm you down?',
    'During the last 30 days, about how often did you feel hopeless?',
    'During the last 30 days, about how often did you feel restless or fidgety?',
    'During the last 30 days, about how often did you feel so restless you could not sit still?',
    'During the last 30 days, about how often did you feel depressed?',
    'During the last 30 days, about how often did you feel that everything was an effort?',
    'During the last 30 days, about how often did you feel so sad that nothing could cheer you up?',
    'During the last 30 days, about how often did you feel worthless?',
  ],
  options: [
    { points: 1, label: 'None of the time' },
    { points: 2, label: 'A little of the time' },
    { points: 3, label: 'Some of the time' },
    { points: 4, label: 'Most of the time' },
    { points: 5, label: 'All of the time' },
  ],
  bands: [
    band(10, 15, 'low', false),
    band(16, 21, 'moderate', true),
    band(22, 29, 'high', true),
    band(30, 50, 'very high', true),
  ],
  credit:
    'K10: Kessler RC, et al. Short screening scales to monitor population prevalences and trends in non-specific psychological distress. Psychological Medicine 2002;32:959-976. © World Health Organization 2003.',
};

/** Every questionnaire Waypoint offers, full forms before their short forms. */
export const questionnaireForms: readonly QuestionnaireForm[] = [phq9, phq2, gad7, gad2, who5, auditC, pcl5, k10];

export const questionnaireIds = questionnaireForms.map((form) => form.id) as [QuestionnaireId, ...QuestionnaireId[]];

export function questionnaireForm(id: QuestionnaireId): QuestionnaireForm {
  const form = questionnaireForms.find((candidate) => candidate.id === id);
  if (!form) throw new Error(`No questionnaire ${id}`);
  return form;
}
