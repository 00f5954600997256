import type { SimContext } from './sim-context'
import type { WechatSimulator } from './wechat-simulator'

/**
 * `wx` storage as WeChat keeps it: values stored as JSON (so what comes back is a copy), `''` for a
 * missing key, and a write that can fail when the quota is exceeded.
 */
export interface SimStorage {
  /** The `wx` storage APIs. */
  readonly api: {
    getStorageSync(key: string): unknown
    setStorageSync(key: string, value: unknown): void
    removeStorageSync(key: string): void
  }
  /** The test controls. */
  readonly controls: WechatSimulator['storage']
}

export function createSimStorage(ctx: SimContext): SimStorage {
  const { emit } = ctx
  const store = new Map<string, string>()
  let failWrites = false
  return {
    api: {
      getStorageSync(key) {
        const raw = store.get(key)
        // WeChat answers '' for a missing key.
        return raw === undefined ? '' : JSON.parse(raw)
      },
      setStorageSync(key, value) {
        if (failWrites) throw new Error('setStorageSync:fail exceed storage max size 10MB')
        store.set(key, JSON.stringify(value ?? null))
        emit()
      },
      removeStorageSync(key) {
        store.delete(key)
        emit()
      },
    },
    controls: {
      // Not Object.fromEntries (ES2019): the build target is ES2018.
      dump: () => Object.assign({}, ...[...store].map(([k, v]) => ({ [k]: JSON.parse(v) }))),
      put(key, value) {
        store.set(key, JSON.stringify(value))
        emit()
      },
      failWrites(next) {
        failWrites = next
      },
      clear() {
        store.clear()
        emit()
      },
    },
  }
}
