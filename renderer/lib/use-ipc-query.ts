import { useCallback, useEffect, useState } from 'react';
import type { InvokeChannel } from '../../shared/ipc/channel-names';
import type { ChannelInput, ChannelOutput } from '../../shared/ipc/contract';
import { useIpcClient } from './ipc-context';

export interface IpcQuery<T> {
  /** The latest answer; kept while a newer request is on its way, so a screen does not flash. */
  data: T | undefined;
  /** Main's message when the latest request failed. */
  error: string | undefined;
  /** Replaces the answer with one the screen already has (a change that answered with new data). */
  setData(data: T): void;
  /** Asks again (after a change that did not answer with new data). */
  reload(): void;
}

/**
 * What a screen shows, loaded from main: calls `channel` with `input`, again whenever the input
 * changes (compared by value), and ignores an answer that arrives after a newer request. An
 * `undefined` input waits (something it depends on is still loading).
 */
export function useIpcQuery<C extends InvokeChannel>(
  channel: C,
  input: ChannelInput<C> | undefined,
): IpcQuery<ChannelOutput<C>> {
  const ipc = useIpcClient();
  const [state, setState] = useState<{ data?: ChannelOutput<C>; error?: string }>({});
  const [generation, setGeneration] = useState(0);
  const key = input === undefined ? undefined : JSON.stringify(input);

  useEffect(() => {
    if (key === undefined) return;
    let current = true;
    void ipc.invoke(channel, JSON.parse(key) as ChannelInput<C>).then((result) => {
      if (!current) return;
      setState((previous) =>
        result.ok ? { data: result.value } : { data: previous.data, error: result.error.message },
      );
    });
    return () => {
      current = false;
    };
  }, [ipc, channel, key, generation]);

  const setData = useCallback((data: ChannelOutput<C>) => setState({ data }), []);
  const reload = useCallback(() => setGeneration((previous) => previous + 1), []);
  return { data: state.data, error: state.error, setData, reload };
}

/** The first error of several queries a screen needs together. */
export function firstError(...queries: IpcQuery<unknown>[]): string | undefined {
  return queries.find((query) => query.error !== undefined)?.error;
}
