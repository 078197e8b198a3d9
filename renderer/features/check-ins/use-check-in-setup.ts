import { useEffect, useState } from 'react';
import type { TrackedMetric } from '../../../shared/metrics/custom-metric';
import { entryTitle, warningStages } from '../../../shared/plan/plan-entries';
import type { PlanDocument } from '../../../shared/plan/plan-document';
import type { Choice } from '../../components/form-fields';
import { useIpcClient } from '../../lib/ipc-context';
import { failureMessage } from '../../lib/ipc-results';

/** What a check-in can point at in the plan, as choices for the form. */
export interface PlanLinkChoices {
  coping: Choice<string>[];
  trigger: Choice<string>[];
  warningSign: Choice<string>[];
  /** Every linkable entry's title by id, to show links on past check-ins. */
  titles: Map<string, string>;
}

export function planLinkChoices(plan: PlanDocument): PlanLinkChoices {
  const coping = plan.copingStrategies.map((entry) => ({ value: entry.id, label: entryTitle(entry) }));
  const trigger = plan.triggers.map((entry) => ({ value: entry.id, label: entryTitle(entry) }));
  const warningSign = warningStages.flatMap((stage) =>
    plan.warningSigns[stage].signs.map((sign) => ({ value: sign.id, label: sign.description })),
  );
  const titles = new Map([...coping, ...trigger, ...warningSign].map((choice) => [choice.value, choice.label]));
  return { coping, trigger, warningSign, titles };
}

export interface CheckInSetup {
  boundaryMinutes: number;
  metrics: TrackedMetric[];
  links: PlanLinkChoices;
}

/** Loads what the Check-ins screen needs before it can show a form: the day boundary, measures and plan. */
export function useCheckInSetup() {
  const ipc = useIpcClient();
  const [setup, setSetup] = useState<CheckInSetup>();
  const [error, setError] = useState<string>();
  useEffect(() => {
    let current = true;
    void Promise.all([ipc.invoke('settings.get', {}), ipc.invoke('metrics.list', {}), ipc.invoke('plan.get', {})]).then(
      ([settings, metrics, plan]) => {
        if (!current) return;
        if (settings.ok && metrics.ok && plan.ok) {
          setSetup({
            boundaryMinutes: settings.value.dayBoundaryMinutes,
            metrics: metrics.value,
            links: planLinkChoices(plan.value.plan),
          });
        } else {
          setError(failureMessage([settings, metrics, plan]));
        }
      },
    );
    return () => {
      current = false;
    };
  }, [ipc]);
  const setMetrics = (metrics: TrackedMetric[]) => setSetup((previous) => previous && { ...previous, metrics });
  return { setup, error, setMetrics };
}
