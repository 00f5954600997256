import type { LiveError, LiveInfo, LiveStatus } from '@taro-live/core'
import { useCallback } from 'react'
import { useChannelState } from '../runtime/use-channel-state'
import { useLiveStatusClient } from '../runtime/use-live-client'

/** Options of {@link useChannelsLive}. */
export interface UseChannelsLiveOptions {
  /**
   * `false` watches nothing (no requests). Default `true`. While disabled `loading` is `false` (no
   * answer is on its way), and `info`/`status` are whatever the shared client already holds for the
   * channel (`undefined` unless another widget loaded it), like TanStack Query's disabled queries.
   */
  enabled?: boolean
}

/** What {@link useChannelsLive} returns. */
export interface ChannelsLiveResult {
  /** The live's status; `undefined` until known. `unknown` (an undocumented code) is never live. */
  status: LiveStatus | undefined
  /** The parsed live info (kept through later errors). */
  info: LiveInfo | undefined
  /** `true` until the first answer; always `false` while `enabled` is `false`. */
  loading: boolean
  /** The last error, typed. */
  error: LiveError | undefined
  /** Asks again now (also after a permanent error). */
  refresh: () => Promise<void>
  /** Whether this platform can tell a live status at all (WeChat ≥ 2.15.0, not DevTools-agnostic). */
  supported: boolean
}

/**
 * Live status of a channel. Every widget of a channel shares one request, polled only while a page
 * with a widget is shown.
 */
export function useChannelsLive(
  finderUserName: string,
  options: UseChannelsLiveOptions = {},
): ChannelsLiveResult {
  const client = useLiveStatusClient()
  const enabled = options.enabled !== false
  const state = useChannelState(finderUserName, enabled, client.subscribeLive, client.getLive)
  const refresh = useCallback(() => client.refreshLive(finderUserName), [client, finderUserName])
  return {
    status: state.data?.status,
    info: state.data,
    loading: enabled && state.status === 'pending',
    error: state.error,
    refresh,
    supported: client.platform.check('getChannelsLiveInfo') === null,
  }
}
