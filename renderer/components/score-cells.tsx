import type { ReactNode } from 'react';
import type { ScoredResponse } from '../../shared/questionnaires/questionnaire-response';
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

/** One answer's date, total, range and change; `children` follow the total (a note on the risk question). */
export function ScoreCells({ response, children }: { response: ScoredResponse; children?: ReactNode }) {
  return (
    <>
      <th scope="row">{formatDate(response.day)}</th>
      <td>
        {response.total}
        {children}
      </td>
      <td>{response.band}</td>
      <td>{changeCellWords(response)}</td>
    </>
  );
}
