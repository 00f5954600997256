import { LiveError } from '../errors/live-error'
import { type Clock, scheduleAt } from './clock'

/**
 * Starts a platform call and settles with it, or rejects with a `timeout` {@link LiveError} after
 * `timeoutMs`: WeChat sometimes never calls back, and nothing may wait forever on it. A late
 * answer after the timeout is dropped. A call that throws synchronously rejects.
 */
export function withTimeout<T>(
  clock: Clock,
  timeoutMs: number,
  api: string,
  start: () => Promise<T>,
): Promise<T> {
  return new Promise<T>((resolve, reject) => {
    const cancelTimeout = scheduleAt(clock, clock.now() + timeoutMs, () =>
      reject(new LiveError('timeout', `${api}: no answer in ${timeoutMs} ms`, { api })),
    )
    const settle =
      <V>(fn: (value: V) => void) =>
      (value: V) => {
        cancelTimeout()
        fn(value)
      }
    try {
      start().then(settle(resolve), settle(reject))
    } catch (error) {
      settle(reject)(error)
    }
  })
}
