import { LiveError } from '../errors/live-error'

/** Calls every listener; one that throws is reported and does not stop the others (or the polling). */
export function notifyAll(
  listeners: Iterable<() => void>,
  onError: (error: LiveError) => void,
): void {
  for (const listener of [...listeners]) {
    try {
      listener()
    } catch (cause) {
      onError(new LiveError('platform-failure', 'A subscriber threw', { cause }))
    }
  }
}
