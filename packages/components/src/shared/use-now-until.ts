import { type Clock, scheduleAt } from '@taro-live/core'
import { useEffect, useState } from 'react'

/**
 * The clock's time, read again at `nextAt` (re-rendering then); `undefined` schedules nothing.
 * Widgets use it for a countdown (the next second) and for labels that change at an instant.
 */
export function useNowUntil(clock: Clock, nextAt: number | undefined): number {
  const [, setTick] = useState(0)
  const now = clock.now()
  useEffect(() => {
    if (nextAt === undefined) return
    return scheduleAt(clock, nextAt, () => setTick((n) => n + 1))
  }, [clock, nextAt])
  return now
}
