import type { LiveError } from '@taro-live/core'
import { useEffect, useRef } from 'react'

/** Reports each new error once through `onError` (also under StrictMode's double effects). */
export function useReportError(
  error: LiveError | undefined,
  onError: ((error: LiveError) => void) | undefined,
): void {
  const reported = useRef<LiveError>()
  useEffect(() => {
    if (!error || reported.current === error) return
    reported.current = error
    onError?.(error)
  })
}
