import { useIpcChange, useIpcQuery } from '../../lib/ipc-query';

/** Whether my safety plan is readable on the lock screen (kept beside the vault, unencrypted). */
export const useLockScreenChoice = () => useIpcQuery('lockScreen.safetyPlanChoice', {});
export const useChooseLockScreenSafetyPlan = () =>
  useIpcChange('lockScreen.chooseSafetyPlan', { serial: 'lock-screen' });

/** Whether I can check in while Waypoint is locked (sealed until the next unlock). */
export const useLockedCheckInChoice = () => useIpcQuery('lockedCheckIns.choice', {});
export const useChooseLockedCheckIn = () => useIpcChange('lockedCheckIns.choose', { serial: 'lock-screen' });
