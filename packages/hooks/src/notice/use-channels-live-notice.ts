import {
  type LiveError,
  type NoticeInfo,
  type NoticePhase,
  type ReserveResult,
  toLiveError,
} from '@taro-live/core'
import { useCallback, useRef, useState } from 'react'
import { useChannelState } from '../runtime/use-channel-state'
import { useLiveClient } from '../runtime/use-live-client'

/** Options of {@link useChannelsLiveNotice}. */
export interface UseChannelsLiveNoticeOptions {
  /**
   * `false` watches nothing (no requests). Default `true`. While disabled `loading` is `false` (no
   * answer is on its way), and `notice`/`phase` are whatever the shared client already holds for
   * the channel (`undefined` unless another widget loaded it), like TanStack Query's disabled queries.
   */
  enabled?: boolean
}

/** What {@link useChannelsLiveNotice} returns. */
export interface ChannelsLiveNoticeResult {
  /** The next notice; `null` when the channel has none, `undefined` until known. */
  notice: NoticeInfo | null | undefined
  /** `upcoming` → `lingering` (start passed, reservable for about an hour) → `expired`; re-rendered exactly then. */
  phase: NoticePhase | undefined
  /** Whether this user reserved it (WeChat never says; recorded from the reserve popup). */
  reserved: boolean
  /** `true` until the first answer; always `false` while `enabled` is `false`. */
  loading: boolean
  /** The last error, typed. */
  error: LiveError | undefined
  /** `true` while the reserve popup is up. */
  reserving: boolean
  /** Shows WeChat's reserve popup and records the outcome. Rejects with a {@link LiveError}. */
  reserve: () => Promise<ReserveResult>
  /** Asks again now. */
  refresh: () => Promise<void>
  /** Whether this platform has notices (WeChat ≥ 2.19.0). */
  supported: boolean
}

/**
 * The next live notice of a channel, its phase, and this user's reservation. When the client given
 * to `LiveProvider` cannot take notices (a hand-made wrapper), `error` is an `invalid-argument`
 * `LiveError` and no request is made.
 */
export function useChannelsLiveNotice(
  finderUserName: string,
  options: UseChannelsLiveNoticeOptions = {},
): ChannelsLiveNoticeResult {
  const client = useLiveClient()
  const enabled = options.enabled !== false
  const state = useChannelState(finderUserName, enabled, client.subscribeNotice, client.getNotice)
  const [reserving, setReserving] = useState(false)
  // The client hands a second tap the pending call; hand it the same wrapped promise.
  const pending = useRef<{ call: Promise<ReserveResult>; wrapped: Promise<ReserveResult> }>()
  const reserve = useCallback(() => {
    const call = client.reserve(finderUserName)
    if (pending.current?.call === call) return pending.current.wrapped
    setReserving(true)
    const settle = () => {
      if (pending.current?.call !== call) return
      pending.current = undefined
      setReserving(false)
    }
    const wrapped = call.then(
      (result) => {
        settle()
        return result
      },
      (error: unknown) => {
        settle()
        throw toLiveError(error, 'reserveChannelsLive')
      },
    )
    pending.current = { call, wrapped }
    return wrapped
  }, [client, finderUserName])
  const refresh = useCallback(() => client.refreshNotice(finderUserName), [client, finderUserName])
  return {
    notice: state.data,
    phase: state.phase,
    reserved: state.reserved,
    loading: enabled && state.status === 'pending',
    error: state.error,
    reserving,
    reserve,
    refresh,
    supported: client.platform.check('getChannelsLiveNoticeInfo') === null,
  }
}
