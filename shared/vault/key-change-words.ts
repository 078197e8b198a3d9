import type { KeyChangeOutcome } from './vault-status';

/**
 * What opens the vault after a key change, in plain sentences: the Settings screen and the
 * command-line tool say the same thing after every change of passphrase or recovery key.
 */
export function describeKeyChange(outcome: KeyChangeOutcome): string[] {
  const sentences = [
    outcome.passphrase === 'new'
      ? 'The new passphrase opens the vault now; the old one no longer does.'
      : 'The passphrase that opens the vault is the same as before.',
    {
      none: 'No recovery key opens it.',
      unchanged: 'The recovery key still opens it.',
      new: 'The new recovery key opens it too; any earlier recovery key no longer does.',
    }[outcome.recoveryKey],
  ];
  if (outcome.shownRecoveryKey === 'still-waiting') {
    sentences.push(
      'The recovery key shown and not typed back yet is still waiting: once typed back, it works with the passphrase in use now.',
    );
  } else if (outcome.shownRecoveryKey === 'withdrawn') {
    sentences.push('The recovery key shown and not typed back yet was withdrawn; it will never open the vault.');
  }
  const notResealed = outcome.backupsNotResealed.length;
  if (notResealed > 0) {
    sentences.push(
      `${notResealed === 1 ? 'One backup' : `${notResealed} backups`} could not be re-sealed under the new keys (damaged, or made before an earlier change): kept as ${notResealed === 1 ? 'it is' : 'they are'}, and listed in Settings → Backups.`,
    );
  }
  return sentences;
}
