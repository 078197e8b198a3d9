import type { ArchivedEntry } from '../../../shared/plan/archived-entry';
import type { TrackedMetric } from '../../../shared/metrics/custom-metric';
import { entryTitle, warningStages } from '../../../shared/plan/plan-entries';
import type { PlanDocument } from '../../../shared/plan/plan-document';
import type { Choice } from '../../components/form-fields';
import { useSettings } from '../../lib/settings';
import { firstError } from '../../lib/ipc-query';
import { useMeasures, usePlanView } from '../../lib/shared-queries';

/** What a check-in can point at in the plan, as choices for the form. */
export interface PlanLinkChoices {
  coping: Choice<string>[];
  trigger: Choice<string>[];
  warningSign: Choice<string>[];
  /** Every linkable entry's title by id, to show links on past check-ins. */
  titles: Map<string, string>;
}

export function planLinkChoices(plan: PlanDocument, archived: readonly ArchivedEntry[]): PlanLinkChoices {
  const coping = plan.copingStrategies.map((entry) => ({
    value: entry.id,
    label: entryTitle('copingStrategies', entry),
  }));
  const trigger = plan.triggers.map((entry) => ({ value: entry.id, label: entryTitle('triggers', entry) }));
  const warningSign = warningStages.flatMap((stage) =>
    plan.warningSigns[stage].signs.map((sign) => ({ value: sign.id, label: sign.description })),
  );
  const titles = new Map([
    ...archived.map((entry) => [entry.id, entryTitle(entry.list, entry.data)] as const),
    ...[...coping, ...trigger, ...warningSign].map((choice) => [choice.value, choice.label] as const),
  ]);
  return { coping, trigger, warningSign, titles };
}

export interface CheckInSetup {
  boundaryMinutes: number;
  /** The plan, for the crisis panel after a check-in that notes a crisis-stage sign. */
  plan: PlanDocument;
  metrics: TrackedMetric[];
  links: PlanLinkChoices;
}

/** Loads what the Check-ins screen needs before it can show a form: the day boundary, measures and plan. */
export function useCheckInSetup() {
  const { settings, error: settingsError } = useSettings();
  const metrics = useMeasures();
  const plan = usePlanView();
  const setup: CheckInSetup | undefined =
    settings && metrics.data && plan.data
      ? {
          boundaryMinutes: settings.dayBoundaryMinutes,
          plan: plan.data.plan,
          metrics: metrics.data,
          links: planLinkChoices(plan.data.plan, plan.data.archived),
        }
      : undefined;
  const error = settingsError ?? firstError(metrics, plan);
  return { setup, error };
}
