import { useState } from 'react';
import { useModalDialog } from '../../lib/use-modal-dialog';
import { QuickCheckIn } from './quick-check-in';
import { useSlots } from '../../lib/slots';

/**
 * The quick check-in over any screen (Ctrl/⌘+K, a reminder): a modal dialog, so focus stays in it
 * and the page behind cannot be reached until it closes. Escape with something chosen asks first.
 */
export function QuickCheckInDialog({ onClose }: { onClose(): void }) {
  // The dialog would focus its first control (mood 0); the mood picker's own stop is the one to start on.
  const dialog = useModalDialog('[role="radio"][tabindex="0"]');
  const [saved, setSaved] = useState<string>();
  const slots = useSlots();

  return (
    <dialog
      ref={dialog}
      className="quick-check-in-dialog"
      aria-labelledby="quick-check-in-title"
      // Escape is the form's to handle while writing (with something chosen it asks before closing);
      // once saved there is nothing to lose, so it closes.
      onCancel={(event) => {
        event.preventDefault();
        if (saved) onClose();
      }}
    >
      <h2 id="quick-check-in-title">How am I today?</h2>
      {saved ? (
        <div className="quick-check-in-saved">
          <p role="status">{saved}</p>
          <slots.ReminderOffer />
          <button type="button" className="button-primary" autoFocus onClick={onClose}>
            Close
          </button>
        </div>
      ) : (
        <QuickCheckIn autoFocus onCancel={onClose} onSaved={setSaved} />
      )}
    </dialog>
  );
}
