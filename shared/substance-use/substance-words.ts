import { amountText } from '../medications/medication-words';
import type { StandardDrinkDefinition } from './standard-drinks';
import type { Substance } from './substance-use';

/**
 * An amount with its unit: "2 standard drinks", "1 UK unit", "3 joints"; a substance with no unit
 * of its own is counted bare ("3").
 */
export function amountWords(amount: number, substance: Substance, drink: StandardDrinkDefinition): string {
  if (substance.kind === 'alcohol') return `${amountText(amount)} ${drink.one}${amount === 1 ? '' : 's'}`;
  return substance.unit ? `${amountText(amount)} ${substance.unit}` : amountText(amount);
}

/** The unit a substance's amounts are in, for a label: "standard drinks", "joints", or "amount". */
export function unitLabel(substance: Pick<Substance, 'kind' | 'unit'>, drink: StandardDrinkDefinition): string {
  if (substance.kind === 'alcohol') return `${drink.one}s`;
  return substance.unit || 'amount';
}

/** My goal for a substance, in my words: "I am free of it" or "At most 2 standard drinks a day". */
export function goalWords(substance: Substance, drink: StandardDrinkDefinition): string {
  return substance.goal.kind === 'free'
    ? 'My goal: not to use it.'
    : `My goal: at most ${amountWords(substance.goal.dailyLimit, substance, drink)} a day.`;
}
