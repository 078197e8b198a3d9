import { useIpcChange, useIpcQuery } from '../../lib/ipc-query';

/** Whether my safety plan is readable on the lock screen (kept beside the vault, unencrypted). */
export const useLockScreenChoice = () => useIpcQuery('lockScreen.safetyPlanChoice', {});
export const useChooseLockScreenSafetyPlan = () =>
  useIpcChange('lockScreen.chooseSafetyPlan', { serial: 'lock-screen' });
