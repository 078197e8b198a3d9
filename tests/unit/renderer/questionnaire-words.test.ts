import { describe, expect, it } from 'vitest';
import { scoreResponses } from '../../../electron/questionnaires/questionnaires-view';
import { formatDate } from '../../../renderer/lib/format-date';
import { changeWords, goalScoreWords, trendWords } from '../../../renderer/lib/questionnaire-words';
import { questionnaireForm } from '../../../shared/questionnaires/questionnaire-forms';
import { goalScores, type QuestionnaireResponse } from '../../../shared/questionnaires/questionnaire-response';

const gad7 = questionnaireForm('gad-7');
const who5 = questionnaireForm('who-5');

/** A GAD-7 (or WHO-5) answered on `day` with every item at `points`. */
const answered = (form: 'gad-7' | 'who-5', day: string, points: number): QuestionnaireResponse => ({
  id: `${form}-${day}`,
  form,
  version: questionnaireForm(form).version,
  items: Array.from({ length: questionnaireForm(form).items.length }, () => points),
  followUp: null,
  day,
  answeredAt: `${day}T18:00:00.000Z`,
});

describe('a form’s answers over a range, in words', () => {
  it('says none were answered, and the latest before the range when there is one', () => {
    const [before] = scoreResponses([answered('gad-7', '2026-01-10', 1)]);
    expect(trendWords(gad7, [], 'over the last month')).toBe('No GAD-7 answered over the last month.');
    expect(trendWords(gad7, [], 'over the last month', before)).toBe(
      `No GAD-7 answered over the last month. My latest, on ${formatDate('2026-01-10')}, was 7 out of 21, a score in the mild range.`,
    );
  });

  it('gives one answer as it is, with no change to compare', () => {
    const responses = scoreResponses([answered('gad-7', '2026-02-01', 2)]);
    expect(trendWords(gad7, responses, 'over the last 3 months')).toBe(
      `One GAD-7 over the last 3 months: 14 out of 21, a score in the moderate range, on ${formatDate('2026-02-01')}.`,
    );
  });

  it('names the first, the latest, the difference, the lowest and highest, and the size of a real change', () => {
    const responses = scoreResponses([
      answered('gad-7', '2026-02-01', 2),
      answered('gad-7', '2026-02-15', 3),
      answered('gad-7', '2026-03-01', 1),
    ]);
    expect(trendWords(gad7, responses, 'so far')).toBe(
      [
        '3 GAD-7 answers so far.',
        `The first, on ${formatDate('2026-02-01')}, was 14 out of 21, a score in the moderate range; the latest, on ${formatDate('2026-03-01')}, 7 out of 21, a score in the mild range: 7 points lower.`,
        `The lowest was 7 (${formatDate('2026-03-01')}), the highest 21 (${formatDate('2026-02-15')}).`,
        'A change of 4 points or more is usually taken as a real change on the GAD-7.',
      ].join(' '),
    );
  });

  it('says a rise in plain numbers, never whether it is good (WHO-5: higher is better, on 0 to 100)', () => {
    const responses = scoreResponses([answered('who-5', '2026-02-01', 2), answered('who-5', '2026-02-15', 3)]);
    expect(trendWords(who5, responses, 'over the last month')).toContain('40 out of 100');
    expect(trendWords(who5, responses, 'over the last month')).toContain(': 20 points higher.');
    expect(trendWords(who5, responses, 'over the last month')).not.toMatch(/better|worse|improv/i);
  });

  it('a total that did not move, and a one-point change, read as such', () => {
    const same = scoreResponses([answered('gad-7', '2026-02-01', 1), answered('gad-7', '2026-02-15', 1)]);
    expect(trendWords(gad7, same, 'so far')).toContain(': the same total.');
    expect(changeWords(same[1]!)).toBe(`The same as on ${formatDate('2026-02-01')}.`);
    const onePoint = scoreResponses([
      answered('gad-7', '2026-02-01', 1),
      { ...answered('gad-7', '2026-02-15', 1), items: [2, 1, 1, 1, 1, 1, 1] },
    ]);
    expect(changeWords(onePoint[1]!)).toBe(
      `1 point higher than on ${formatDate('2026-02-01')}: less than the 4 points usually taken as a real change on the GAD-7.`,
    );
  });
});

describe('a goal that follows a form, in words', () => {
  const responses = scoreResponses([
    answered('gad-7', '2026-01-10', 3),
    answered('gad-7', '2026-02-01', 2),
    answered('gad-7', '2026-02-15', 1),
  ]);

  it('gives the first and the latest answer inside the range, with the latest one’s range', () => {
    expect(goalScoreWords(goalScores('gad-7', responses, { from: '2026-01-15', to: '2026-02-28' }))).toBe(
      `GAD-7: 14 on ${formatDate('2026-02-01')}, the first in this range; 7 on ${formatDate('2026-02-15')}, the latest: a score in the mild range.`,
    );
  });

  it('one answer reads once; none says so, and answers to other forms do not count', () => {
    expect(goalScoreWords(goalScores('gad-7', responses, { from: '2026-02-10', to: '2026-02-28' }))).toBe(
      `GAD-7: 7 on ${formatDate('2026-02-15')}, a score in the mild range.`,
    );
    expect(goalScoreWords(goalScores('phq-9', responses, { from: '2026-01-01', to: '2026-02-28' }))).toBe(
      'No PHQ-9 answered in this range yet.',
    );
  });
});
