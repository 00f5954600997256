/*
 * The packages ship as ES2018 for older iOS WebViews and base libraries, which lack ES2019+
 * built-ins such as `Object.hasOwn` and host APIs such as `queueMicrotask`. tsconfig.src.json keeps
 * them out of the source at compile time; these run the paths that once used them on such a host.
 */

import { createWxPlatform, isLiveError, LiveError } from '@taro-live/core'
import { createWechatSimulator } from '@taro-live/simulator'
import { afterEach, describe, expect, it, vi } from 'vitest'

type WithHasOwn = { hasOwn?: unknown }

/** Runs `fn` with `Object.hasOwn` gone. Not for the whole test: vitest's own matchers use it. */
function withoutHasOwn<T>(fn: () => T): T {
  const hasOwn = (Object as WithHasOwn).hasOwn
  delete (Object as WithHasOwn).hasOwn
  try {
    return fn()
  } finally {
    ;(Object as WithHasOwn).hasOwn = hasOwn
  }
}

afterEach(() => {
  vi.unstubAllGlobals()
})

describe('on a host without Object.hasOwn', () => {
  it('isLiveError still recognises an error made by another copy of the package', () => {
    const foreign = { name: 'LiveError', code: 'timeout', message: 'x', retryable: true }
    const answers = withoutHasOwn(() => [
      'hasOwn' in Object,
      isLiveError(foreign),
      // An inherited name is not a code.
      isLiveError({ ...foreign, code: 'toString' }),
      isLiveError({ ...foreign, code: 'no-such-code' }),
      isLiveError(new LiveError('timeout', 'x')),
    ])
    expect(answers).toEqual([false, true, false, false, true])
  })
})

describe('on a host without queueMicrotask', () => {
  it('the simulator still answers at once (its zero-delay answers are microtasks)', async () => {
    vi.stubGlobal('queueMicrotask', undefined)
    expect(typeof queueMicrotask).toBe('undefined')
    const sim = createWechatSimulator({ channels: { sphShop: { status: 'live' } } })
    const platform = createWxPlatform(sim, { clock: sim.clock })
    await expect(
      platform.getChannelsLiveInfo({ finderUserName: 'sphShop' }),
    ).resolves.toMatchObject({ status: 2 })
  })
})
