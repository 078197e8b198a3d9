import { describe, expect, it } from 'vitest';
import { questionnaireForm } from '../../../shared/questionnaires/questionnaire-forms';
import {
  answersProblem,
  bandWords,
  changeBetween,
  followUpAsked,
  scoreAnswers,
} from '../../../shared/questionnaires/questionnaire-score';
import type { QuestionnaireForm, QuestionnaireId } from '../../../shared/questionnaires/questionnaire-form';

/** Answers that add up to `total`, filling items from the first with the highest answer. */
function answersTotalling(form: QuestionnaireForm, total: number): number[] {
  const top = Math.max(...form.options.map((option) => option.points));
  let left = total;
  return form.items.map(() => {
    const points = Math.min(top, left);
    left -= points;
    return points;
  });
}

const scored = (id: QuestionnaireId, total: number) => {
  const form = questionnaireForm(id);
  const score = scoreAnswers(form, { items: answersTotalling(form, total) });
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
  ] as const)('%s total %i is in the %s band', (id, total, band) => {
    const score = scored(id, total);
    expect(score.total).toBe(total);
    expect(score.band.name).toBe(band);
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
