/*
 * The hand-written way, as a merchant's developer writes it in an afternoon: one hook per widget,
 * `useEffect` → `getChannelsLiveInfo` through `@tarojs/taro`, `setInterval` at the same interval as
 * our client (core: `livePollIntervalMs`, 60 s), state per component, cleanup on unmount. It guards
 * against a late answer after unmount and against a missing API; it does not share requests
 * between widgets and does not follow page visibility (BENCHMARKS.md, "The baseline").
 *
 * Named imports: what a weapp build gives `Taro.getChannelsLiveInfo` too; in the bench, the same
 * `@tarojs/taro` our adapter uses, over the simulator.
 */

import { getChannelsLiveInfo } from '@tarojs/taro'
import { useEffect, useState } from 'react'

/** Our client's default live-status poll (core, `livePollIntervalMs`). */
export const LIVE_POLL_MS = 60_000
/** Our client's default notice poll (core, `noticePollIntervalMs`). */
export const NOTICE_POLL_MS = 300_000

/** What `getChannelsLiveInfo` answers (the fields the widgets show). */
export interface HandLiveInfo {
  /** 1 never live, 2 live, 3 ended, 4 preparing. */
  status: number
  feedId?: string
  nonceId?: string
  headUrl?: string
  nickname?: string
  description?: string
}

type AnyApi = (option: Record<string, unknown>) => Promise<unknown>

/** A Taro API as a function, or `undefined` where the platform lacks it (DevTools, old base library). */
export const api = (fn: unknown): AnyApi | undefined =>
  typeof fn === 'function' ? (fn as AnyApi) : undefined

/** The channel's live status, fetched on mount and every {@link LIVE_POLL_MS}. */
export function useLiveStatusByHand(finderUserName: string) {
  const [info, setInfo] = useState<HandLiveInfo | null>(null)
  const [failed, setFailed] = useState(false)
  useEffect(() => {
    let cancelled = false
    const load = () => {
      const get = api(getChannelsLiveInfo)
      if (!get) {
        setFailed(true)
        return
      }
      get({ finderUserName }).then(
        (res) => {
          if (cancelled) return
          setInfo(res as HandLiveInfo)
          setFailed(false)
        },
        () => {
          if (!cancelled) setFailed(true)
        },
      )
    }
    load()
    const timer = setInterval(load, LIVE_POLL_MS)
    return () => {
      cancelled = true
      clearInterval(timer)
    }
  }, [finderUserName])
  return { info, failed, live: info?.status === 2 }
}
