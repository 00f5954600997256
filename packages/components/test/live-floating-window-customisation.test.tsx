// @vitest-environment jsdom
// The floating window's customisation points: your own content, controlled closed state and
// position, the ecosystem's drag words (`axis`, `magnetic`, `gap`) and the analytics events.

import {
  LiveFloatingWindow,
  type LiveFloatingWindowOffset,
} from '@taro-live/components/live-floating-window'
import { cleanup, fireEvent, screen } from '@testing-library/react'
import { useState } from 'react'
import { afterEach, describe, expect, it, vi } from 'vitest'
import {
  advance,
  CHANNEL,
  MINUTE,
  MODES,
  renderWith,
  settle,
  setupSim,
  setViewport,
} from '../../hooks/test/support/render'
import { installWx } from '../../hooks/test/support/taro-weapp'

afterEach(() => {
  cleanup()
  installWx(undefined)
  vi.restoreAllMocks()
})

const OPEN = /进入橙子优选的直播间$/
const root = () => document.querySelector<HTMLElement>('.tl-floating-window')!

/** jsdom has no layout: the bubble is 64×80 at (300, 500) in a 375×667 window. */
function layout() {
  setViewport(375, 667)
  root().getBoundingClientRect = () =>
    ({ left: 300, top: 500, width: 64, height: 80, right: 364, bottom: 580 }) as DOMRect
}
/** Drags by (dx, dy) from the bubble's (320, 520) without letting go. */
function dragBy(dx: number, dy: number) {
  fireEvent.touchStart(root(), { touches: [{ clientX: 320, clientY: 520 }] })
  fireEvent.touchMove(root(), { touches: [{ clientX: 320 + dx, clientY: 520 + dy }] })
}
/** Lets go, and moves the clock past the click that belongs to the drag. */
function release() {
  fireEvent.touchEnd(root())
  const now = Date.now()
  vi.spyOn(Date, 'now').mockReturnValue(now + 1_000)
}
const at = () => ({ left: root().style.left, top: root().style.top })

/** The app owns the closed state. */
function ClosablePage({ onClose }: { onClose: () => void }) {
  const [closed, setClosed] = useState(false)
  return (
    <>
      <LiveFloatingWindow
        finderUserName={CHANNEL}
        className="controlled"
        closable
        closed={closed}
        onClose={() => {
          onClose()
          setClosed(true)
        }}
      />
      <LiveFloatingWindow finderUserName={CHANNEL} className="other" />
      <button type="button" onClick={() => setClosed(false)}>
        再显示
      </button>
    </>
  )
}

/** The app owns the position. */
function OffsetPage() {
  const [offset, setOffset] = useState<LiveFloatingWindowOffset>({ x: 300, y: 500 })
  return <LiveFloatingWindow finderUserName={CHANNEL} offset={offset} onOffsetChange={setOffset} />
}

describe.each(MODES)('LiveFloatingWindow customisation (%s)', (_mode, wrap) => {
  it('children as a function: own content with the state; the tap still opens inside it', async () => {
    const { sim, platform } = setupSim()
    const onOpenLive = vi.fn()
    renderWith(
      <LiveFloatingWindow finderUserName={CHANNEL} onOpenLive={onOpenLive}>
        {({ status, info, dragging }) => (
          <span data-testid="mine">
            {info.nickname} {status} {String(dragging)}
          </span>
        )}
      </LiveFloatingWindow>,
      { platform, wrap },
    )
    await settle()
    expect(screen.getByTestId('mine').textContent).toBe('橙子优选 live false')
    expect(document.querySelector('.tl-floating-window__avatar')).toBeNull()
    // The tappable part keeps its role around the app's content, which names it (no hidden label).
    const button = screen.getByRole('button', { name: '橙子优选 live false' })
    expect(button.getAttribute('aria-label')).toBeNull()
    expect(button.contains(screen.getByTestId('mine'))).toBe(true)
    fireEvent.click(screen.getByTestId('mine'))
    await settle()
    const { live } = sim.channel(CHANNEL)!
    expect(sim.callsTo('openChannelsLive')).toMatchObject([
      { inTap: true, params: { feedId: live?.feedId, nonceId: live?.nonceId } },
    ])
    expect(onOpenLive).toHaveBeenCalledTimes(1)
  })

  it('children as a node replaces the avatar, badge and label; the render state reports a drag', async () => {
    const { platform } = setupSim()
    renderWith(
      <LiveFloatingWindow finderUserName={CHANNEL} label="不显示">
        <span>看直播</span>
      </LiveFloatingWindow>,
      { platform, wrap },
    )
    await settle()
    expect(screen.getByRole('button', { name: '看直播' }).className).toContain('__main')
    cleanup()
    renderWith(
      <LiveFloatingWindow finderUserName={CHANNEL}>
        {({ dragging }) => <span data-testid="state">{dragging ? 'dragging' : 'still'}</span>}
      </LiveFloatingWindow>,
      { platform, wrap },
    )
    await settle()
    layout()
    dragBy(-100, 0)
    expect(screen.getByTestId('state').textContent).toBe('dragging')
    release()
    expect(screen.getByTestId('state').textContent).toBe('still')
  })

  it("the render state's open, called in the app's own tap, opens once inside it", async () => {
    const { sim, platform } = setupSim()
    const onOpenLive = vi.fn()
    renderWith(
      <LiveFloatingWindow finderUserName={CHANNEL} onOpenLive={onOpenLive}>
        {({ open }) => (
          <button type="button" onClick={open}>
            看直播
          </button>
        )}
      </LiveFloatingWindow>,
      { platform, wrap },
    )
    await settle()
    // The app's open and the bubble's own tap handler both run in this tap: one open.
    fireEvent.click(screen.getByText('看直播'))
    await settle()
    expect(sim.callsTo('openChannelsLive')).toMatchObject([{ inTap: true }])
    expect(onOpenLive).toHaveBeenCalledTimes(1)
  })

  it("the render state's close hides it for the session and never opens (with or without the event)", async () => {
    const { sim, platform } = setupSim()
    const onClose = vi.fn()
    renderWith(
      <>
        <LiveFloatingWindow finderUserName={CHANNEL} onClose={onClose}>
          {({ close }) => (
            <button type="button" onClick={(event) => close(event)}>
              关掉
            </button>
          )}
        </LiveFloatingWindow>
        <LiveFloatingWindow finderUserName={CHANNEL} />
      </>,
      { platform, wrap },
    )
    await settle()
    fireEvent.click(screen.getByText('关掉'))
    await settle()
    expect(screen.queryAllByRole('button', { name: OPEN })).toHaveLength(0)
    expect(onClose).toHaveBeenCalledTimes(1)
    expect(sim.callsTo('openChannelsLive')).toHaveLength(0)
  })

  it('close() without the event: the click that bubbles to the tappable part does not open', async () => {
    const { sim, platform } = setupSim()
    const onClose = vi.fn()
    renderWith(
      <LiveFloatingWindow finderUserName={CHANNEL} closed={false} onClose={onClose}>
        {({ close }) => (
          <button type="button" onClick={() => close()}>
            关掉
          </button>
        )}
      </LiveFloatingWindow>,
      { platform, wrap },
    )
    await settle()
    fireEvent.click(screen.getByText('关掉'))
    await settle()
    expect(onClose).toHaveBeenCalledTimes(1)
    expect(sim.callsTo('openChannelsLive')).toHaveLength(0)
  })

  it('controlled closed state: closing only calls onClose; the app hides it; other windows stay', async () => {
    const { platform } = setupSim()
    const onClose = vi.fn()
    renderWith(<ClosablePage onClose={onClose} />, { platform, wrap })
    await settle()
    fireEvent.click(screen.getByRole('button', { name: '关闭' }))
    await settle()
    expect(onClose).toHaveBeenCalledTimes(1)
    expect(document.querySelector('.controlled')).toBeNull()
    // Not closed for the session: the other window of the channel stays, and the app can reopen.
    expect(document.querySelector('.other')).not.toBeNull()
    fireEvent.click(screen.getByText('再显示'))
    await settle()
    expect(document.querySelector('.controlled')).not.toBeNull()
  })

  it('closed={false} ignores an earlier close for the session; closed={true} hides', async () => {
    const { platform } = setupSim()
    const view = renderWith(<LiveFloatingWindow finderUserName={CHANNEL} closed />, {
      platform,
      wrap,
    })
    await settle()
    expect(screen.queryByRole('button', { name: OPEN })).toBeNull()
    view.rerender(<LiveFloatingWindow finderUserName={CHANNEL} closed={false} />)
    await settle()
    expect(screen.getByRole('button', { name: OPEN })).toBeTruthy()
  })

  it('controlled offset {x, y} in window px: placed there; a drag reports the snapped end; the app decides', async () => {
    const { platform } = setupSim()
    const onOffsetChange = vi.fn()
    const onDragEnd = vi.fn()
    const view = renderWith(
      <LiveFloatingWindow
        finderUserName={CHANNEL}
        offset={{ x: 10, y: 20 }}
        onOffsetChange={onOffsetChange}
        onDragEnd={onDragEnd}
      />,
      { platform, wrap },
    )
    await settle()
    expect(at()).toEqual({ left: '10px', top: '20px' })
    expect(root().className).not.toContain('--bottom-right')
    layout()
    dragBy(-220, -220)
    expect(at()).toEqual({ left: '80px', top: '280px' })
    release()
    // Snapped to the nearer (left) edge, 8 px away; reported once each.
    expect(onOffsetChange.mock.calls).toEqual([[{ x: 8, y: 280 }]])
    expect(onDragEnd.mock.calls).toEqual([[{ x: 8, y: 280 }]])
    // The app did not take it: back where the app says.
    expect(at()).toEqual({ left: '10px', top: '20px' })
    view.rerender(<LiveFloatingWindow finderUserName={CHANNEL} offset={{ x: 8, y: 280 }} />)
    expect(at()).toEqual({ left: '8px', top: '280px' })
  })

  it('controlled offset with state: follows the drag', async () => {
    const { platform } = setupSim()
    renderWith(<OffsetPage />, { platform, wrap })
    await settle()
    layout()
    dragBy(0, -300)
    release()
    await settle()
    expect(at()).toEqual({ left: `${375 - 64 - 8}px`, top: '200px' })
  })

  it('defaultOffset: starts there, then keeps where it was dragged (uncontrolled)', async () => {
    const { platform } = setupSim()
    const onOffsetChange = vi.fn()
    renderWith(
      <LiveFloatingWindow
        finderUserName={CHANNEL}
        defaultOffset={{ x: 40, y: 60 }}
        onOffsetChange={onOffsetChange}
      />,
      { platform, wrap },
    )
    await settle()
    expect(at()).toEqual({ left: '40px', top: '60px' })
    layout()
    dragBy(-220, -100)
    release()
    expect(at()).toEqual({ left: '8px', top: '400px' })
    expect(onOffsetChange).toHaveBeenCalledWith({ x: 8, y: 400 })
  })

  it('the deprecated [x, y] offset still places it from the corner in design px', async () => {
    const { platform } = setupSim()
    renderWith(
      <LiveFloatingWindow finderUserName={CHANNEL} corner="top-left" offset={[10, 20]} />,
      {
        platform,
        wrap,
      },
    )
    await settle()
    expect(root().className).toContain('tl-floating-window--top-left')
    expect(root().style.left).not.toBe('')
    expect(root().style.right).toBe('')
  })

  it('axis "x" moves only sideways, axis "y" only up and down, "lock" not at all', async () => {
    const { platform } = setupSim()
    const onDragEnd = vi.fn()
    const view = renderWith(
      <LiveFloatingWindow
        finderUserName={CHANNEL}
        axis="x"
        magnetic={false}
        onDragEnd={onDragEnd}
      />,
      { platform, wrap },
    )
    await settle()
    layout()
    dragBy(-100, -100)
    expect(at()).toEqual({ left: '200px', top: '500px' })
    release()
    vi.restoreAllMocks()
    view.rerender(
      <LiveFloatingWindow
        finderUserName={CHANNEL}
        axis="y"
        magnetic={false}
        onDragEnd={onDragEnd}
      />,
    )
    dragBy(-100, -100)
    expect(at()).toEqual({ left: '300px', top: '400px' })
    release()
    vi.restoreAllMocks()
    view.rerender(<LiveFloatingWindow finderUserName={CHANNEL} axis="lock" onDragEnd={onDragEnd} />)
    dragBy(-100, -100)
    fireEvent.touchEnd(root())
    expect(root().className).not.toContain('--dragging')
    expect(onDragEnd.mock.calls).toEqual([[{ x: 200, y: 500 }], [{ x: 300, y: 400 }]])
  })

  it('magnetic "y" snaps to the nearer of top and bottom, false does not snap; gap is the space kept', async () => {
    const { platform } = setupSim()
    const onDragEnd = vi.fn()
    const view = renderWith(
      <LiveFloatingWindow finderUserName={CHANNEL} magnetic="y" gap={20} onDragEnd={onDragEnd} />,
      { platform, wrap },
    )
    await settle()
    layout()
    dragBy(-100, -300)
    release()
    expect(onDragEnd).toHaveBeenLastCalledWith({ x: 200, y: 20 })
    vi.restoreAllMocks()
    view.rerender(
      <LiveFloatingWindow finderUserName={CHANNEL} magnetic={false} onDragEnd={onDragEnd} />,
    )
    dragBy(-100, -300)
    release()
    expect(onDragEnd).toHaveBeenLastCalledWith({ x: 200, y: 200 })
    vi.restoreAllMocks()
    // The deprecated `edgeGap` still works; `gap` wins over it.
    view.rerender(
      <LiveFloatingWindow finderUserName={CHANNEL} edgeGap={30} onDragEnd={onDragEnd} />,
    )
    dragBy(-100, 0)
    release()
    expect(onDragEnd).toHaveBeenLastCalledWith({ x: 375 - 64 - 30, y: 500 })
  })

  it('onShow: once per appearance; onStatusChange: each change, with the previous status', async () => {
    const { sim, platform } = setupSim()
    sim.endLive(CHANNEL)
    const onShow = vi.fn()
    const onStatusChange = vi.fn()
    renderWith(
      <LiveFloatingWindow
        finderUserName={CHANNEL}
        onShow={onShow}
        onStatusChange={onStatusChange}
      />,
      { platform, wrap },
    )
    await settle()
    expect(onShow).not.toHaveBeenCalled()
    expect(onStatusChange.mock.calls).toEqual([['ended', undefined]])
    sim.goLive(CHANNEL)
    await advance(sim, MINUTE)
    expect(onShow.mock.calls).toEqual([['live']])
    expect(onStatusChange.mock.calls).toEqual([
      ['ended', undefined],
      ['live', 'ended'],
    ])
    // Polls that say the same thing report nothing new.
    await advance(sim, 3 * MINUTE)
    expect(onShow).toHaveBeenCalledTimes(1)
    expect(onStatusChange).toHaveBeenCalledTimes(2)
    sim.endLive(CHANNEL)
    await advance(sim, MINUTE)
    sim.goLive(CHANNEL)
    await advance(sim, MINUTE)
    expect(onShow).toHaveBeenCalledTimes(2)
    expect(onStatusChange.mock.calls.slice(2)).toEqual([
      ['ended', 'live'],
      ['live', 'ended'],
    ])
  })

  it('onShow is not called while closed, nor for a status it does not show', async () => {
    const { sim, platform } = setupSim()
    sim.prepareLive(CHANNEL)
    const onShow = vi.fn()
    renderWith(
      <>
        <LiveFloatingWindow finderUserName={CHANNEL} onShow={onShow} />
        <LiveFloatingWindow finderUserName={CHANNEL} showWhilePreparing closed onShow={onShow} />
        <LiveFloatingWindow finderUserName={CHANNEL} showWhilePreparing onShow={onShow} />
      </>,
      { platform, wrap },
    )
    await settle()
    expect(onShow.mock.calls).toEqual([['preparing']])
  })

  it('page-builder input: null for the new props keeps the defaults', async () => {
    const { platform } = setupSim()
    const props = {
      finderUserName: CHANNEL,
      offset: null,
      defaultOffset: null,
      closed: null,
      axis: null,
      magnetic: null,
      gap: null,
      children: null,
    } as unknown as Parameters<typeof LiveFloatingWindow>[0]
    renderWith(<LiveFloatingWindow {...props} />, { platform, wrap })
    await settle()
    expect(root().className).toContain('--bottom-right')
    expect(document.querySelector('.tl-floating-window__avatar')).not.toBeNull()
    layout()
    dragBy(-220, 0)
    release()
    expect(root().style.left).toBe('8px')
  })
})
