import { type LiveError, openNoticeSheet, toLiveError } from '@taro-live/core'
import { useCallback, useRef } from 'react'
import { usePlatform } from '../runtime/live-runtime'
import { useLatest } from '../runtime/use-latest'

/** Options of {@link useOpenNoticeSheet}. */
export interface UseOpenNoticeSheetOptions {
  /** WeChat showed its notice sheet. What the user did there is not reported. */
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
 * pending does nothing.
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
    // WeChat is called synchronously, inside this tap; if it never calls back, the pending tap is
    // released after the timeout.
    openNoticeSheet(platform, finderUserName).then(
      () => {
        pending.current = false
        latest.current.onOpen?.()
      },
      (error: unknown) => {
        pending.current = false
        latest.current.onError?.(toLiveError(error, 'openChannelsLiveNoticeInfo'))
      },
    )
  }, [platform, finderUserName, latest])
}
