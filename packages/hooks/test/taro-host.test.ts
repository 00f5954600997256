// @vitest-environment jsdom

import { createLiveClient, isLiveError } from '@taro-live/core'
import { createTaroPlatform } from '@taro-live/hooks'
import {
  designPx,
  measureElement,
  taroEnv,
  watchPageVisibility,
  windowSize,
} from '@taro-live/hooks/internal'
import { eventCenter } from '@tarojs/taro'
import { afterEach, describe, expect, it } from 'vitest'
import { CHANNEL, HOUR, setupSim, setViewport } from './support/render'
import { enterPage, installWx } from './support/taro-weapp'

afterEach(() => {
  installWx(undefined)
  enterPage(undefined)
})

describe('createTaroPlatform', () => {
  it("reads the build target: on H5 (the tests' target) no Channels API reaches the host", async () => {
    const { sim } = setupSim()
    const platform = createTaroPlatform({ clock: sim.clock })
    expect(taroEnv()).toBe('h5')
    expect(platform.env).toBe('h5')
    expect(platform.check('getChannelsLiveInfo')?.code).toBe('unsupported-platform')
    await expect(platform.getChannelsLiveInfo({ finderUserName: CHANNEL })).rejects.toMatchObject({
      code: 'unsupported-platform',
    })
    expect(sim.calls).toHaveLength(0)
  })

  it('reports an H5 stub that "succeeds" as unsupported, not as data', async () => {
    const { sim } = setupSim({ mode: 'h5-stub' })
    // Even if the target were mislabelled as weapp, a stub success is not taken for an answer.
    const platform = createTaroPlatform({ env: 'weapp', clock: sim.clock })
    const error = await platform.getChannelsLiveInfo({ finderUserName: CHANNEL }).catch((e) => e)
    expect(isLiveError(error) && error.code).toBe('unsupported-platform')
    expect(sim.callsTo('getChannelsLiveInfo')[0]?.outcome).toBe('success')
  })

  it("reaches reserveChannelsLive's `state` through Taro's wrapper (its typing has no success)", async () => {
    const { sim, platform } = setupSim()
    sim.endLive(CHANNEL)
    const noticeId = sim.scheduleNotice(CHANNEL, { startTime: sim.clock.now() + HOUR })
    sim.choose('reserveChannelsLive', 'confirm')
    const client = createLiveClient(platform)
    const result = await client.reserve(CHANNEL)
    expect(result).toMatchObject({ noticeId, outcome: 'reserved', reserved: true })
    expect(sim.isReservedByUser(noticeId)).toBe(true)
    client.destroy()
  })

  it('calls openChannelsLive synchronously, so it counts as inside the tap', async () => {
    const { sim, platform } = setupSim()
    const done = sim.tap(() => platform.openChannelsLive({ finderUserName: CHANNEL }))
    await done
    const [call] = sim.callsTo('openChannelsLive')
    expect(call).toMatchObject({ inTap: true, outcome: 'success' })
  })

  it('reads the base library from getAppBaseInfo, or getSystemInfoSync below 2.20.1', () => {
    expect(setupSim({ baseLibrary: '3.7.0' }).platform.baseLibraryVersion()).toBe('3.7.0')
    const old = setupSim({ baseLibrary: '2.15.0' })
    expect(old.sim.getAppBaseInfo).toBeUndefined()
    expect(old.platform.baseLibraryVersion()).toBe('2.15.0')
    expect(old.platform.check('getChannelsLiveNoticeInfo')?.code).toBe('api-missing')
  })

  it('forwards storage, canIUse and the launch options', () => {
    const { sim, platform } = setupSim({ scene: 1177 })
    platform.storage.set('k', { a: 1 })
    expect(sim.storage.dump()).toMatchObject({ k: { a: 1 } })
    expect(platform.storage.get('k')).toEqual({ a: 1 })
    platform.storage.remove('k')
    expect(platform.storage.get('k')).toBeUndefined()
    expect(platform.canIUse('button.open-type.chooseAvatar')).toBe(true)
    expect(platform.enterOptions()?.scene).toBe(1177)
  })

  it('has no Channels APIs when wx lacks them (another mini program platform)', async () => {
    installWx({})
    const platform = createTaroPlatform({ env: 'weapp' })
    expect(platform.check('openChannelsLive')?.code).toBe('api-missing')
    expect(platform.canIUse('getUserProfile')).toBe(false)
    expect(platform.baseLibraryVersion()).toBe('')
  })
})

describe('host helpers', () => {
  it("watches the current page's show and hide events, and nothing outside a page", () => {
    const seen: boolean[] = []
    const outside = watchPageVisibility((shown) => seen.push(shown))
    eventCenter.trigger('pages/live/index.onHide')
    outside()
    enterPage('pages/live/index')
    const stop = watchPageVisibility((shown) => seen.push(shown))
    eventCenter.trigger('pages/live/index.onHide')
    eventCenter.trigger('pages/live/index.onShow')
    stop()
    eventCenter.trigger('pages/live/index.onHide')
    expect(seen).toEqual([false, true])
  })

  it('measures the window and an element, and converts design px', async () => {
    // jsdom has no layout: an unmeasurable window is `undefined`, a measured one its size.
    expect(windowSize()).toBeUndefined()
    setViewport(375, 667)
    expect(windowSize()).toEqual({ width: 375, height: 667 })
    const el = document.createElement('div')
    el.id = 'tl-measure'
    document.body.append(el)
    el.getBoundingClientRect = () => ({ left: 10, top: 20, width: 30, height: 40 }) as DOMRect
    const rect = await new Promise((resolve) => measureElement('tl-measure', resolve))
    expect(rect).toMatchObject({ left: 10, top: 20, width: 30, height: 40 })
    const missing = await new Promise((resolve) => measureElement('nope', resolve))
    expect(missing).toBeUndefined()
    el.remove()
    expect(designPx(24)).toMatch(/^[\d.]+(rem|px|rpx|vw)$/)
  })
})
