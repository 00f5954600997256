import type { WxCallbacks } from '@taro-live/core'

import { type Answer, type Handler, ok } from './answer'
import type { GestureTracker } from './gesture'
import type { SimContext } from './sim-context'
import type { SimAction, SimCall } from './types'

/**
 * What happens to every callback-style `wx` call between the app and a handler: it is logged, a
 * scripted action may replace the handler (fail, respond, hang, delay), the mode may short-circuit
 * it (Taro's H5 stubs, DevTools), and the answer reaches the callbacks later, never synchronously,
 * as on a device.
 */

/** The Channels APIs, which DevTools does not support. */
const CHANNEL_APIS = new Set([
  'getChannelsLiveInfo',
  'getChannelsLiveNoticeInfo',
  'openChannelsLive',
  'reserveChannelsLive',
  'openChannelsUserProfile',
  'openChannelsLiveNoticeInfo',
])

type Callbacks = WxCallbacks<unknown>

export interface CallPipeline {
  /** The call log, in order. */
  readonly calls: SimCall[]
  clearCalls(): void
  /** Scripts the next `times` calls of `api`. */
  script(api: string, action: SimAction, options?: { times?: number }): void
  /**
   * Logs something answered at once inside a tap, e.g. a tap on a native component, and tells the
   * subscribers. No script, mode or latency applies.
   */
  record(api: string, params: Record<string, unknown>, answer: Answer): void
  /** The `wx` function for `api`, answering with `handler` unless scripted or short-circuited. */
  callbackApi(
    api: string,
    handler: Handler | undefined,
  ): (option?: Record<string, unknown> & Callbacks) => void
}

export function createCallPipeline(ctx: SimContext, gesture: GestureTracker): CallPipeline {
  const { clock, emit } = ctx
  let seq = 0
  const calls: SimCall[] = []
  const scripts = new Map<string, Array<{ action: SimAction; left: number }>>()

  function takeScript(api: string): SimAction | undefined {
    const list = scripts.get(api)
    const head = list?.[0]
    if (!list || !head) return undefined
    head.left -= 1
    if (head.left <= 0) list.shift()
    return head.action
  }

  function deliver(fn: () => void, delay: number): void {
    if (delay > 0) clock.setTimeout(fn, delay)
    else Promise.resolve().then(fn) // not queueMicrotask: missing on older base libraries
  }

  function callbackApi(api: string, handler: Handler | undefined) {
    return (option: Record<string, unknown> & Callbacks = {}) => {
      const { success, fail: onFail, complete, ...params } = option ?? {}
      const inTap = gesture.active()
      seq += 1
      const record: SimCall = { seq, api, params, at: clock.now(), inTap, outcome: 'pending' }
      calls.push(record)
      const respond = (answer: Answer, delay: number) => {
        deliver(() => {
          if (answer.ok) {
            // The log keeps what the callback received (its own copy: the app may mutate its one).
            const result = { errMsg: `${api}:ok`, ...answer.result }
            record.outcome = 'success'
            record.result = { ...result }
            emit()
            success?.(result)
            complete?.({ ...result })
          } else {
            record.outcome = 'fail'
            record.result = answer.fail
            emit()
            onFail?.(answer.fail)
            complete?.(answer.fail)
          }
        }, delay)
      }
      emit()
      if (ctx.mode === 'h5-stub') {
        // Taro's H5 stubs (docs/platform.md, Taro): production resolves successfully, development
        // fails.
        const errMsg = `暂时不支持 API ${api}`
        respond(ctx.options.h5Development ? { ok: false, fail: { errMsg } } : ok({ errMsg }), 0)
        return
      }
      if (ctx.mode === 'devtools' && CHANNEL_APIS.has(api)) {
        respond(
          ctx.failure(api, 'not supported in devtools, please use a real device', -14),
          ctx.latencyMs,
        )
        return
      }
      const scripted = takeScript(api)
      if (scripted?.type === 'hang') {
        record.outcome = 'hang'
        emit()
        return
      }
      if (scripted?.type === 'fail') {
        respond(
          {
            ok: false,
            fail: {
              errMsg: scripted.errMsg ?? `${api}:fail scripted failure`,
              ...(scripted.err_code === undefined ? {} : { err_code: scripted.err_code }),
            },
          },
          ctx.latencyMs,
        )
        return
      }
      if (scripted?.type === 'respond') {
        respond(ok(scripted.result as Record<string, unknown>), ctx.latencyMs)
        return
      }
      const answer = handler ? handler(params, inTap) : ctx.failure(api, 'not implemented')
      respond(answer, scripted?.type === 'delay' ? scripted.ms : ctx.latencyMs)
    }
  }

  return {
    calls,
    clearCalls() {
      calls.length = 0
      emit()
    },
    script(api, action, opts = {}) {
      const list = scripts.get(api) ?? []
      list.push({ action, left: opts.times ?? 1 })
      scripts.set(api, list)
    },
    record(api, params, answer) {
      seq += 1
      calls.push({
        seq,
        api,
        params,
        at: clock.now(),
        inTap: true,
        outcome: answer.ok ? 'success' : 'fail',
        result: answer.ok ? answer.result : answer.fail,
      })
      emit()
    },
    callbackApi,
  }
}
