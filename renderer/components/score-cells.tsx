import type { ReactNode } from 'react';
import { endorsedRiskItem, type ScoredResponse } from '../../shared/questionnaires/questionnaire-response';
import { formatDate } from '../lib/format-date';
import { changeCellWords } from '../lib/questionnaire-words';

/** The column heads every table of questionnaire answers starts with, on screen and on paper. */
export function ScoreColumnHeads() {
  return (
    <>
      <th scope="col">Date</th>
      <th scope="col">Score</th>
      <th scope="col">Range</th>
      <th scope="col">Change</th>
    </>
  );
}

/**
 * One answer's date, total, range and change. An answer to the risk question (PHQ-9 question 9)
 * above "Not at all" is marked after the total, by `riskNote` where given (the PDF names the answer).
 */
export function ScoreCells({ response, riskNote }: { response: ScoredResponse; riskNote?: ReactNode }) {
  return (
    <>
      <th scope="row">{formatDate(response.day)}</th>
      <td>
        {response.total}
        {endorsedRiskItem(response) && (riskNote ?? <span className="muted"> (question 9 above “Not at all”)</span>)}
      </td>
      <td>{response.band}</td>
      <td>{changeCellWords(response)}</td>
    </>
  );
}
