import type { SimContext } from './sim-context'
import { MIN_BASE_LIBRARY, versionAtLeast } from './wechat-versions'

/**
 * Puts the `wx` APIs on `target` as getters: an API is missing (undefined) below its base library,
 * as on a device, so feature checks like `if (wx.getUserProfile)` behave as they would there. Taro's
 * H5 stubs exist whatever the version.
 */
export function defineGatedApis(
  target: object,
  api: Record<string, unknown>,
  ctx: SimContext,
): void {
  for (const [name, fn] of Object.entries(api)) {
    Object.defineProperty(target, name, {
      enumerable: true,
      get: () => {
        const minimum = MIN_BASE_LIBRARY[name]
        return minimum === undefined ||
          ctx.mode === 'h5-stub' ||
          versionAtLeast(ctx.baseLibrary, minimum)
          ? fn
          : undefined
      },
    })
  }
}
