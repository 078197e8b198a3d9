import { useState } from 'react';
import type { DayRange } from '../../../shared/check-ins/check-in';
import { addDays } from '../../../shared/dates/calendar-date';
import { defaultRangePreset, type RangePreset } from '../../../shared/progress/progress-range';
import { useSettings } from '../../lib/settings';
import { useCheckInSpan } from '../../lib/shared-queries';

export interface ProgressChoices {
  preset: RangePreset;
  /** The custom range's days: the one chosen, or the last 30 days until one is. */
  customRange: DayRange;
  metricKey: string;
  /** My first check-in day, where "All" starts. */
  firstDay: string | null;
  choosePreset(preset: RangePreset): void;
  chooseCustom(range: DayRange): void;
  chooseMetric(key: string): void;
}

/**
 * The range and measure Progress shows: as I last chose them in this vault (kept in its settings
 * through main), or, before I have chosen, my check-ins since the first, up to 3 months, and mood.
 * Undefined while the settings and my first check-in day are asked for.
 */
export function useProgressChoices(today: string | undefined): {
  choices: ProgressChoices | undefined;
  error: string | undefined;
} {
  const { settings, error, update } = useSettings();
  const span = useCheckInSpan();
  // What I choose here shows at once; main keeps it for next time.
  const [chosenPreset, setChosenPreset] = useState<RangePreset>();
  const [chosenCustom, setChosenCustom] = useState<DayRange>();
  const [chosenMetric, setChosenMetric] = useState<string>();
  if (!settings || !span.data || !today) return { choices: undefined, error: error ?? span.error?.message };

  const firstDay = span.data.firstDay;
  const remembered = settings.progressRange;
  const rememberedCustom = remembered !== null && typeof remembered === 'object' ? remembered : undefined;
  const preset: RangePreset =
    chosenPreset ??
    (rememberedCustom ? 'Custom' : typeof remembered === 'string' ? remembered : defaultRangePreset(today, firstDay));
  return {
    error: undefined,
    choices: {
      preset,
      customRange: chosenCustom ?? rememberedCustom ?? { from: addDays(today, -29), to: today },
      metricKey: chosenMetric ?? settings.progressMeasure ?? 'mood',
      firstDay,
      choosePreset(next) {
        setChosenPreset(next);
        // "Custom" is kept once its days are shown.
        if (next !== 'Custom') void update({ progressRange: next });
      },
      chooseCustom(range) {
        setChosenCustom(range);
        void update({ progressRange: range });
      },
      chooseMetric(key) {
        setChosenMetric(key);
        void update({ progressMeasure: key });
      },
    },
  };
}
