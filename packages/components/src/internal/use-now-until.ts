import type { Clock } from '@taro-live/core'
import { scheduleAt } from '@taro-live/core/internal'
import { usePageVisible } from '@taro-live/hooks/internal'
import { useEffect, useState } from 'react'

/**
 * The clock's time, read again at `nextAt` (re-rendering then); `undefined` schedules nothing.
 * Widgets use it for a countdown (the next second) and for labels that change at an instant.
 * Paused while the widget's page is hidden: WeChat still sends every `setData` to a hidden page
 * (one a second for a countdown), and the page showing again re-renders with the time of then.
 */
export function useNowUntil(clock: Clock, nextAt: number | undefined): number {
  const shown = usePageVisible()
  const [, setTick] = useState(0)
  const now = clock.now()
  useEffect(() => {
    if (nextAt === undefined || !shown) return
    return scheduleAt(clock, nextAt, () => setTick((n) => n + 1))
  }, [clock, nextAt, shown])
  return now
}
