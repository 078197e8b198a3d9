import { formatDate } from '../../lib/format-date';
import { useRecoveryKeyPage } from './api';
import { usePrintReady } from '../../lib/print-ready';

/**
 * The recovery key's page (`#/print-recovery-key/<job id>`): the key, the day it was made and how
 * to keep it, and nothing else from the vault (no footer, no page number).
 */
export function RecoveryKeyPrintView({ jobId }: { jobId: string }) {
  const query = useRecoveryKeyPage(jobId);
  const page = query.data;
  const error = query.error?.message;
  usePrintReady(page !== undefined, error !== undefined);
  if (error) return <p role="alert">{error}</p>;
  if (!page) return null;
  return (
    <main className="recovery-key-page">
      <style>{`@page { size: A4; margin: 25mm; @bottom-left { content: none; } @bottom-right { content: none; } }`}</style>
      <h1>Waypoint recovery key</h1>
      <p className="recovery-key-page-key">
        {page.recoveryKey.split('-').map((group, index) => (
          <span key={index}>{group}</span>
        ))}
      </p>
      <p>Made on {formatDate(page.madeOn)}.</p>
      <ul>
        <li>This key opens my Waypoint vault if I forget my passphrase. Then I choose a new passphrase.</li>
        <li>
          Anyone who has this page and my vault file can open my vault. I keep it somewhere safe, away from my computer.
        </li>
        <li>If I make a new recovery key, this one stops working: I can shred this page then.</li>
        <li>O and 0 are the same in a recovery key, and so are I, L and 1.</li>
      </ul>
    </main>
  );
}
