import type { LiveClient, LiveError, LiveStatusClient, NoticeState } from '@taro-live/core'
import { withNotices } from '@taro-live/core/internal'
import { clientOf } from './client-of'
import type { LiveRuntime } from './live-runtime'

/** Per client the app gave that cannot take notices, the stand-in that answers why. */
const refusals = new WeakMap<LiveStatusClient, LiveClient>()

/**
 * The runtime's client with its notice part (added on first use, on the same requests and timers).
 * A client the app gave that cannot take notices (a hand-made wrapper, or one from another copy of
 * core) gets no second client over the same platform (a second cache and timers, every channel
 * asked twice): its notice part answers the `invalid-argument` {@link LiveError} that `withNotices`
 * threw. Every notice reads as that error (not loading, no request), `reserve` rejects with it, and
 * the live-status part is the app's client itself. One stand-in and one error per client, so that
 * a widget is not re-rendered by it and reports the error once.
 */
export function noticeClientOf(runtime: LiveRuntime): LiveClient {
  const client = clientOf(runtime)
  let refused = refusals.get(client)
  if (!refused) {
    try {
      return withNotices(client)
    } catch (thrown) {
      const error = thrown as LiveError
      const state: NoticeState = {
        status: 'error',
        data: undefined,
        error,
        phase: undefined,
        reserved: false,
      }
      // The app's client as the prototype: its live-status members (and `this` in them) unchanged.
      refused = Object.assign(Object.create(client) as LiveStatusClient, {
        getNotice: () => state,
        subscribeNotice: () => () => undefined,
        refreshNotice: async () => undefined,
        reserve: async (): Promise<never> => {
          throw error
        },
        isReserved: () => false,
      })
      refusals.set(client, refused)
    }
  }
  return refused
}
