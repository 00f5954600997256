import {
  fetchLiveReplays,
  type LiveError,
  type LiveInfoEntry,
  type LiveReplays,
  toLiveError,
} from '@taro-live/core'
import { useCallback, useEffect, useRef, useState } from 'react'
import { usePlatform } from '../runtime/live-runtime'

/** Options of {@link useChannelsLiveReplays}. */
export interface UseChannelsLiveReplaysOptions {
  /**
   * The oldest live start to ask for, epoch ms or a Date; taken to the hour, so a value computed in
   * render (`Date.now() - 7 * 864e5`) does not ask again on every render. Default: 30 days back.
   */
  since?: number | Date
  /** `false` asks nothing. Default `true`. */
  enabled?: boolean
}

/** What {@link useChannelsLiveReplays} returns. */
export interface ChannelsLiveReplaysResult {
  /**
   * The channel's recent lives with an id, newest first, each with its `replayStatus`
   * (`'generated'` means there is a replay to watch); `undefined` until the first answer.
   */
  lives: LiveInfoEntry[] | undefined
  /**
   * `false` below base library 2.29.0: only the newest live is known there, and its replay state is
   * `undefined` (not reported), never "not generated".
   */
  complete: boolean
  /** `true` while a request is on its way. */
  loading: boolean
  /** The last error, typed; `lives` keeps the last answer. */
  error: LiveError | undefined
  /** Asks again now. */
  refresh: () => void
  /** Whether this platform can list lives at all (WeChat ≥ 2.15.0). */
  supported: boolean
}

const HOUR = 3_600_000

interface ReplaysState {
  /** The channel and window the answer is for: another one shows nothing of it. */
  of?: string
  lives?: LiveInfoEntry[]
  complete?: boolean
  loading: boolean
  error?: LiveError
}

/**
 * A channel's recent lives and their replays (`getChannelsLiveInfo`'s `otherInfos` and
 * `replayStatus`, base library ≥ 2.29.0). One request on mount, on a change of channel or `since`,
 * and on `refresh()`; nothing is polled or shared (a replay list does not change while it is read).
 */
export function useChannelsLiveReplays(
  finderUserName: string,
  options: UseChannelsLiveReplaysOptions = {},
): ChannelsLiveReplaysResult {
  const platform = usePlatform()
  const enabled = options.enabled !== false
  const since =
    options.since === undefined ? undefined : Math.floor(Number(options.since) / HOUR) * HOUR
  const supported = platform.check('getChannelsLiveInfo') === null
  const of = JSON.stringify([finderUserName, since])
  const [state, setState] = useState<ReplaysState>({ loading: true })
  const [round, setRound] = useState(0)
  // One request per channel, window and refresh: StrictMode's second effect run takes the same one.
  const request = useRef<{ key: string; platform: object; answer: Promise<LiveReplays> }>()

  useEffect(() => {
    if (!enabled) {
      // Enabled again later, it asks again.
      request.current = undefined
      return
    }
    const key = `${of}${round}`
    let current = request.current
    if (!current || current.key !== key || current.platform !== platform) {
      current = { key, platform, answer: fetchLiveReplays(platform, finderUserName, { since }) }
      request.current = current
      setState((previous) => (previous.loading ? previous : { ...previous, loading: true }))
    }
    // An answer after unmount or a newer request is dropped.
    let active = true
    current.answer.then(
      ({ lives, complete }) => {
        if (active) setState({ of, lives, complete, loading: false })
      },
      (error: unknown) => {
        if (!active) return
        const failure = toLiveError(error, 'getChannelsLiveInfo')
        // A failed refresh keeps the lives it had; a failure for another channel shows none.
        setState((previous) => ({
          ...(previous.of === of ? previous : {}),
          of,
          loading: false,
          error: failure,
        }))
      },
    )
    return () => {
      active = false
    }
  }, [platform, finderUserName, since, of, enabled, round])

  const current = state.of === of ? state : undefined
  const refresh = useCallback(() => setRound((n) => n + 1), [])
  return {
    lives: current?.lives,
    complete: !!current?.complete,
    loading: enabled && (state.loading || !current),
    error: current?.error,
    refresh,
    supported,
  }
}
