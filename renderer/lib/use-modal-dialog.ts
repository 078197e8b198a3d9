import { useEffect, useRef } from 'react';

/**
 * Opens a `<dialog>` as a modal for as long as the component is mounted, puts focus on the element
 * `firstFocus` finds (the dialog's own first control otherwise), and gives focus back to where it
 * was when the dialog closes. Returns the ref for the `<dialog>`.
 */
export function useModalDialog(firstFocus: string) {
  const dialog = useRef<HTMLDialogElement>(null);
  const returnFocus = useRef(document.activeElement as HTMLElement | null);
  useEffect(() => {
    const element = dialog.current;
    if (!element) return;
    element.showModal();
    element.querySelector<HTMLElement>(firstFocus)?.focus();
    const focusBack = returnFocus.current;
    return () => {
      element.close();
      focusBack?.focus();
    };
  }, [firstFocus]);
  return dialog;
}
