// LiveEmbed on the weapp render path: what reaches WeChat's template. TARO_ENV is weapp here and
// `@tarojs/components` is a recording double (test/support).

import { LiveEmbed } from '@taro-live/components/live-embed'
import { cleanup, fireEvent } from '@testing-library/react'
import { afterEach, describe, expect, it } from 'vitest'
import { CHANNEL, MODES, renderWidget, settle, setupSim } from '../../hooks/test/support/render'
import { installWx } from '../../hooks/test/support/taro-weapp'
import { propsOf } from './support/taro-components-weapp'

afterEach(() => {
  cleanup()
  installWx(undefined)
})

const $ = (selector: string) => document.querySelector(selector)

describe.each(MODES)('LiveEmbed on the weapp render path (%s)', (_mode, wrap) => {
  it('from 2.29.0, while live: <channel-live> with the live’s feed id and the channel, no stand-in', async () => {
    const { sim, platform } = setupSim({ baseLibrary: '2.29.0' })
    const shown: string[] = []
    const view = renderWidget(
      LiveEmbed,
      { finderUserName: CHANNEL, onShow: (mode) => shown.push(mode) },
      { platform, wrap },
    )
    await settle()
    const player = $('[data-component="ChannelLive"]')
    expect(propsOf(player)).toMatchObject({
      feedId: sim.channel(CHANNEL)?.live?.feedId,
      finderUserName: CHANNEL,
      className: 'tl-live-embed__player',
    })
    expect($('.tl-live-embed--embedded')).not.toBeNull()
    expect($('.tl-live-embed__card')).toBeNull()
    expect(shown).toEqual(['embedded'])
    expect(view.codes()).toEqual([])
    // WeChat handles the component's tap: the app calls nothing.
    expect(sim.callsTo('openChannelsLive')).toHaveLength(0)
  })

  it('below 2.29.0 (2.28.9): the tap-to-open card, whose tap calls openChannelsLive inside it', async () => {
    const { sim, platform } = setupSim({ baseLibrary: '2.28.9' })
    renderWidget(LiveEmbed, { finderUserName: CHANNEL }, { platform, wrap })
    await settle()
    expect($('[data-component="ChannelLive"]')).toBeNull()
    const card = $('.tl-live-embed__card') as HTMLElement
    expect(propsOf(card)['aria-role']).toBe('button')
    fireEvent.click(card)
    await settle()
    expect(sim.callsTo('openChannelsLive')[0]).toMatchObject({ inTap: true, outcome: 'success' })
  })

  it('mode="card" keeps the card on a base library that has the component', async () => {
    const { platform } = setupSim({ baseLibrary: '3.7.0' })
    renderWidget(LiveEmbed, { finderUserName: CHANNEL, mode: 'card' }, { platform, wrap })
    await settle()
    expect($('[data-component="ChannelLive"]')).toBeNull()
    expect($('.tl-live-embed__card')).not.toBeNull()
  })
})
