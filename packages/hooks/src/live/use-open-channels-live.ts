import { type LiveError, toLiveError } from '@taro-live/core'
import { useCallback, useEffect, useRef } from 'react'
import { useLatest } from '../runtime/use-latest'
import { useLiveStatusClient } from '../runtime/use-live-client'

/** Options of {@link useOpenChannelsLive}. */
export interface UseOpenChannelsLiveOptions {
  /** The live room was opened (the user confirmed WeChat's popup). */
  onOpen?: () => void
  /** The jump did not happen: cancelled, outside a tap, unsupported, … */
  onError?: (error: LiveError) => void
}

/**
 * A tap handler that opens the channel's live room. Call it first thing in `onClick`: it calls
 * WeChat synchronously (the user-gesture rule: docs/platform.md, Opening the live room) with the
 * prefetched `feedId`/`nonceId` (left out from 2.19.2 when not loaded). A second tap while the
 * first is pending does nothing.
 */
export function useOpenChannelsLive(
  finderUserName: string,
  options: UseOpenChannelsLiveOptions = {},
): () => void {
  const client = useLiveStatusClient()
  const latest = useLatest(options)
  const pending = useRef<Promise<void>>()
  // Prefetch the ids: below 2.19.2 they are required, and the tap must not wait for them.
  useEffect(() => client.subscribeLive(finderUserName, () => undefined), [client, finderUserName])
  return useCallback(() => {
    // The client calls WeChat synchronously, or hands a second tap the pending call (until its
    // timeout: WeChat may never call back, and the next tap must then try again).
    const call = client.openLive(finderUserName)
    if (call === pending.current) return
    pending.current = call
    call.then(
      () => latest.current.onOpen?.(),
      (error: unknown) => latest.current.onError?.(toLiveError(error, 'openChannelsLive')),
    )
  }, [client, finderUserName, latest])
}
