import { type LiveError, openNoticeSheet, toLiveError } from '@taro-live/core'
import { scheduleAt } from '@taro-live/core/internal'
import { useCallback, useRef } from 'react'
import { usePlatform } from '../runtime/live-runtime'
import { useLatest } from '../runtime/use-latest'

/** Options of {@link useOpenNoticeSheet}. */
export interface UseOpenNoticeSheetOptions {
  /**
   * WeChat answered the call: the sheet was shown (possibly already closed). What the user did
   * there is not reported.
   */
  onOpen?: () => void
  /** The sheet did not open: below base library 3.13.0, outside a tap, no notice, … */
  onError?: (error: LiveError) => void
}

/**
 * A tap handler that opens WeChat's own notice sheet for the channel
 * (`wx.openChannelsLiveNoticeInfo`, base library ≥ 3.13.0), where the user can reserve the next
 * live. Call it first thing in `onClick`: like opening the live room it works only synchronously in
 * a tap (docs/platform.md, WeChat's notice sheet). Whether this platform has it:
 * `usePlatform().check('openChannelsLiveNoticeInfo') === null`. A second tap while the first is
 * pending does nothing, for up to 10 s: WeChat may answer only when the sheet closes, so a slow
 * answer is not an error, and a late one still calls `onOpen`.
 */
export function useOpenNoticeSheet(
  finderUserName: string,
  options: UseOpenNoticeSheetOptions = {},
): () => void {
  const platform = usePlatform()
  const latest = useLatest(options)
  const pending = useRef(false)
  return useCallback(() => {
    if (pending.current) return
    pending.current = true
    const { clock } = platform
    const release = () => {
      pending.current = false
    }
    // The next tap is free once WeChat answers, or after 10 s if it has not (it may never).
    const cancelRelease = scheduleAt(clock, clock.now() + 10_000, release)
    const settle = () => {
      cancelRelease()
      release()
    }
    // WeChat is called synchronously, inside this tap.
    openNoticeSheet(platform, finderUserName).then(
      () => {
        settle()
        latest.current.onOpen?.()
      },
      (error: unknown) => {
        settle()
        latest.current.onError?.(toLiveError(error, 'openChannelsLiveNoticeInfo'))
      },
    )
  }, [platform, finderUserName, latest])
}
