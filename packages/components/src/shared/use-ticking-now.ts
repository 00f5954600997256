import { type Clock, scheduleAt } from '@taro-live/core'
import { useEffect, useState } from 'react'

/** The clock's time, re-read every `stepMs` (on the step boundary) while `active`. */
export function useTickingNow(clock: Clock, active: boolean, stepMs = 1000): number {
  const [, setTick] = useState(0)
  const now = clock.now()
  useEffect(() => {
    if (!active) return
    const next = (Math.floor(clock.now() / stepMs) + 1) * stepMs
    return scheduleAt(clock, next, () => setTick((n) => n + 1))
  })
  return now
}
