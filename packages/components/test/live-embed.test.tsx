// @vitest-environment jsdom

import { LiveEmbed, type LiveEmbedView } from '@taro-live/components/live-embed'
import { createWxPlatform } from '@taro-live/core'
import { createWechatSimulator } from '@taro-live/simulator'
import { cleanup, fireEvent, screen } from '@testing-library/react'
import { afterEach, describe, expect, it } from 'vitest'
import {
  advance,
  CHANNEL,
  MINUTE,
  MODES,
  renderWidget,
  settle,
  setupSim,
} from '../../hooks/test/support/render'
import { installWx } from '../../hooks/test/support/taro-weapp'

afterEach(() => {
  cleanup()
  installWx(undefined)
})

const $ = (selector: string) => document.querySelector(selector) as HTMLElement | null
/** The card: what it shows, then what a tap does. */
const CARD = /^直播中 橙子优选 冬季上新 进入直播间，进入橙子优选的直播间$/
/** The stand-in of `<channel-live>`: its badge and the live's topic, then what a tap does. */
const STAND_IN = /^直播中 冬季上新，进入橙子优选的直播间$/

/** On the simulator's own platform (what stories and the demo use): `<channel-live>` has a stand-in. */
function onSimulator(options: Parameters<typeof setupSim>[0] = {}) {
  return setupSim(options, 'simulator')
}

describe.each(MODES)('LiveEmbed (%s)', (_mode, wrap) => {
  it('while live on ≥ 2.29.0: the embedded live; a tap jumps with no confirmation popup', async () => {
    const { sim, platform } = onSimulator({ baseLibrary: '2.29.0' })
    const shown: LiveEmbedView[] = []
    let opened = 0
    const view = renderWidget(
      LiveEmbed,
      { finderUserName: CHANNEL, onShow: (m) => shown.push(m), onOpenLive: () => opened++ },
      { platform, wrap },
    )
    await settle()
    expect($('.tl-live-embed--embedded')).not.toBeNull()
    expect(shown).toEqual(['embedded'])
    // The popup would refuse: the component must not ask it.
    sim.setDefaultChoice('openChannelsLive', 'cancel')
    fireEvent.click(screen.getByRole('button', { name: STAND_IN }))
    expect(sim.callsTo('channel-live')).toHaveLength(1)
    expect(sim.callsTo('openChannelsLive')).toHaveLength(0)
    expect(sim.visits).toMatchObject([{ via: 'channel-live', landing: 'live' }])
    expect(opened).toBe(1)
    expect(view.codes()).toEqual([])
  })

  it('below 2.29.0 (2.28.9): the tap-to-open card, with WeChat’s popup', async () => {
    const { sim, platform } = onSimulator({ baseLibrary: '2.28.9' })
    const shown: LiveEmbedView[] = []
    renderWidget(
      LiveEmbed,
      { finderUserName: CHANNEL, onShow: (m) => shown.push(m) },
      {
        platform,
        wrap,
      },
    )
    await settle()
    expect($('.tl-live-embed--embedded')).toBeNull()
    fireEvent.click(screen.getByRole('button', { name: CARD }))
    await settle()
    expect(sim.callsTo('openChannelsLive')[0]).toMatchObject({ inTap: true, outcome: 'success' })
    expect(sim.visits).toHaveLength(1)
    expect(shown).toEqual(['card'])
  })

  it('a channel linked through the Open Platform (related subject, variant error): the component’s error is reported typed and the card takes over', async () => {
    const { sim, platform } = onSimulator({ variants: { channelLiveRelatedSubject: 'error' } })
    sim.setSubject(CHANNEL, 'related')
    const view = renderWidget(LiveEmbed, { finderUserName: CHANNEL }, { platform, wrap })
    await settle()
    fireEvent.click(screen.getByRole('button', { name: STAND_IN }))
    await settle()
    expect(view.codes()).toEqual(['subject-mismatch-or-unverified'])
    expect(view.fallbackShown()).toBe(false)
    // Never a blank: the card is there, and its tap opens the live room through the API.
    expect($('.tl-live-embed--card')).not.toBeNull()
    fireEvent.click(screen.getByRole('button', { name: CARD }))
    await settle()
    expect(sim.visits).toMatchObject([{ via: 'openChannelsLive' }])
  })

  it('another subject: the status itself fails (100008), so fallback, as every widget does', async () => {
    const { sim, platform } = onSimulator()
    sim.setSubject(CHANNEL, 'other')
    const view = renderWidget(LiveEmbed, { finderUserName: CHANNEL }, { platform, wrap })
    await settle()
    expect(view.fallbackShown()).toBe(true)
    expect(view.codes()).toEqual(['subject-mismatch-or-unverified'])
    expect(sim.callsTo('channel-live')).toHaveLength(0)
  })

  it('a related subject whose component works (variant works) stays embedded', async () => {
    const { sim, platform } = onSimulator({ variants: { channelLiveRelatedSubject: 'works' } })
    sim.setSubject(CHANNEL, 'related')
    const view = renderWidget(LiveEmbed, { finderUserName: CHANNEL }, { platform, wrap })
    await settle()
    fireEvent.click(screen.getByRole('button', { name: STAND_IN }))
    await settle()
    expect(view.codes()).toEqual([])
    expect(sim.visits).toMatchObject([{ via: 'channel-live' }])
  })

  it('live, but WeChat gave no feedId: the card (it needs no id from 2.19.2), never a blank', async () => {
    const { sim, platform } = onSimulator({ baseLibrary: '3.7.0' })
    sim.script('getChannelsLiveInfo', {
      type: 'respond',
      result: { status: 2, feedId: '', nonceId: '', description: '冬季上新', nickname: '橙子优选' },
    })
    const view = renderWidget(LiveEmbed, { finderUserName: CHANNEL }, { platform, wrap })
    await settle()
    expect($('.tl-live-embed--embedded')).toBeNull()
    fireEvent.click(screen.getByRole('button', { name: CARD }))
    await settle()
    expect(sim.callsTo('openChannelsLive')[0]?.params).toEqual({ finderUserName: CHANNEL })
    expect(view.codes()).toEqual([])
  })

  it('renders nothing while the channel is not live, and appears when it goes live', async () => {
    const { sim, platform } = onSimulator()
    sim.endLive(CHANNEL)
    const view = renderWidget(LiveEmbed, { finderUserName: CHANNEL }, { platform, wrap })
    await settle()
    expect($('.tl-live-embed')).toBeNull()
    expect(view.fallbackShown()).toBe(false)
    sim.goLive(CHANNEL, { description: '晚间专场' })
    await advance(sim, MINUTE)
    expect(screen.getByRole('button', { name: /^直播中 晚间专场，/ })).toBeTruthy()
  })

  it('a new live after a failed embed gets the embedded component again', async () => {
    const { sim, platform } = onSimulator()
    sim.setSubject(CHANNEL, 'related')
    renderWidget(LiveEmbed, { finderUserName: CHANNEL }, { platform, wrap })
    await settle()
    fireEvent.click(screen.getByRole('button', { name: STAND_IN }))
    await settle()
    expect($('.tl-live-embed--card')).not.toBeNull()
    sim.setSubject(CHANNEL, 'same')
    sim.endLive(CHANNEL)
    sim.goLive(CHANNEL, { description: '晚间专场' })
    await advance(sim, MINUTE)
    expect($('.tl-live-embed--embedded')).not.toBeNull()
  })

  it('below 2.15.0 (2.14.9), where no live status can be read: fallback and api-missing, no call', async () => {
    const { sim, platform } = onSimulator({ baseLibrary: '2.14.9' })
    const view = renderWidget(LiveEmbed, { finderUserName: CHANNEL }, { platform, wrap })
    await settle()
    expect(view.fallbackShown()).toBe(true)
    expect(view.codes()).toEqual(['api-missing'])
    expect(sim.calls).toHaveLength(0)
  })

  it('off WeChat (H5): fallback and a typed error, nothing called', async () => {
    const sim = createWechatSimulator({ channels: { [CHANNEL]: { status: 'live' } } })
    const platform = createWxPlatform(sim, { env: 'h5', clock: sim.clock })
    const view = renderWidget(LiveEmbed, { finderUserName: CHANNEL }, { platform, wrap })
    await settle()
    expect(view.fallbackShown()).toBe(true)
    expect(view.codes()).toEqual(['unsupported-platform'])
    expect(sim.calls).toHaveLength(0)
  })

  it('on the Taro platform under H5 (no stand-in): never a <channel-live> it cannot draw, the card instead', async () => {
    const { platform } = setupSim({ baseLibrary: '3.7.0' })
    renderWidget(LiveEmbed, { finderUserName: CHANNEL }, { platform, wrap })
    await settle()
    expect($('.tl-live-embed--card')).not.toBeNull()
  })

  it('an empty channel id: fallback and invalid-argument, no call', async () => {
    const { sim, platform } = onSimulator()
    const view = renderWidget(LiveEmbed, { finderUserName: '' }, { platform, wrap })
    await settle()
    expect(view.fallbackShown()).toBe(true)
    expect(view.codes()).toEqual(['invalid-argument'])
    expect(sim.callsTo('getChannelsLiveInfo')).toHaveLength(0)
  })

  it('en-US texts', async () => {
    const { platform } = onSimulator({ baseLibrary: '2.20.0' })
    renderWidget(LiveEmbed, { finderUserName: CHANNEL, locale: 'en-US' }, { platform, wrap })
    await settle()
    expect(
      screen.getByRole('button', { name: /Open 橙子优选's live room$/ }).textContent,
    ).toContain('Watch live')
  })
})
