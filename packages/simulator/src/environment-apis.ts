import type { WxBaseInfo, WxEnterOptions } from '@taro-live/core'

import type { SimContext } from './sim-context'
import { MIN_BASE_LIBRARY, versionAtLeast } from './wechat-versions'

/**
 * The synchronous `wx` APIs that describe where the app runs (base library, platform, launch
 * scene): they read the context on every call, so `setBaseLibrary`, `setMode` and `setScene` show
 * at once.
 */
export function createEnvironmentApis(ctx: SimContext): Record<string, unknown> {
  const api: Record<string, unknown> = {}
  api.canIUse = (schema: string) => {
    if (ctx.mode === 'h5-stub') return false
    const minimum = MIN_BASE_LIBRARY[schema]
    return minimum !== undefined && versionAtLeast(ctx.baseLibrary, minimum)
  }
  const baseInfo = (): WxBaseInfo => ({
    SDKVersion: ctx.mode === 'h5-stub' ? '' : ctx.baseLibrary,
    platform: ctx.mode === 'devtools' ? 'devtools' : ctx.os === 'harmony' ? 'ohos' : ctx.os,
  })
  api.getAppBaseInfo = baseInfo
  api.getSystemInfoSync = baseInfo
  api.getEnterOptionsSync = (): WxEnterOptions => ({
    scene: ctx.scene,
    path: 'pages/index/index',
    query: {},
    apiCategory: ctx.apiCategory,
  })
  return api
}
