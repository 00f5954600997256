import { afterEach, describe, expect, test, vi } from 'vitest'
import { CHANNEL, HEAD_URL, startApp, tapForCalls } from './example-app'

let stop: (() => void) | undefined
afterEach(() => {
  stop?.()
  stop = undefined
})

function open(options?: Parameters<typeof startApp>[0]) {
  const started = startApp(options)
  stop = started.stop
  return started
}

describe('the live page, built for weapp, in WeChat’s component runtime', () => {
  test('renders the reserve card and the floating window with the channel’s data', async () => {
    const { app } = open()
    const page = await app.openPage('pages/live/index')
    await page.waitFor(() => page.find('.tl-floating-window') !== undefined, 'the floating window')

    // Rendered content first: a pure-JS WXML compiler would render an empty page and pass the rest.
    expect(page.text()).toContain('冬季上新')
    const card = page.find('.tl-reserve-card')
    expect(card?.text).toContain('冬季新品发布会')
    expect(card?.text).toContain('直播中')
    expect(card?.text).toContain('冬季新品首发')
    expect(card?.text).toContain('进入直播间')
    const bubble = page.find('.tl-floating-window')
    expect(bubble?.text).toContain('直播中')
    expect(bubble?.text).toContain('冬季上新')
    expect(page.find('.tl-floating-window__avatar')?.props.src).toBe(HEAD_URL)
    // WeChat's screen reader: the app's templates carry aria-* (docs/accessibility.md).
    expect(page.find('.tl-floating-window__main')?.props).toMatchObject({
      ariaRole: 'button',
      ariaLabel: '直播中 冬季上新，进入橙子优选的直播间',
    })
    expect(page.find('.tl-floating-window__close')?.props).toMatchObject({
      ariaRole: 'button',
      ariaLabel: '关闭',
    })
    expect(page.find('.tl-floating-window__avatar')?.props.ariaHidden).toBe(true)
    expect(page.find('.tl-reserve-card__button')?.props).toMatchObject({
      ariaRole: 'button',
      ariaLabel: '进入直播间',
    })
    expect(page.find('.tl-reserve-card__cover')?.props.src).toBe(HEAD_URL)
    expect(app.errors).toEqual([])
  })

  test('a tap on the bubble opens the live room once, synchronously inside the handler, with the live’s ids', async () => {
    const { sim, app } = open()
    const page = await app.openPage('pages/live/index')
    await page.waitFor(() => page.find('.tl-floating-window') !== undefined, 'the floating window')
    const live = sim.channel(CHANNEL)?.live

    const main = page.find('.tl-floating-window__main')
    const calls = await tapForCalls(app, page, main, 'openChannelsLive')
    expect(calls).toHaveLength(1)
    expect(calls[0]).toMatchObject({
      inHandler: true,
      event: 'tap',
      params: { finderUserName: CHANNEL, feedId: live?.feedId, nonceId: live?.nonceId },
    })
    expect(sim.visits).toMatchObject([{ finderUserName: CHANNEL, feedId: live?.feedId }])
  })

  test('the close button removes the bubble and opens nothing', async () => {
    const { app } = open()
    const page = await app.openPage('pages/live/index')
    await page.waitFor(() => page.find('.tl-floating-window') !== undefined, 'the floating window')

    await page.find('.tl-floating-window__close')?.tap()
    await page.waitFor(() => page.find('.tl-floating-window') === undefined, 'the bubble to go')
    expect(app.callsTo('openChannelsLive')).toEqual([])
    // The card is still there.
    expect(page.find('.tl-reserve-card')?.text).toContain('进入直播间')
  })

  test('a drag moves the bubble, snaps it to the nearer edge, and the page never receives the move', async () => {
    const { app } = open()
    const page = await app.openPage('pages/live/index')
    await page.waitFor(() => page.find('.tl-floating-window') !== undefined, 'the floating window')
    const bubble = page.find('.tl-floating-window')!
    // jsdom has no layout: the bubble sits at the bottom right of a 375 × 667 window.
    bubble.stubRect({ left: 295, top: 400, width: 72, height: 100 })
    let movesAtPage = 0
    page.onBubbled('touchmove', () => {
      movesAtPage += 1
    })

    const main = page.find('.tl-floating-window__main')!
    await main.touch('touchstart', { x: 330, y: 450 })
    await page.settle(150) // the selector query's rect arrives after Taro's next tick
    await main.touch('touchmove', { x: 250, y: 350 })
    await main.touch('touchmove', { x: 150, y: 300 })
    await page.waitFor(
      () => /left: 115px; top: 250px/.test(bubble.el.getAttribute('style') ?? ''),
      'the bubble to follow the finger',
    )
    await main.touch('touchend', { x: 150, y: 300 })
    await page.waitFor(
      () =>
        /left: 8px; top: 250px/.test(
          page.find('.tl-floating-window')?.el.getAttribute('style') ?? '',
        ),
      'the bubble to snap to the left edge',
    )
    expect(movesAtPage).toBe(0)
    expect(app.callsTo('openChannelsLive')).toEqual([])

    // Control: the same move on the card (no catchtouchmove) reaches the page.
    const card = page.find('.tl-reserve-card')!
    await card.touch('touchstart', { x: 100, y: 100 })
    await card.touch('touchmove', { x: 100, y: 200 })
    await card.touch('touchend', { x: 100, y: 200 })
    expect(movesAtPage).toBeGreaterThan(0)
  })

  test('the reserve button reserves, and the card shows reserved after the popup’s answer', async () => {
    const startTime = Date.UTC(2026, 11, 2, 12)
    const { sim, app } = open({
      channels: {
        [CHANNEL]: {
          status: 'ended',
          nickname: '橙子优选',
          notices: [{ startTime, noticeId: 'n-1' }],
        },
      },
    })
    const page = await app.openPage('pages/live/index')
    await page.waitFor(() => page.findByText('预约') !== undefined, 'the reserve button')
    expect(page.find('.tl-floating-window')).toBeUndefined()

    await page.find('.tl-reserve-card__button')?.tap()
    await page.waitFor(() => page.find('.tl-reserve-card__button')?.text === '已预约', '已预约')
    expect(app.callsTo('reserveChannelsLive')).toMatchObject([{ params: { noticeId: 'n-1' } }])
    expect(sim.isReservedByUser('n-1')).toBe(true)
  })
})

describe('where Channels cannot work, the built app shows its fallback and logs nothing', () => {
  test.each([
    ['WeChat DevTools (-14)', 'devtools'],
    ['a Taro H5-style stub that “succeeds” doing nothing', 'h5-stub'],
  ] as const)('%s', async (_, mode) => {
    const { app } = open({ mode })
    const page = await app.openPage('pages/live/index')
    await page.settle(300)
    // Ten minutes later: no retry storm either.
    await vi.advanceTimersByTimeAsync(600_000)
    await page.settle(100)

    expect(page.text()).toBe('冬季上新会员资料 →')
    expect(app.errors).toEqual([])
    expect(app.callsTo('getChannelsLiveInfo').length).toBeLessThanOrEqual(1)
    expect(app.callsTo('getChannelsLiveNoticeInfo').length).toBeLessThanOrEqual(1)
  })
})

describe('the built live page under the variants WeChat does not document', () => {
  test.each([
    [
      'never live as status 1, no notice as 1416104',
      { neverLive: 'status-1', noNotice: 'no-data' },
    ],
    [
      'never live as 1416104, no notice as err_code 1',
      { neverLive: 'no-data', noNotice: 'err-code-1' },
    ],
    ['no notice as an undocumented code', { neverLive: 'status-1', noNotice: 'unknown-code' }],
  ] as const)('%s: no bubble, the empty card, nothing logged', async (_, variants) => {
    const { app } = open({ channels: { [CHANNEL]: { nickname: '橙子优选' } }, variants })
    const page = await app.openPage('pages/live/index')
    await page.waitFor(() => page.findByText('暂无直播预告') !== undefined, 'the empty card')
    await vi.advanceTimersByTimeAsync(600_000)
    expect(page.find('.tl-floating-window')).toBeUndefined()
    expect(app.errors).toEqual([])
    // Polled at the normal intervals (60 s status, 5 min notice), never in a fast loop.
    expect(app.callsTo('getChannelsLiveInfo').length).toBeLessThanOrEqual(11)
    expect(app.callsTo('getChannelsLiveNoticeInfo').length).toBeLessThanOrEqual(3)
  })

  test('a cancelled notice returned with status 1: the next usable one gets the button', async () => {
    const now = Date.now()
    const { app } = open({
      variants: { spentNotice: 'status' },
      channels: {
        [CHANNEL]: {
          status: 'ended',
          nickname: '橙子优选',
          notices: [
            { noticeId: 'cancelled', startTime: now + 3_600_000, status: 'cancelled' },
            { noticeId: 'next', startTime: now + 30 * 3_600_000 },
          ],
        },
      },
    })
    const page = await app.openPage('pages/live/index')
    await page.waitFor(() => page.findByText('预约') !== undefined, 'the reserve button')
    await page.find('.tl-reserve-card__button')?.tap()
    await page.waitFor(() => app.callsTo('reserveChannelsLive').length > 0, 'the popup')
    expect(app.callsTo('reserveChannelsLive')[0]?.params).toEqual({ noticeId: 'next' })
  })
})
