import { describe, expect, it } from 'vitest';
import { questionnaireForm } from '../../../shared/questionnaires/questionnaire-forms';
import {
  answersProblem,
  bandWords,
  changeBetween,
  followUpAsked,
  scoreAnswers,
} from '../../../shared/questionnaires/questionnaire-score';
import {
  optionsOf,
  type QuestionnaireForm,
  type QuestionnaireId,
  type ThresholdSex,
} from '../../../shared/questionnaires/questionnaire-form';

/** Answers that give `total`, raising items from the first to their highest answer. */
function answersTotalling(form: QuestionnaireForm, total: number): number[] {
  const lowest = form.items.map((_item, index) => Math.min(...optionsOf(form, index).map((option) => option.points)));
  let left = total / (form.multiplier ?? 1) - lowest.reduce((sum, points) => sum + points, 0);
  return form.items.map((_item, index) => {
    const top = Math.max(...optionsOf(form, index).map((option) => option.points));
    const added = Math.min(top - lowest[index]!, left);
    left -= added;
    return lowest[index]! + added;
  });
}

const scored = (id: QuestionnaireId, total: number, sex?: ThresholdSex) => {
  const form = questionnaireForm(id);
  const score = scoreAnswers(form, { items: answersTotalling(form, total) }, sex);
  if (score.kind !== 'scored') throw new Error('not scored');
  return score;
};

describe('scoring by the published rules', () => {
  // Every band edge: the last total of one band and the first of the next.
  it.each([
    ['phq-9', 0, 'minimal'],
    ['phq-9', 4, 'minimal'],
    ['phq-9', 5, 'mild'],
    ['phq-9', 9, 'mild'],
    ['phq-9', 10, 'moderate'],
    ['phq-9', 14, 'moderate'],
    ['phq-9', 15, 'moderately severe'],
    ['phq-9', 19, 'moderately severe'],
    ['phq-9', 20, 'severe'],
    ['phq-9', 27, 'severe'],
    ['gad-7', 0, 'minimal'],
    ['gad-7', 4, 'minimal'],
    ['gad-7', 5, 'mild'],
    ['gad-7', 9, 'mild'],
    ['gad-7', 10, 'moderate'],
    ['gad-7', 14, 'moderate'],
    ['gad-7', 15, 'severe'],
    ['gad-7', 21, 'severe'],
    ['phq-2', 0, 'lower'],
    ['phq-2', 2, 'lower'],
    ['phq-2', 3, 'higher'],
    ['phq-2', 6, 'higher'],
    ['gad-2', 0, 'lower'],
    ['gad-2', 2, 'lower'],
    ['gad-2', 3, 'higher'],
    ['gad-2', 6, 'higher'],
    // WHO-5 totals are the raw sum times 4, so they step by 4.
    ['who-5', 0, 'very low'],
    ['who-5', 28, 'very low'],
    ['who-5', 32, 'low'],
    ['who-5', 48, 'low'],
    ['who-5', 52, 'higher'],
    ['who-5', 100, 'higher'],
    // AUDIT-C with no sex given: the threshold of 3.
    ['audit-c', 0, 'lower'],
    ['audit-c', 2, 'lower'],
    ['audit-c', 3, 'higher'],
    ['audit-c', 12, 'higher'],
    ['pcl-5', 0, 'lower'],
    ['pcl-5', 32, 'lower'],
    ['pcl-5', 33, 'higher'],
    ['pcl-5', 80, 'higher'],
    ['k10', 10, 'low'],
    ['k10', 15, 'low'],
    ['k10', 16, 'moderate'],
    ['k10', 21, 'moderate'],
    ['k10', 22, 'high'],
    ['k10', 29, 'high'],
    ['k10', 30, 'very high'],
    ['k10', 50, 'very high'],
  ] as const)('%s total %i is in the %s band', (id, total, band) => {
    const score = scored(id, total);
    expect(score.total).toBe(total);
    expect(score.band.name).toBe(band);
  });

  it('AUDIT-C applies the threshold for the sex given: 3 for women and when none is given, 4 for men', () => {
    expect(scored('audit-c', 3, 'female').band.name).toBe('higher');
    expect(scored('audit-c', 3).band.name).toBe('higher');
    expect(scored('audit-c', 3, 'male').band.name).toBe('lower');
    expect(scored('audit-c', 4, 'male').band).toMatchObject({ name: 'higher', talkItOver: true });
    // Sex changes no other form's bands.
    expect(scored('phq-9', 10, 'male').band.name).toBe('moderate');
  });

  it('AUDIT-C scores each question by its own published answers', () => {
    const form = questionnaireForm('audit-c');
    expect(optionsOf(form, 1).map((option) => option.label)).toEqual([
      '1 or 2',
      '3 or 4',
      '5 or 6',
      '7, 8, or 9',
      '10 or more',
    ]);
    expect(scoreAnswers(form, { items: [1, 0, 4] })).toMatchObject({ kind: 'scored', total: 5 });
  });

  it('WHO-5 multiplies the raw sum by 4, and a higher total is better', () => {
    const form = questionnaireForm('who-5');
    expect(scoreAnswers(form, { items: [5, 4, 3, 2, 1] })).toMatchObject({ kind: 'scored', total: 60 });
    expect(form.higherIsBetter).toBe(true);
    expect(changeBetween(form, 40, 52)).toEqual({ points: 12, reliable: true });
    expect(changeBetween(form, 40, 48)).toEqual({ points: 8, reliable: false });
  });

  it('K10 answers score 1 to 5, so 0 is refused and the lowest total is 10', () => {
    const form = questionnaireForm('k10');
    expect(answersProblem(form, { items: [0, 1, 1, 1, 1, 1, 1, 1, 1, 1] })).toBe(
      'Question 1 of the K10 takes 1, 2, 3, 4, 5, not 0.',
    );
    expect(scoreAnswers(form, { items: Array.from({ length: 10 }, () => 1) })).toMatchObject({ total: 10 });
  });

  it('says a band in neutral words and suggests talking it over from moderate up, never below', () => {
    expect(bandWords(scored('phq-9', 12).band.name)).toBe('a score in the moderate range');
    expect(scored('phq-9', 9).band.talkItOver).toBe(false);
    expect(scored('phq-9', 10).band.talkItOver).toBe(true);
    expect(scored('gad-7', 9).band.talkItOver).toBe(false);
    expect(scored('gad-7', 10).band.talkItOver).toBe(true);
  });

  it('PHQ-9 item 9 is reported whatever the total, so a low total never hides it', () => {
    const form = questionnaireForm('phq-9');
    const onlyItem9 = [0, 0, 0, 0, 0, 0, 0, 0, 1];
    const score = scoreAnswers(form, { items: onlyItem9 });
    expect(score).toMatchObject({ kind: 'scored', total: 1, riskItemPoints: 1 });
    expect(scoreAnswers(form, { items: [3, 3, 3, 3, 3, 3, 3, 3, 0] })).toMatchObject({ riskItemPoints: 0 });
    // The item is the published ninth one.
    expect(form.items[form.riskItem!]).toMatch(/^Thoughts that you would be better off dead/);
    // No other form here has a risk item.
    expect(scoreAnswers(questionnaireForm('gad-7'), { items: [0, 0, 0, 0, 0, 0, 3] })).not.toHaveProperty(
      'riskItemPoints',
    );
  });

  it('gives no total for a half-answered form, and says which items are left', () => {
    const form = questionnaireForm('gad-7');
    expect(scoreAnswers(form, { items: [1, null, 2, 0, null, 0, 0] })).toEqual({
      kind: 'incomplete',
      unanswered: [1, 4],
    });
  });

  it('refuses answers that are not the form’s, naming the question', () => {
    const phq9 = questionnaireForm('phq-9');
    expect(answersProblem(phq9, { items: [0, 0, 0, 4, 0, 0, 0, 0, 0] })).toBe(
      'Question 4 of the PHQ-9 takes 0, 1, 2, 3, not 4.',
    );
    expect(answersProblem(phq9, { items: [0, 0, 0, -1, 0, 0, 0, 0, 0] })).toMatch(/Question 4 .* not -1/);
    expect(answersProblem(phq9, { items: [0, 0, 0, 1.5, 0, 0, 0, 0, 0] })).toMatch(/not 1\.5/);
    expect(answersProblem(phq9, { items: [0, 0] })).toBe('The PHQ-9 has 9 questions; these answers have 2.');
    expect(answersProblem(phq9, { items: Array(9).fill(0), followUp: 7 })).toMatch(/closing question takes 0, 1, 2, 3/);
    expect(answersProblem(questionnaireForm('phq-2'), { items: [0, 1], followUp: 1 })).toBe(
      'The PHQ-2 has no closing question.',
    );
    expect(() => scoreAnswers(phq9, { items: [9, 0, 0, 0, 0, 0, 0, 0, 0] })).toThrow(/Question 1/);
  });

  it('asks the closing question only once a problem was checked', () => {
    const form = questionnaireForm('phq-9');
    expect(followUpAsked(form, { items: Array(9).fill(0) })).toBe(false);
    expect(followUpAsked(form, { items: [0, 0, 1, null, null, null, null, null, null] })).toBe(true);
    expect(followUpAsked(questionnaireForm('phq-2'), { items: [3, 3] })).toBe(false);
  });

  it('a change counts as reliable from the form’s threshold: 5 points on the PHQ-9, 4 on the GAD-7', () => {
    const phq9 = questionnaireForm('phq-9');
    expect(changeBetween(phq9, 16, 11)).toEqual({ points: -5, reliable: true });
    expect(changeBetween(phq9, 16, 12)).toEqual({ points: -4, reliable: false });
    expect(changeBetween(phq9, 8, 13)).toEqual({ points: 5, reliable: true });
    const gad7 = questionnaireForm('gad-7');
    expect(changeBetween(gad7, 12, 8)).toEqual({ points: -4, reliable: true });
    expect(changeBetween(gad7, 12, 9)).toEqual({ points: -3, reliable: false });
    expect(changeBetween(questionnaireForm('phq-2'), 1, 5)).toEqual({ points: 4, reliable: undefined });
  });
});
