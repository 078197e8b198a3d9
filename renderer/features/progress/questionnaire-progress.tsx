import { useState } from 'react';
import { CartesianGrid, ComposedChart, Line, ReferenceLine, Tooltip, XAxis, YAxis } from 'recharts';
import type { DayRange } from '../../../shared/check-ins/check-in';
import { bandsFor, totalRange, type QuestionnaireForm } from '../../../shared/questionnaires/questionnaire-form';
import { questionnaireForm, questionnaireIds } from '../../../shared/questionnaires/questionnaire-forms';
import { endorsedRiskItem, type ScoredResponse } from '../../../shared/questionnaires/questionnaire-response';
import { Notice } from '../../components/notice';
import { formatDate } from '../../lib/format-date';
import { riskItemWords, scoreWords, thresholdWords, trendWords } from '../../lib/questionnaire-words';
import { Link } from 'react-router';
import { useDatedEvents, useQuestionnaires } from '../../lib/shared-queries';
import { useChartColors } from '../../lib/use-chart-colors';
import { dayMs } from './chart-series';
import { eventMarkers, markerLines, timeAxisProps, type ChartMarker } from './metric-chart';
import { ScoreCells, ScoreColumnHeads } from '../../components/score-cells';

interface ScorePoint {
  x: number;
  total: number;
  response: ScoredResponse;
}

/** The lowest total of every band but the first: where one range ends and the next begins. */
const bandEdges = (form: QuestionnaireForm, latest: ScoredResponse) => bandsFor(form, latest.threshold?.sex).slice(1);

function ScoreTooltip({ payload }: { payload?: readonly { payload?: unknown }[] }) {
  const point = payload?.[0]?.payload as ScorePoint | undefined;
  if (!point) return null;
  return (
    <div className="chart-tooltip">
      <p className="chart-tooltip-title">{formatDate(point.response.day)}</p>
      <p>{scoreWords(point.response)}</p>
    </div>
  );
}

/**
 * One form's totals over the range: a point at each answer (never an average), joined in order,
 * with the band edges as grey dashed lines that keep apart on paper and in grey, and the events
 * of the range marked as on the measures' chart.
 */
function ScoreChart({
  form,
  responses,
  range,
  width,
  markers,
}: {
  form: QuestionnaireForm;
  responses: readonly ScoredResponse[];
  range: DayRange;
  width: number;
  markers: readonly ChartMarker[];
}) {
  const colors = useChartColors();
  const { min, max } = totalRange(form);
  const points: ScorePoint[] = responses.map((response) => ({
    x: dayMs(response.day),
    total: response.total,
    response,
  }));
  const edges = bandEdges(form, responses.at(-1)!);
  return (
    <ComposedChart
      width={width}
      height={240}
      data={points}
      margin={{ top: 14, right: 24, bottom: 8, left: 0 }}
      role="img"
      aria-label={`Chart of my ${form.shortName} scores, one point for each time I answered it; the same figures are in the summary and the table.`}
    >
      <CartesianGrid stroke={colors.grid} strokeDasharray="3 3" vertical={false} />
      <XAxis {...timeAxisProps(range, width, colors)} />
      <YAxis
        domain={[min, max]}
        ticks={[min, ...edges.map((band) => band.from), max]}
        allowDecimals={false}
        stroke={colors.axis}
        tick={{ fill: colors.axis, fontSize: 12 }}
        width={36}
      />
      {edges.map((band) => (
        <ReferenceLine
          key={band.name}
          y={band.from}
          stroke={colors.axis}
          strokeDasharray="5 4"
          strokeOpacity={0.7}
          ifOverflow="hidden"
          label={{
            value: `${band.name} from ${band.from}`,
            position: 'insideTopLeft',
            fill: colors.axis,
            fontSize: 11,
          }}
        />
      ))}
      {markerLines(markers, colors, { yAxisId: 0 })}
      <Line
        dataKey="total"
        name={form.shortName}
        stroke={colors.primary}
        strokeWidth={1.5}
        dot={{ r: 4, fill: colors.primary, strokeWidth: 0 }}
        activeDot={{ r: 6 }}
        isAnimationActive={false}
        className="chart-line-primary"
      />
      <Tooltip content={(tooltip) => <ScoreTooltip payload={tooltip.payload} />} isAnimationActive={false} />
    </ComposedChart>
  );
}

function ScoreTable({ form, responses }: { form: QuestionnaireForm; responses: readonly ScoredResponse[] }) {
  const [open, setOpen] = useState(false);
  return (
    <details className="chart-table" onToggle={(event) => setOpen(event.currentTarget.open)}>
      <summary>Show my {form.shortName} answers as a table</summary>
      {open && (
        <div className="table-scroll" tabIndex={0} role="region" aria-label={`My ${form.shortName} answers`}>
          <table>
            <caption className="visually-hidden">My {form.shortName} answers in this range, oldest first</caption>
            <thead>
              <tr>
                <ScoreColumnHeads />
              </tr>
            </thead>
            <tbody>
              {responses.map((response) => (
                <tr key={response.id}>
                  <ScoreCells response={response} />
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
    </details>
  );
}

function FormProgress({
  form,
  responses,
  range,
  when,
  width,
  markers,
}: {
  form: QuestionnaireForm;
  /** Every answer to this form, oldest first. */
  responses: readonly ScoredResponse[];
  range: DayRange;
  when: string;
  width: number;
  markers: readonly ChartMarker[];
}) {
  const inRange = responses.filter((response) => response.day >= range.from && response.day <= range.to);
  const latestBefore = responses.filter((response) => response.day < range.from).at(-1);
  const titleId = `questionnaire-progress-${form.id}`;
  return (
    <section className="questionnaire-progress" aria-labelledby={titleId}>
      <h3 id={titleId}>{form.shortName}</h3>
      <p className="chart-summary">{trendWords(form, inRange, when, latestBefore)}</p>
      {inRange.length > 0 && (
        <>
          <div className="score-chart-box" data-form={form.id} data-points={inRange.length}>
            <ScoreChart form={form} responses={inRange} range={range} width={width} markers={markers} />
          </div>
          {inRange.at(-1)!.threshold && <p className="muted">{thresholdWords(inRange.at(-1)!)}</p>}
          {inRange.some(endorsedRiskItem) && (
            <p>
              <strong>
                {riskItemWords} on {formatDate(inRange.findLast(endorsedRiskItem)!.day)}.
              </strong>{' '}
              This matters whatever the total is. <Link to="/plan/safety">Open my safety plan</Link>
            </p>
          )}
          <ScoreTable form={form} responses={inRange} />
        </>
      )}
    </section>
  );
}

/** Progress's range for questionnaires: with "All" chosen, from the first answer even before the first check-in. */
export function questionnaireRange(shownRange: DayRange, responses: readonly ScoredResponse[], all: boolean): DayRange {
  const firstDay = responses[0]?.day;
  return all && firstDay !== undefined && firstDay < shownRange.from ? { ...shownRange, from: firstDay } : shownRange;
}

/**
 * My questionnaire scores over the range Progress shows, a chart for each form I have answered,
 * each with its summary and table. Nothing shows until some form has been answered.
 */
export function QuestionnaireProgress({
  range: shownRange,
  rangeText: shownRangeText,
  all,
  width,
}: {
  range: DayRange;
  rangeText: string;
  /** "All" is chosen: every answer, from the first, even one from before my first check-in. */
  all: boolean;
  width: number;
}) {
  const query = useQuestionnaires();
  const responses = query.data?.responses ?? [];
  const range = questionnaireRange(shownRange, responses, all);
  const events = useDatedEvents(range).data ?? [];
  if (query.error)
    return (
      <Notice tone="error" title="My questionnaire scores could not be shown.">
        <p>{query.error.message}</p>
      </Notice>
    );
  const answered = questionnaireIds.filter((id) => responses.some((response) => response.form === id));
  if (answered.length === 0) return null;
  const when = all ? 'so far' : `over ${shownRangeText}`;
  return (
    <section className="card" aria-labelledby="questionnaire-progress-title">
      <h2 id="questionnaire-progress-title">My questionnaires {when}</h2>
      <p className="muted">
        Each point is one time I answered. The dashed lines mark where the form’s ranges begin
        {events.length > 0 ? '; the dash-dot lines mark my events of care and medication changes' : ''}. A score is one
        view of a period; it is worth talking over with my clinician, not a diagnosis.
      </p>
      {answered.map((id) => (
        <FormProgress
          key={id}
          form={questionnaireForm(id)}
          responses={responses.filter((response) => response.form === id)}
          range={range}
          when={when}
          width={width}
          markers={eventMarkers(events)}
        />
      ))}
    </section>
  );
}
