import type { WxFailResult } from '@taro-live/core'

/**
 * What a simulated API decides, before the call pipeline turns it into callbacks: the handlers stay
 * pure functions of their params and the model, and delivery (latency, scripts, modes) lives in one
 * place.
 */
export type Answer =
  | { ok: true; result: Record<string, unknown> }
  | { ok: false; fail: WxFailResult }

/** One API's model: params in, the answer its callbacks get out. */
export type Handler = (params: Record<string, unknown>, inTap: boolean) => Answer

export const ok = (result: Record<string, unknown>): Answer => ({ ok: true, result })

export const fail = (api: string, reason: string, err_code?: number): Answer => ({
  ok: false,
  fail:
    err_code === undefined
      ? { errMsg: `${api}:fail ${reason}` }
      : { errMsg: `${api}:fail ${reason}`, err_code },
})
