// @vitest-environment jsdom

import { LiveFloatingWindow } from '@taro-live/components/live-floating-window'
import { LIVE_ERROR_CODES, type LiveError } from '@taro-live/core'
import { SIM_PICTURES } from '@taro-live/simulator'
import { cleanup, fireEvent, render, screen } from '@testing-library/react'
import { afterEach, describe, expect, it, vi } from 'vitest'
import {
  advance,
  CHANNEL,
  MINUTE,
  MODES,
  renderWidget,
  renderWith,
  settle,
  setupSim,
  setViewport,
} from '../../hooks/test/support/render'
import { installWx } from '../../hooks/test/support/taro-weapp'

afterEach(() => {
  cleanup()
  installWx(undefined)
})

const OPEN = /进入橙子优选的直播间$/
const rootOf = (el: HTMLElement) => el.closest<HTMLElement>('.tl-floating-window')!
const WINDOW_KEYS = Array.from({ length: 10 }, (_, i) => `window-${i}`)

describe.each(MODES)('LiveFloatingWindow (%s)', (_mode, wrap) => {
  it('appears by itself while live, disappears when the live ends, and comes back', async () => {
    const { sim, platform } = setupSim()
    sim.endLive(CHANNEL)
    renderWith(<LiveFloatingWindow finderUserName={CHANNEL} label="冬季上新" />, { platform, wrap })
    await settle()
    expect(screen.queryByRole('button', { name: OPEN })).toBeNull()

    sim.goLive(CHANNEL)
    await advance(sim, MINUTE)
    const bubble = screen.getByRole('button', { name: OPEN })
    expect(bubble.textContent).toContain('直播中')
    expect(bubble.textContent).toContain('冬季上新')
    expect(bubble.querySelector('img')?.getAttribute('src')).toBe(SIM_PICTURES.channelAvatar)

    sim.endLive(CHANNEL)
    await advance(sim, MINUTE)
    expect(screen.queryByRole('button', { name: OPEN })).toBeNull()
  })

  it('shows while preparing only when asked to', async () => {
    const { sim, platform } = setupSim()
    sim.prepareLive(CHANNEL)
    renderWith(
      <>
        <LiveFloatingWindow finderUserName={CHANNEL} />
        <LiveFloatingWindow finderUserName={CHANNEL} showWhilePreparing className="mine" />
      </>,
      { platform, wrap },
    )
    await settle()
    const shown = screen.getAllByRole('button', { name: OPEN })
    expect(shown).toHaveLength(1)
    expect(shown[0]?.textContent).toContain('即将开播')
    expect(rootOf(shown[0]!).className).toContain('tl-floating-window--preparing')
    expect(rootOf(shown[0]!).className).toContain('mine')
    expect(shown[0]?.getAttribute('aria-label')).toBe('即将开播，进入橙子优选的直播间')
  })

  it('ten windows for one channel make one status request', async () => {
    const { sim, platform } = setupSim()
    renderWith(
      WINDOW_KEYS.map((key) => <LiveFloatingWindow key={key} finderUserName={CHANNEL} />),
      { platform, wrap },
    )
    await settle()
    expect(screen.getAllByRole('button', { name: OPEN })).toHaveLength(10)
    expect(sim.callsTo('getChannelsLiveInfo')).toHaveLength(1)
  })

  it('a tap opens the live room in the tap, with the prefetched ids; two quick taps open once', async () => {
    const { sim, platform } = setupSim()
    const onOpenLive = vi.fn()
    renderWith(<LiveFloatingWindow finderUserName={CHANNEL} onOpenLive={onOpenLive} />, {
      platform,
      wrap,
    })
    await settle()
    const bubble = screen.getByRole('button', { name: OPEN })
    fireEvent.click(bubble)
    fireEvent.click(bubble)
    await settle()
    const calls = sim.callsTo('openChannelsLive')
    expect(calls).toHaveLength(1)
    const { live } = sim.channel(CHANNEL)!
    expect(calls[0]).toMatchObject({
      inTap: true,
      params: { feedId: live?.feedId, nonceId: live?.nonceId },
    })
    expect(sim.visits).toHaveLength(1)
    expect(onOpenLive).toHaveBeenCalledTimes(1)
  })

  it('the bubble calls WeChat inside the tap: nothing in it defers the open', async () => {
    const { sim, platform } = setupSim()
    const errors: LiveError[] = []
    renderWith(<LiveFloatingWindow finderUserName={CHANNEL} onError={(e) => errors.push(e)} />, {
      platform,
      wrap,
    })
    await settle()
    // The handler calls WeChat synchronously: deferring the call itself is refused (hook tests),
    // and nothing in the bubble defers it — every call it made was inside a tap.
    fireEvent.click(screen.getByRole('button', { name: OPEN }))
    await settle()
    expect(sim.callsTo('openChannelsLive').every((c) => c.inTap)).toBe(true)
    expect(errors).toEqual([])
  })

  it('drags within the screen, snaps to the nearer edge, and a drag is not a tap', async () => {
    const { sim, platform } = setupSim()
    setViewport(375, 667)
    renderWith(<LiveFloatingWindow finderUserName={CHANNEL} corner="bottom-right" />, {
      platform,
      wrap,
    })
    await settle()
    const button = screen.getByRole('button', { name: OPEN })
    const bubble = rootOf(button)
    bubble.getBoundingClientRect = () =>
      ({ left: 300, top: 500, width: 64, height: 80, right: 364, bottom: 580 }) as DOMRect
    fireEvent.touchStart(bubble, { touches: [{ clientX: 320, clientY: 520 }] })
    fireEvent.touchMove(bubble, { touches: [{ clientX: 100, clientY: 300 }] })
    expect(bubble.className).toContain('tl-floating-window--dragging')
    expect(bubble.style.left).toBe('80px')
    expect(bubble.style.top).toBe('280px')
    // Past the top edge: clamped inside the screen.
    fireEvent.touchMove(bubble, { touches: [{ clientX: 100, clientY: -400 }] })
    expect(bubble.style.top).toBe('0px')
    fireEvent.touchEnd(bubble)
    fireEvent.click(button)
    await settle()
    expect(bubble.style.left).toBe('8px')
    expect(bubble.className).not.toContain('tl-floating-window--dragging')
    expect(sim.callsTo('openChannelsLive')).toHaveLength(0)

    // A small wobble, later, is a tap.
    vi.spyOn(Date, 'now').mockReturnValue(Date.now() + 1_000)
    fireEvent.touchStart(button, { touches: [{ clientX: 30, clientY: 20 }] })
    fireEvent.touchMove(button, { touches: [{ clientX: 32, clientY: 22 }] })
    fireEvent.touchEnd(button)
    fireEvent.click(button)
    vi.restoreAllMocks()
    await settle()
    expect(sim.callsTo('openChannelsLive')).toHaveLength(1)
  })

  it('opens from the keyboard too (Enter on the focused bubble)', async () => {
    const { sim, platform } = setupSim()
    renderWith(<LiveFloatingWindow finderUserName={CHANNEL} />, { platform, wrap })
    await settle()
    const button = screen.getByRole('button', { name: OPEN })
    expect(button.tabIndex).toBe(0)
    fireEvent.keyDown(button, { key: 'Enter' })
    await settle()
    expect(sim.callsTo('openChannelsLive')).toMatchObject([{ inTap: true }])
  })

  it('page-builder input: null props and undefined texts keep the defaults, never a crash', async () => {
    const { platform } = setupSim()
    const props = {
      finderUserName: CHANNEL,
      corner: null,
      offset: null,
      classNames: null,
      styles: null,
      texts: { live: undefined, openLabel: null },
    } as unknown as Parameters<typeof LiveFloatingWindow>[0]
    renderWith(<LiveFloatingWindow {...props} />, { platform, wrap })
    await settle()
    const button = screen.getByRole('button', { name: OPEN })
    expect(button.textContent).toContain('直播中')
    expect(rootOf(button).className).toContain('--bottom-right')
  })

  it('starts at the given corner and offset', async () => {
    const { platform } = setupSim()
    renderWith(
      <LiveFloatingWindow finderUserName={CHANNEL} corner="top-left" offset={[10, 20]} />,
      {
        platform,
        wrap,
      },
    )
    await settle()
    const bubble = rootOf(screen.getByRole('button', { name: OPEN }))
    expect(bubble.className).toContain('tl-floating-window--top-left')
    expect(bubble.style.left).not.toBe('')
    expect(bubble.style.top).not.toBe('')
    expect(bubble.style.right).toBe('')
  })

  it('the close button hides every window of the channel for the session, without opening', async () => {
    const { sim, platform } = setupSim()
    const onClose = vi.fn()
    renderWith(
      <>
        <LiveFloatingWindow finderUserName={CHANNEL} closable onClose={onClose} />
        <LiveFloatingWindow finderUserName={CHANNEL} />
      </>,
      { platform, wrap },
    )
    await settle()
    fireEvent.click(screen.getAllByRole('button', { name: '关闭' })[0]!)
    await settle()
    expect(screen.queryAllByRole('button', { name: OPEN })).toHaveLength(0)
    expect(onClose).toHaveBeenCalledTimes(1)
    expect(sim.callsTo('openChannelsLive')).toHaveLength(0)
  })

  it('speaks en-US and takes text overrides', async () => {
    const { platform } = setupSim()
    renderWith(
      <>
        <LiveFloatingWindow finderUserName={CHANNEL} />
        <LiveFloatingWindow finderUserName={CHANNEL} locale="zh-CN" texts={{ live: '正在直播' }} />
      </>,
      { platform, wrap, locale: 'en-US' },
    )
    await settle()
    expect(screen.getByRole('button', { name: "LIVE，Open 橙子优选's live room" })).toBeTruthy()
    expect(screen.getByRole('button', { name: OPEN }).textContent).toContain('正在直播')
  })

  const failures: Array<[string, (sim: ReturnType<typeof setupSim>['sim']) => void, string]> = [
    ['DevTools (-14)', (sim) => sim.setMode('devtools'), 'devtools-unsupported'],
    [
      'subject mismatch (100008)',
      (sim) => sim.setSubject(CHANNEL, 'other'),
      'subject-mismatch-or-unverified',
    ],
    ['base library below 2.15.0', (sim) => sim.setBaseLibrary('2.14.4'), 'api-missing'],
    [
      'malformed data',
      (sim) => sim.script('getChannelsLiveInfo', { type: 'respond', result: { status: 'live?' } }),
      'malformed-response',
    ],
    // 1416104 ("data empty") is a channel that never went live, not a failure: see the variants test.
    ...Object.entries(LIVE_ERROR_CODES)
      .filter(([, info]) => info.errCode !== undefined && info.errCode !== 1416104)
      .map(
        ([code, info]) =>
          [
            `err_code ${info.errCode}`,
            (sim: ReturnType<typeof setupSim>['sim']) =>
              sim.script('getChannelsLiveInfo', { type: 'fail', err_code: info.errCode }),
            code,
          ] as [string, (sim: ReturnType<typeof setupSim>['sim']) => void, string],
      ),
  ]
  it.each(failures)(
    '%s: renders the fallback and reports the code',
    async (_name, arrange, code) => {
      const { sim, platform } = setupSim()
      arrange(sim)
      const view = renderWidget(LiveFloatingWindow, { finderUserName: CHANNEL }, { platform, wrap })
      await settle()
      expect(screen.queryByRole('button', { name: OPEN })).toBeNull()
      expect(view.codes()).toEqual([code])
      expect(view.fallbackShown()).toBe(true)
    },
  )

  it('a retryable failure shows nothing (not the fallback) and recovers', async () => {
    const { sim, platform } = setupSim()
    sim.script('getChannelsLiveInfo', { type: 'fail', errMsg: 'getChannelsLiveInfo:fail network' })
    const view = renderWidget(LiveFloatingWindow, { finderUserName: CHANNEL }, { platform, wrap })
    await settle()
    expect(view.codes()).toEqual(['platform-failure'])
    expect(view.fallbackShown()).toBe(false)
    await advance(sim, 5_000)
    expect(screen.getByRole('button', { name: OPEN })).toBeTruthy()
  })

  it('off WeChat (no provider: the H5 build) renders the fallback and makes no call', async () => {
    const { sim } = setupSim()
    const errors: string[] = []
    render(
      wrap(
        <LiveFloatingWindow
          finderUserName={CHANNEL}
          fallback={<span>fallback</span>}
          onError={(e) => errors.push(e.code)}
        />,
      ),
    )
    await settle()
    expect(screen.getByText('fallback')).toBeTruthy()
    expect(errors).toEqual(['unsupported-platform'])
    expect(sim.calls).toHaveLength(0)
  })
})
