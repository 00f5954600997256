// @vitest-environment jsdom
import { afterEach, describe, expect, it } from 'vitest'
import { createWechatSimulator, type WechatSimulator } from '../src'

const CH = 'sphShop'
let sim: WechatSimulator

afterEach(() => {
  sim.dispose()
  document.body.innerHTML = ''
})

function button(onClick: () => void): HTMLButtonElement {
  const el = document.createElement('button')
  el.addEventListener('click', onClick)
  document.body.append(el)
  return el
}

function open(): Promise<string> {
  return new Promise((resolve) => {
    sim.openChannelsLive?.({
      finderUserName: CH,
      success: () => resolve('ok'),
      fail: (error) => resolve(error.errMsg),
    })
  })
}

const GESTURE = 'openChannelsLive:fail can only be invoked by user TAP gesture.'

describe('the user-gesture rule in a DOM', () => {
  it('lets a click handler open the live room synchronously', async () => {
    sim = createWechatSimulator({ channels: { [CH]: { status: 'live' } } })
    let result: Promise<string> | undefined
    button(() => {
      result = open()
    }).click()
    expect(await result).toBe('ok')
    expect(sim.calls[0]?.inTap).toBe(true)
  })

  it('refuses setTimeout and Promise.then around the call, and calls outside any tap', async () => {
    sim = createWechatSimulator({ channels: { [CH]: { status: 'live' } } })
    const results: Promise<string>[] = []
    button(() => {
      setTimeout(() => results.push(open()), 0)
      void Promise.resolve().then(() => results.push(open()))
    }).click()
    await new Promise((resolve) => setTimeout(resolve, 5))
    expect(await Promise.all(results)).toEqual([GESTURE, GESTURE])
    expect(await open()).toBe(GESTURE)
    expect(sim.visits).toHaveLength(0)
  })

  it('counts only a click as a tap (not touchend, as WeChat counts only tap), and sim.tap outside the DOM', async () => {
    sim = createWechatSimulator({ channels: { [CH]: { status: 'live' } } })
    let result: Promise<string> | undefined
    const el = document.createElement('div')
    el.addEventListener('touchend', () => {
      result = open()
    })
    document.body.append(el)
    el.dispatchEvent(new Event('touchend', { bubbles: true }))
    expect(await result).toBe(GESTURE)
    expect(await sim.tap(open)).toBe('ok')
  })

  it('does not count other events (a keydown) as taps', async () => {
    sim = createWechatSimulator({ channels: { [CH]: { status: 'live' } } })
    let result: Promise<string> | undefined
    const el = document.createElement('input')
    el.addEventListener('keydown', () => {
      result = open()
    })
    document.body.append(el)
    el.dispatchEvent(new KeyboardEvent('keydown', { bubbles: true }))
    expect(await result).toBe(GESTURE)
  })

  it('stops listening after dispose', async () => {
    sim = createWechatSimulator({ channels: { [CH]: { status: 'live' } } })
    sim.dispose()
    let result: Promise<string> | undefined
    button(() => {
      result = open()
    }).click()
    expect(await result).toBe(GESTURE)
  })
})
