import type { PlanEntryData } from './plan-entries';

export type SmartPart = 'specific' | 'measurable' | 'achievable' | 'relevant' | 'time-bound';

const filled = (text: string) => text.trim().length > 0;

/**
 * The SMART parts a goal does not say yet, as gentle prompts. A goal is saved either way: this
 * helps the writing, it never blocks it.
 */
export function missingSmartParts(goal: PlanEntryData<'goals'>): { part: SmartPart; prompt: string }[] {
  const missing: { part: SmartPart; prompt: string }[] = [];
  if (!filled(goal.specific)) missing.push({ part: 'specific', prompt: 'What exactly will you do?' });
  if (!filled(goal.measurable) || !filled(goal.target)) {
    missing.push({ part: 'measurable', prompt: 'What will you measure, and what is the target?' });
  }
  if (!filled(goal.achievable)) missing.push({ part: 'achievable', prompt: 'Why is this realistic for you now?' });
  if (!filled(goal.relevant)) missing.push({ part: 'relevant', prompt: 'Why does this matter to you?' });
  if (goal.targetDate === null) missing.push({ part: 'time-bound', prompt: 'By when would you like to get there?' });
  return missing;
}
