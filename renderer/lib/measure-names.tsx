import { createContext, useContext } from 'react';
import type { MeasureName } from '../../shared/metrics/custom-metric';
import { builtInMetrics } from '../../shared/metrics/metric-key';

/** Built-in measures by name, where the vault's own list is not at hand. */
export const builtInMeasures: readonly MeasureName[] = builtInMetrics.map(({ key, label }) => ({ key, label }));

const MeasureNames = createContext<readonly MeasureName[]>(builtInMeasures);

/**
 * The vault's check-in measures by name (my own ones included), for forms and pages that name a
 * measure by its key: the Plan screens get them with the plan, the PDF with its data.
 */
export const MeasureNamesProvider = MeasureNames.Provider;

export function useMeasureNames(): readonly MeasureName[] {
  return useContext(MeasureNames);
}
