import { useIpcChange } from '../../lib/ipc-query';

/** A step ticked done, or a contact noted, from Today: an edit of the plan, in order with the rest. */
export const useUpdatePlanEntry = () => useIpcChange('plan.updateEntry', { serial: 'plan' });
