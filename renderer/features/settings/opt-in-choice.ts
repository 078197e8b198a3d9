import { useState } from 'react';
import type { IpcResult } from '../../../shared/ipc/error-codes';

export interface OptInMessage {
  tone: 'success' | 'error';
  text: string;
}

/**
 * A switch beside the vault that main writes at once (the lock screen's safety plan, checking in
 * while locked): the box shows the choice at once, the stored one catches up when main has written
 * it, and what happened is said in `words[on]` or main's refusal.
 */
export function useOptInChoice(
  stored: { data?: boolean; error?: { message: string } | null },
  send: (on: boolean) => Promise<IpcResult<unknown>>,
  words: { on: string; off: string },
) {
  const [message, setMessage] = useState<OptInMessage>();
  const [chosen, setChosen] = useState<boolean>();
  async function choose(on: boolean): Promise<void> {
    setChosen(on);
    const result = await send(on);
    setChosen(undefined);
    setMessage(
      result.ok ? { tone: 'success', text: on ? words.on : words.off } : { tone: 'error', text: result.error.message },
    );
  }
  return {
    checked: chosen ?? stored.data ?? false,
    ready: stored.data !== undefined,
    message: message ?? (stored.error ? { tone: 'error' as const, text: stored.error.message } : undefined),
    choose,
  };
}
