import { memo, useMemo, useState } from 'react';
import { formatDay } from '../../lib/format-date';
import { useMoodCalendar } from './api';

/** Five steps of a colour-blind-safe sequential scale (viridis), low mood to high. */
const moodSteps = ['#440154', '#3b528b', '#21918c', '#5ec962', '#fde725'];
const stepLabels = ['0–2', '2–4', '4–6', '6–8', '8–10'];
const stepOf = (mood: number) => Math.min(4, Math.floor(mood / 2));

const monthNames = Array.from({ length: 12 }, (_, month) =>
  formatDay(`2026-${String(month + 1).padStart(2, '0')}-01`, { month: 'short' }),
);

/**
 * A year of days coloured by mood, as a real table: months are rows, days of the month are
 * columns. A day with no check-in is an empty outlined cell, never a zero.
 */
export const MoodCalendar = memo(function MoodCalendar({
  firstYear,
  lastYear,
}: {
  firstYear: number;
  lastYear: number;
}) {
  const [year, setYear] = useState(lastYear);
  const years = Array.from({ length: lastYear - firstYear + 1 }, (_, index) => firstYear + index);
  const { data, error } = useMoodCalendar(year);
  const days = useMemo(() => data && new Map(data.map((day) => [day.day, day.mood])), [data]);

  return (
    <section className="card below-chart" aria-labelledby="calendar-title">
      <div className="section-head">
        <h2 id="calendar-title">Mood calendar</h2>
        <label className="inline-field">
          Year{' '}
          <select value={year} onChange={(event) => setYear(Number(event.target.value))}>
            {years.map((option) => (
              <option key={option} value={option}>
                {option}
              </option>
            ))}
          </select>
        </label>
      </div>
      {error && <p className="field-error">{error.message}</p>}
      <p className="muted">
        {days ? `${days.size} days with a mood in ${year}.` : 'Loading…'} Darker is lower, brighter is higher; outlined
        cells are days without a check-in.
      </p>
      <div className="table-scroll" tabIndex={0} role="region" aria-label={`Mood calendar for ${year}`}>
        <table className="mood-calendar">
          <caption className="visually-hidden">Mean mood each day of {year}</caption>
          <thead>
            <tr>
              <th scope="col">
                <span className="visually-hidden">Month</span>
              </th>
              {Array.from({ length: 31 }, (_, index) => (
                <th scope="col" key={index}>
                  {index + 1}
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {monthNames.map((name, month) => {
              const length = new Date(Date.UTC(year, month + 1, 0)).getUTCDate();
              return (
                <tr key={name}>
                  <th scope="row">{name}</th>
                  {Array.from({ length: 31 }, (_, index) => {
                    if (index >= length) return <td key={index} className="calendar-none" aria-hidden="true" />;
                    const day = `${year}-${String(month + 1).padStart(2, '0')}-${String(index + 1).padStart(2, '0')}`;
                    const mood = days?.get(day);
                    return mood === undefined ? (
                      <td key={index} className="calendar-empty">
                        <span className="visually-hidden">no check-in</span>
                      </td>
                    ) : (
                      <td
                        key={index}
                        className="calendar-day"
                        style={{ background: moodSteps[stepOf(mood)] }}
                        title={`${day}: mood ${Math.round(mood * 10) / 10}`}
                      >
                        <span className="visually-hidden">mood {Math.round(mood * 10) / 10}</span>
                      </td>
                    );
                  })}
                </tr>
              );
            })}
          </tbody>
        </table>
      </div>
      <ul className="calendar-legend" aria-label="Colour key">
        {moodSteps.map((color, step) => (
          <li key={color}>
            <span className="swatch" style={{ background: color }} aria-hidden="true" /> mood {stepLabels[step]}
          </li>
        ))}
        <li>
          <span className="swatch swatch-empty" aria-hidden="true" /> no check-in
        </li>
      </ul>
    </section>
  );
});
