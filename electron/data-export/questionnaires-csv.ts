import { totalRange } from '../../shared/questionnaires/questionnaire-form';
import { questionnaireForm } from '../../shared/questionnaires/questionnaire-forms';
import type { ScoredResponse } from '../../shared/questionnaires/questionnaire-response';
import type { ReadableDatabase } from '../database/sqlite';
import { readScoredResponses } from '../questionnaires/questionnaires-view';
import { csvTable } from './csv-table';

/** Which threshold scored a response, for a form with one per sex (AUDIT-C); empty otherwise. */
function thresholdCell(response: ScoredResponse): string {
  if (!response.threshold) return '';
  const { sex, from } = response.threshold;
  return `${sex === 'male' ? 'men' : sex === 'female' ? 'women' : 'not given'}, ${from} or more`;
}

/**
 * Every questionnaire answered, oldest first, one row each: the totals and ranges main works out
 * from the answers by each form's published rules (docs/export-format.md lists the columns).
 */
export function questionnairesCsv(db: ReadableDatabase): string {
  const header = [
    'day',
    'moment (UTC)',
    'form',
    'form version',
    'total',
    'lowest possible',
    'highest possible',
    'range',
    'change since the answer before',
    'real change',
    'threshold',
    'risk question points',
  ];
  const rows = readScoredResponses(db).map((response) => {
    const form = questionnaireForm(response.form);
    const { min, max } = totalRange(form);
    const { change } = response;
    return [
      response.day,
      response.answeredAt,
      form.shortName,
      response.version,
      response.total,
      min,
      max,
      response.band,
      change ? change.points : '',
      change?.reliable === undefined ? '' : change.reliable ? 'yes' : 'no',
      thresholdCell(response),
      response.riskItemPoints ?? '',
    ];
  });
  return csvTable(header, rows);
}
