import type { WxFailResult } from '@taro-live/core'
import type { WechatSimulator } from '../src'

/** What a callback-style call ended with. */
export type Outcome =
  | { ok: true; result: Record<string, unknown> }
  | { ok: false; error: WxFailResult }

/** Calls a callback-style simulator API and waits for its answer. */
export function call(
  sim: WechatSimulator,
  api: keyof WechatSimulator,
  params: object = {},
): Promise<Outcome> {
  return new Promise((resolve) => {
    const fn = sim[api] as (option: object) => void
    fn({
      ...params,
      success: (result: Record<string, unknown>) => resolve({ ok: true, result }),
      fail: (error: WxFailResult) => resolve({ ok: false, error }),
    })
  })
}
