import { type Answer, fail } from './answer'
import type { SimClock } from './sim-clock'
import type { SimMode, SimVariants } from './types'
import { DEFAULT_SIM_VARIANTS } from './types'
import type { WechatSimulatorOptions } from './wechat-simulator'

/**
 * What every part of the simulator shares: the clock, the settings a test may change while it runs
 * (base library, mode, scene, variants), and change notification. One mutable object rather than
 * variables in a closure, so the parts can live in their own files and still see each change.
 */
export interface SimContext {
  readonly options: WechatSimulatorOptions
  readonly clock: SimClock
  readonly latencyMs: number
  readonly os: 'ios' | 'android' | 'harmony'
  /** Epoch ms; decides whether `getUserInfo` is anonymous. */
  readonly appReleasedAt: number
  baseLibrary: string
  mode: SimMode
  scene: number
  apiCategory: string
  readonly variants: SimVariants
  /** Subscribers of `subscribe`: told after every call and every change. */
  readonly listeners: Set<() => void>
  emit(): void
  /** A failure as the current variant reports it: with `err_code`, or with only its `errMsg`. */
  failure(api: string, reason: string, err_code?: number): Answer
  /** What WeChat answers a tap-only API called outside a tap (no `err_code`). */
  outsideTap(api: string): Answer
}

export function createSimContext(options: WechatSimulatorOptions, clock: SimClock): SimContext {
  const listeners = new Set<() => void>()
  const variants: SimVariants = { ...DEFAULT_SIM_VARIANTS, ...options.variants }
  return {
    options,
    clock,
    latencyMs: options.latencyMs ?? 0,
    os: options.os ?? 'ios',
    appReleasedAt: Number(options.appReleasedAt ?? Date.UTC(2025, 0, 1)),
    baseLibrary: options.baseLibrary ?? '3.7.0',
    mode: options.mode ?? 'device',
    scene: options.scene ?? 1001,
    apiCategory: options.apiCategory ?? 'default',
    variants,
    listeners,
    emit() {
      // A copy: a listener may unsubscribe while being told.
      for (const listener of [...listeners]) listener()
    },
    failure(api, reason, err_code) {
      return fail(api, reason, variants.errCode === 'errmsg-only' ? undefined : err_code)
    },
    outsideTap(api) {
      return fail(api, 'can only be invoked by user TAP gesture.')
    },
  }
}
