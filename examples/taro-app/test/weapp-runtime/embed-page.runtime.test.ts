import { afterEach, describe, expect, test, vi } from 'vitest'
import { CHANNEL, HEAD_URL, startApp, tapForCalls } from './example-app'

let stop: (() => void) | undefined
afterEach(() => {
  stop?.()
  stop = undefined
})

/** The instant startApp puts the fake clock at. */
const NOW = Date.UTC(2026, 11, 2, 4)
const HOUR = 3_600_000
const DAY = 24 * HOUR

const LIVE_CHANNEL = {
  status: 'live',
  nickname: '橙子优选',
  headUrl: HEAD_URL,
  description: '冬季新品首发',
} as const

async function openEmbedPage(options: Parameters<typeof startApp>[0]) {
  const started = startApp(options)
  stop = started.stop
  const page = await started.app.openPage('pages/embed/index')
  return { ...started, page }
}

describe('the embed page, built for weapp, in WeChat’s component runtime', () => {
  test('from 2.29.0, while live: WeChat’s <channel-live> with the live’s feed id, no stand-in and no card', async () => {
    const { sim, app, page } = await openEmbedPage({
      baseLibrary: '3.13.0',
      channels: { [CHANNEL]: LIVE_CHANNEL },
    })
    await page.waitFor(() => page.find('.tl-live-embed') !== undefined, 'the embed')
    await page.settle()
    const live = sim.channel(CHANNEL)?.live
    expect(live?.feedId).toBeTruthy()

    // The node reached the WXML through Taro's base.wxml template (`feed-id`, `finder-user-name`).
    const players = page.findAll('wx-channel-live')
    expect(players).toHaveLength(1)
    expect(players[0]?.props).toMatchObject({ feedId: live?.feedId, finderUserName: CHANNEL })
    expect(page.find('.tl-live-embed.tl-live-embed--embedded')).toBeDefined()
    expect(page.find('.tl-live-embed__player')?.el.tagName.toLowerCase()).toBe('wx-channel-live')
    // Not the H5 stand-in (poster + badge), not the tap-to-open card: WeChat draws the live itself.
    expect(page.find('.tl-live-embed__poster')).toBeUndefined()
    expect(page.find('.tl-live-embed--card')).toBeUndefined()
    expect(page.find('.tl-live-embed__card')).toBeUndefined()
    expect(page.find('.tl-live-embed')?.text).toBe('')
    expect(app.callsTo('openChannelsLive')).toEqual([])
    expect(app.errors).toEqual([])
  })

  test('2.28.0: the tap-to-open card; its tap opens the live room synchronously inside the handler', async () => {
    const { sim, app, page } = await openEmbedPage({
      baseLibrary: '2.28.0',
      channels: { [CHANNEL]: LIVE_CHANNEL },
    })
    await page.waitFor(() => page.find('.tl-live-embed__card') !== undefined, 'the card')
    const live = sim.channel(CHANNEL)?.live

    expect(page.find('.tl-live-embed.tl-live-embed--card')).toBeDefined()
    expect(page.findAll('wx-channel-live')).toEqual([])
    expect(page.find('.tl-live-embed--embedded')).toBeUndefined()
    const card = page.find('.tl-live-embed__card')!
    expect(card.text).toContain('直播中')
    expect(card.text).toContain('冬季新品首发')
    expect(card.text).toContain('进入直播间')

    const calls = await tapForCalls(app, page, card, 'openChannelsLive')
    expect(calls).toHaveLength(1)
    expect(calls[0]).toMatchObject({
      inHandler: true,
      event: 'tap',
      params: { finderUserName: CHANNEL, feedId: live?.feedId },
    })
    // The simulator's gesture rule saw the tap: the user is in the live room.
    expect(sim.visits).toMatchObject([
      { finderUserName: CHANNEL, feedId: live?.feedId, via: 'openChannelsLive' },
    ])
    expect(app.errors).toEqual([])
  })

  test('an unchanged status poll sends no setData; the live ending takes the embed away', async () => {
    const { sim, app, page } = await openEmbedPage({
      baseLibrary: '3.13.0',
      channels: { [CHANNEL]: LIVE_CHANNEL },
    })
    await page.waitFor(() => page.find('.tl-live-embed') !== undefined, 'the embed')
    await page.settle(200)
    const mark = page.setData.length
    const polls = app.callsTo('getChannelsLiveInfo').length
    await vi.advanceTimersByTimeAsync(60_000)
    await page.settle(100)
    expect(app.callsTo('getChannelsLiveInfo').length).toBe(polls + 1)
    expect(page.setData.slice(mark)).toEqual([])

    sim.endLive(CHANNEL)
    await vi.advanceTimersByTimeAsync(60_000)
    await page.waitFor(() => page.find('.tl-live-embed') === undefined, 'the embed to go')
    expect(page.findAll('wx-channel-live')).toEqual([])
    expect(app.errors).toEqual([])
  })
})

describe('the embed page’s reserve card with reserveWith="sheet"', () => {
  const startTime = NOW + 8 * HOUR
  const withNotice = {
    [CHANNEL]: {
      status: 'ended',
      nickname: '橙子优选',
      notices: [{ startTime, noticeId: 'n-1' }],
    },
  } as const

  test('3.13.0: the reserve button opens WeChat’s notice sheet inside the tap, and reserves nothing itself', async () => {
    const { sim, app, page } = await openEmbedPage({ baseLibrary: '3.13.0', channels: withNotice })
    await page.waitFor(() => page.find('.tl-reserve-card__button') !== undefined, 'the button')
    expect(page.find('.tl-reserve-card__button')?.text).toBe('预约')
    // Not live: no embed at all.
    expect(page.find('.tl-live-embed')).toBeUndefined()
    sim.choose('openChannelsLiveNoticeInfo', 'reserve')

    await page.find('.tl-reserve-card__button')?.tap()
    await page.waitFor(
      () => app.callsTo('openChannelsLiveNoticeInfo').length > 0,
      'openChannelsLiveNoticeInfo',
    )
    await page.settle()

    expect(app.callsTo('openChannelsLiveNoticeInfo')).toEqual([
      {
        api: 'openChannelsLiveNoticeInfo',
        params: { finderUserName: CHANNEL },
        inHandler: true,
        event: 'tap',
      },
    ])
    expect(app.callsTo('reserveChannelsLive')).toEqual([])
    // The simulator took the call as made in a tap (it refuses one outside): the user reserved in
    // WeChat's sheet.
    expect(sim.callsTo('openChannelsLiveNoticeInfo')).toMatchObject([
      { inTap: true, outcome: 'success' },
    ])
    expect(sim.isReservedByUser('n-1')).toBe(true)
    expect(app.errors).toEqual([])
  })

  test('3.12.0: no sheet there, the same button reserves with reserveChannelsLive', async () => {
    const { sim, app, page } = await openEmbedPage({ baseLibrary: '3.12.0', channels: withNotice })
    await page.waitFor(() => page.find('.tl-reserve-card__button') !== undefined, 'the button')

    await page.find('.tl-reserve-card__button')?.tap()
    await page.waitFor(() => page.find('.tl-reserve-card__button')?.text === '已预约', '已预约')

    // reserveChannelsLive needs no tap (docs/platform.md, Reserving): only what it was asked.
    expect(app.callsTo('reserveChannelsLive')).toMatchObject([{ params: { noticeId: 'n-1' } }])
    expect(app.callsTo('openChannelsLiveNoticeInfo')).toEqual([])
    expect(sim.isReservedByUser('n-1')).toBe(true)
    expect(app.errors).toEqual([])
  })
})

describe('the embed page’s recent lives (useChannelsLiveReplays)', () => {
  test('lists the past lives newest first with their replay labels, not the one on air', async () => {
    const { page, app } = await openEmbedPage({
      baseLibrary: '3.13.0',
      channels: {
        [CHANNEL]: {
          ...LIVE_CHANNEL,
          pastLives: [
            // Ended 10 minutes ago: the replay is still generating (ready 30 minutes after the end).
            { description: '年终盛典预热', startedAt: NOW - 2 * HOUR, endedAt: NOW - 10 * 60_000 },
            {
              description: '秋冬穿搭',
              startedAt: NOW - 2 * DAY,
              endedAt: NOW - 2 * DAY + 2 * HOUR,
            },
            // No known end: no replay.
            { description: '双十一返场', startedAt: NOW - 5 * DAY },
            { description: '新品试播', startedAt: NOW - 10 * DAY, replayStatus: 6 },
            // An undocumented code.
            { description: '品牌日', startedAt: NOW - 20 * DAY, replayStatus: 9 },
          ],
        },
      },
    })
    await page.waitFor(() => page.findAll('.replays__item').length > 0, 'the recent lives')
    await page.settle()

    expect(page.find('.replays__title')?.text).toBe('往期直播')
    const rows = page
      .findAll('.replays__item')
      .map((row) => row.el.children)
      .map((cells) => [...cells].map((cell) => cell.textContent?.trim()))
    expect(rows).toEqual([
      ['年终盛典预热', '回放生成中'],
      ['秋冬穿搭', '回放已生成'],
      ['双十一返场', '暂无回放'],
      ['新品试播', '回放已过期'],
      ['品牌日', '回放状态未知'],
    ])
    // The live on air is the embed above, not a row.
    expect(page.find('.replays')?.text).not.toContain('冬季新品首发')
    expect(page.findAll('wx-channel-live')).toHaveLength(1)
    expect(app.errors).toEqual([])
  })
})
