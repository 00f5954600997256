// @vitest-environment jsdom

import { LiveProvider, type UserProfileResult, useUserProfile } from '@taro-live/hooks'
import { act, cleanup, render } from '@testing-library/react'
import { afterEach, describe, expect, it, vi } from 'vitest'
import { MODES, settle, setupSim } from './support/render'
import { installWx } from './support/taro-weapp'

afterEach(() => {
  cleanup()
  installWx(undefined)
  vi.restoreAllMocks()
})

/** Runs `fn` the way a host outside React's batching does: a synchronous root renders at each setState. */
function outsideReact<T>(fn: () => T): T {
  const env = globalThis as { IS_REACT_ACT_ENVIRONMENT?: boolean }
  const saved = env.IS_REACT_ACT_ENVIRONMENT
  env.IS_REACT_ACT_ENVIRONMENT = false
  try {
    return fn()
  } finally {
    env.IS_REACT_ACT_ENVIRONMENT = saved
  }
}

/** Hands each render's result to the test. */
function Probe({ onRender }: { onRender: (result: UserProfileResult) => void }) {
  onRender(useUserProfile())
  return null
}

describe.each(MODES)('useUserProfile (%s)', (_mode, wrap) => {
  it('requestProfile calls getUserProfile first thing in the tap, before any state is set', async () => {
    const { sim, platform } = setupSim({ baseLibrary: '2.20.0' })
    // Legacy (synchronous) rendering, like a mini-program renderer: a setState renders at once, so
    // the order of "render busy" and the call shows what the tap handler did first.
    const error = console.error
    vi.spyOn(console, 'error').mockImplementation((...args: unknown[]) => {
      if (!String(args[0]).includes('ReactDOM.render is no longer supported')) error(...args)
    })
    const order: string[] = []
    let result: UserProfileResult | undefined
    const onRender = (next: UserProfileResult) => {
      result = next
      order.push(next.busy ? 'render busy' : 'render idle')
    }
    render(
      wrap(
        <LiveProvider platform={platform}>
          <Probe onRender={onRender} />
        </LiveProvider>,
      ),
      { legacyRoot: true },
    )
    sim.subscribe(() => {
      if (sim.callsTo('getUserProfile').length > 0 && !order.includes('getUserProfile'))
        order.push('getUserProfile')
    })
    outsideReact(() => sim.tap(() => result?.requestProfile()))
    expect(order).toContain('getUserProfile')
    expect(order).toContain('render busy')
    expect(order.indexOf('getUserProfile')).toBeLessThan(order.indexOf('render busy'))
    expect(sim.callsTo('getUserProfile')).toMatchObject([{ inTap: true }])
    await settle()
    await act(async () => {})
    expect(result?.profile?.strategy).toBe('getUserProfile')
    expect(result?.busy).toBe(false)
  })
})
