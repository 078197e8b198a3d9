import {
  keepPreviousData,
  QueryClient,
  useMutation,
  useQuery,
  useQueryClient,
  type UseQueryResult,
} from '@tanstack/react-query';
import { useCallback } from 'react';
import type { ChannelInput, ChannelOutput } from '../../shared/ipc/contract';
import type { ErrorCode, IpcError, IpcResult } from '../../shared/ipc/error-codes';
import {
  changedInMain,
  changeEffects,
  lockedQueries,
  type ChangeChannel,
  type ChangeEffect,
  type QueryChannel,
  type WholeQuery,
} from './data-flow';
import type { IpcClient } from './ipc-client';
import { useIpcClient } from './ipc-context';

/** Main's refusal, thrown inside the query library so its error states work; screens read `message`. */
export class IpcRequestError extends Error implements IpcError {
  constructor(
    readonly code: ErrorCode,
    message: string,
  ) {
    super(message);
  }
}

const unexpected: IpcError = { code: 'INTERNAL', message: 'Something went wrong. Try again.' };

async function answerOf<C extends QueryChannel | ChangeChannel>(
  ipc: IpcClient,
  channel: C,
  input: ChannelInput<C>,
): Promise<ChannelOutput<C>> {
  const result = await ipc.invoke(channel, input);
  if (!result.ok) throw new IpcRequestError(result.error.code, result.error.message);
  return result.value;
}

/**
 * The renderer's one cache of what main answered. Everything is local, so nothing waits for a
 * network (`networkMode: 'always'`), nothing is retried (main's answer will not change by asking
 * again), and an answer is kept until a change makes it stale (see `useIpcQuery`).
 */
export function createQueryClient(): QueryClient {
  return new QueryClient({
    defaultOptions: {
      queries: { networkMode: 'always', retry: false, refetchOnWindowFocus: false, refetchOnReconnect: false },
      // A finished change is not kept: its input may be a passphrase or a note.
      mutations: { networkMode: 'always', retry: false, gcTime: 0 },
    },
  });
}

/** The cache key of a query: its channel, then its input (compared by value). */
export const queryKeyOf = <C extends QueryChannel>(channel: C, input: ChannelInput<C> | undefined) =>
  [channel, input ?? null] as const;

/**
 * What a screen shows, from main: asks `channel` with `input`, again whenever the input changes
 * (by value) or a change makes it stale (see `data-flow.ts`). An `undefined` input waits (something
 * it depends on is still loading). `fresh`: for an answer that seeds a form (the Export screen's
 * remembered choices), only an answer asked for since the screen opened counts, so a change sent
 * as the person left the screen is always in it.
 */
export function useIpcQuery<C extends QueryChannel>(
  channel: C,
  input: ChannelInput<C> | undefined,
  options: { fresh?: boolean } = {},
): UseQueryResult<ChannelOutput<C>, IpcRequestError> {
  const ipc = useIpcClient();
  const query = useQuery<ChannelOutput<C>, IpcRequestError>({
    queryKey: queryKeyOf(channel, input),
    queryFn: () => answerOf(ipc, channel, input!),
    enabled: input !== undefined,
    // The table in data-flow.ts says when an answer is stale; until then it is not asked for again.
    staleTime: (changedInMain as readonly QueryChannel[]).includes(channel) ? 0 : Infinity,
    refetchOnMount: options.fresh ? 'always' : true,
    // A new input (another range, another year) keeps the last answer on screen until its own comes.
    placeholderData: keepPreviousData,
  });
  if (options.fresh && !query.isFetchedAfterMount) return { ...query, data: undefined } as typeof query;
  return query;
}

/** Puts an answer the screen already has in place of a query's (asked with no input). */
export function useSetAnswer<Q extends WholeQuery>(channel: Q): (answer: ChannelOutput<Q>) => void {
  const queryClient = useQueryClient();
  return useCallback(
    (answer: ChannelOutput<Q>) => queryClient.setQueryData(queryKeyOf(channel, {} as ChannelInput<Q>), answer),
    [queryClient, channel],
  );
}

/** The first error of several queries a screen needs together. */
export function firstError(...queries: Pick<UseQueryResult<unknown, Error>, 'error'>[]): string | undefined {
  return queries.find((query) => query.error)?.error?.message;
}

export interface IpcChange<C extends ChangeChannel> {
  /** Sends the change; resolves with main's answer or refusal, never throws. */
  run(input: ChannelInput<C>): Promise<IpcResult<ChannelOutput<C>>>;
  /** True while a change from this hook is on its way. */
  pending: boolean;
}

/** Marks what a change made stale, and puts its answer where the table says it belongs. */
async function applyEffects<C extends ChangeChannel>(
  queryClient: QueryClient,
  channel: C,
  answer: ChannelOutput<C>,
): Promise<void> {
  const effect: ChangeEffect = changeEffects[channel];
  if (effect.invalidates === 'everything') forgetSessionData(queryClient);
  if (effect.answers) queryClient.setQueryData(queryKeyOf(effect.answers, {} as never), answer);
  if (effect.invalidates === 'everything') return;
  // The change counts as done once what it made stale is on screen again.
  await Promise.all(effect.invalidates.map((stale) => queryClient.invalidateQueries({ queryKey: [stale] })));
}

interface ChangeRequest<C extends ChangeChannel = ChangeChannel> {
  channel: C;
  input: ChannelInput<C>;
}

/**
 * Changes sent to main on any of a family of channels (the plan's edits): `run(channel, input)`.
 * Changes given the same `serial` name, here or in another hook, run one after another in the order
 * they were made (a form's autosaves, the plan's edits); others run as they come.
 */
export function useIpcChanges<F extends ChangeChannel>(options: { serial?: string } = {}) {
  const ipc = useIpcClient();
  const queryClient = useQueryClient();
  const { mutateAsync, isPending } = useMutation<unknown, IpcRequestError, ChangeRequest>({
    mutationFn: ({ channel, input }) => answerOf(ipc, channel, input),
    scope: options.serial === undefined ? undefined : { id: options.serial },
    onSuccess: (answer, { channel }) => applyEffects(queryClient, channel, answer as never),
  });
  const run = useCallback(
    async <C extends F>(channel: C, input: ChannelInput<C>): Promise<IpcResult<ChannelOutput<C>>> => {
      try {
        return { ok: true, value: (await mutateAsync({ channel, input } as ChangeRequest)) as ChannelOutput<C> };
      } catch (error) {
        return {
          ok: false,
          error: error instanceof IpcRequestError ? { code: error.code, message: error.message } : unexpected,
        };
      }
    },
    [mutateAsync],
  );
  return { run, pending: isPending };
}

/** A change sent to main on one channel (see `useIpcChanges` for `serial`). */
export function useIpcChange<C extends ChangeChannel>(channel: C, options: { serial?: string } = {}): IpcChange<C> {
  const changes = useIpcChanges<C>(options);
  const { run: runOn } = changes;
  const run = useCallback((input: ChannelInput<C>) => runOn(channel, input), [runOn, channel]);
  return { run, pending: changes.pending };
}

/**
 * Forgets every answer read from the unlocked vault (at a lock, or when its contents were replaced):
 * nothing read from it outlives the session. What the locked screens read stays (it is readable
 * without the passphrase), marked stale so it is asked for again the next time it is shown.
 */
export function forgetSessionData(queryClient: QueryClient): void {
  const readableLocked = (key: readonly unknown[]) => (lockedQueries as readonly unknown[]).includes(key[0]);
  queryClient.removeQueries({ predicate: (query) => !readableLocked(query.queryKey) });
  void queryClient.invalidateQueries({ predicate: (query) => readableLocked(query.queryKey), refetchType: 'none' });
}

/** The gate's way to forget the session's answers when main locks on its own. */
export function useForgetSessionData(): () => void {
  const queryClient = useQueryClient();
  return useCallback(() => forgetSessionData(queryClient), [queryClient]);
}
