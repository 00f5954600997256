import { useCallback, useSyncExternalStore } from 'react'

/**
 * One channel's state from the client, re-rendered when it changes (a thin `useSyncExternalStore`
 * binding, TanStack Query's model). `enabled: false` reads without subscribing, so nothing is fetched.
 */
export function useChannelState<S>(
  finderUserName: string,
  enabled: boolean,
  subscribe: (finderUserName: string, listener: () => void) => () => void,
  read: (finderUserName: string) => S,
): S {
  const watch = useCallback(
    (listener: () => void) => (enabled ? subscribe(finderUserName, listener) : () => undefined),
    [subscribe, finderUserName, enabled],
  )
  const snapshot = () => read(finderUserName)
  return useSyncExternalStore(watch, snapshot, snapshot)
}
