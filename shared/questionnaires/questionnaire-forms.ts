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

/** Every questionnaire Waypoint offers, full forms before their short forms. */
export const questionnaireForms: readonly QuestionnaireForm[] = [phq9, phq2, gad7, gad2];

export const questionnaireIds = questionnaireForms.map((form) => form.id) as [QuestionnaireId, ...QuestionnaireId[]];

export function questionnaireForm(id: QuestionnaireId): QuestionnaireForm {
  const form = questionnaireForms.find((candidate) => candidate.id === id);
  if (!form) throw new Error(`No questionnaire ${id}`);
  return form;
}
