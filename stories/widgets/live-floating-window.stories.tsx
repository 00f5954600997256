import type { Meta, StoryObj } from '@storybook/react-vite'
import { readManifest, toStorybookArgTypes } from '@taro-live/builder'
import {
  LiveFloatingWindow,
  type LiveFloatingWindowOffset,
} from '@taro-live/components/live-floating-window'
import { useOpenChannelsLive } from '@taro-live/hooks'
import { Button, Text, View } from '@tarojs/components'
import { useState } from 'react'
import { expect, fn, userEvent, waitFor, within } from 'storybook/test'
import manifest from '../../packages/components/manifests/live-floating-window.json'
import { CHANNEL } from '../support/channel'
import type { StageParameters } from '../support/stage'
import { Fallback, loggedCalls, reportTo, waitForAnswers, waitForCalls } from './story-helpers'

const stage = (parameters: StageParameters) => ({ stage: { minHeight: 420, ...parameters } })
const OPEN = /进入橙子优选的直播间$/

const meta = {
  title: 'Widgets/LiveFloatingWindow',
  component: LiveFloatingWindow,
  args: {
    finderUserName: CHANNEL,
    label: '冬季上新',
    corner: 'bottom-right',
    offset: [24, 40],
    fallback: <Fallback label="（此处无法显示直播入口）" />,
    onOpenLive: fn(),
    onError: fn(),
  },
  // From the widget's manifest, as the page builders get them (@taro-live/builder): controls,
  // descriptions, defaults and groups cannot drift from what merchants configure.
  argTypes: toStorybookArgTypes(readManifest(manifest)),
  parameters: stage({ status: 'live' }),
} satisfies Meta<typeof LiveFloatingWindow>

export default meta
type Story = StoryObj<typeof meta>

/** Live now: the bubble appears by itself. Tap it: one `openChannelsLive`, inside the tap, with the prefetched ids. */
export const Live: Story = {
  play: async ({ canvasElement, args }) => {
    const canvas = within(canvasElement)
    const bubble = await canvas.findByRole('button', { name: OPEN }, { timeout: 5000 })
    await userEvent.click(bubble)
    const [call] = await waitForCalls(canvasElement, 'openChannelsLive', 1)
    const [, , params, inTap] = call ?? []
    expect(inTap).toBe('yes')
    expect(JSON.parse(params ?? '{}')).toMatchObject({
      finderUserName: CHANNEL,
      feedId: expect.any(String),
      nonceId: expect.any(String),
    })
    await waitFor(() => expect(args.onOpenLive).toHaveBeenCalledTimes(1))
  },
}

/** Status 4, a live being prepared: hidden unless `showWhilePreparing`, then "即将开播". */
export const Preparing: Story = {
  args: { showWhilePreparing: true },
  parameters: stage({ status: 'preparing' }),
  play: async ({ canvasElement }) => {
    const bubble = await within(canvasElement).findByRole(
      'button',
      { name: OPEN },
      { timeout: 5000 },
    )
    expect(bubble.textContent).toContain('即将开播')
  },
}

/** The last live has ended (status 3): nothing is shown. Press "开播" in the panel. */
export const Ended: Story = {
  parameters: stage({ status: 'ended' }),
  play: async ({ canvasElement }) => {
    await waitForAnswers(canvasElement, 'getChannelsLiveInfo', 1)
    expect(within(canvasElement).queryByRole('button', { name: OPEN })).toBeNull()
  },
}

/** The channel has never gone live (status 1): nothing is shown. */
export const NeverLive: Story = { parameters: stage({ status: 'never' }) }

/**
 * Never live, the other way WeChat says it: a failure with 1416104 ("data empty"). The same
 * nothing, no error, no retry loop. The panel's `neverLive` switch plays either.
 */
export const NeverLiveAsDataEmpty: Story = {
  parameters: stage({ status: 'never', variants: { neverLive: 'no-data' } }),
  play: async ({ canvasElement, args }) => {
    const canvas = within(canvasElement)
    await waitForAnswers(canvasElement, 'getChannelsLiveInfo', 1)
    await userEvent.click(canvas.getByRole('button', { name: '+5 min' }))
    // Five minutes, polled once a minute: never a fast loop.
    await waitFor(() =>
      expect(loggedCalls(canvasElement, 'getChannelsLiveInfo').length).toBeLessThanOrEqual(6),
    )
    expect(canvas.queryByRole('button', { name: OPEN })).toBeNull()
    expect(canvas.queryByTestId('fallback')).toBeNull()
    expect(args.onError).not.toHaveBeenCalled()
  },
}

/** Ten windows for one channel: one status request (see the panel's counter). */
export const TenWindowsOneRequest: Story = {
  render: (args) => (
    <View>
      {['top-left', 'top-right', 'bottom-left', 'bottom-right'].map((corner) => (
        <LiveFloatingWindow
          key={corner}
          {...args}
          corner={corner as 'top-left'}
          offset={[24, 24]}
        />
      ))}
      {['a', 'b', 'c', 'd', 'e', 'f'].map((key) => (
        <LiveFloatingWindow
          key={key}
          {...args}
          draggable={false}
          corner="top-left"
          offset={[300, 24]}
        />
      ))}
    </View>
  ),
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement)
    await waitFor(() => expect(canvas.getAllByRole('button', { name: OPEN })).toHaveLength(10), {
      timeout: 5000,
    })
    expect(canvas.getByTestId('status-requests').textContent).toBe('1')
  },
}

/**
 * Polling: the live status is asked again every minute while the page is shown, and not at all
 * while it is hidden. The panel's "切到后台" sets the client's visibility, which is what the hooks
 * do when the page's `onHide` fires (Storybook has no Taro page to hide).
 */
export const PollsOnlyWhileShown: Story = {
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement)
    const requests = () => Number(canvas.getByTestId('status-requests').textContent)
    await waitFor(() => expect(requests()).toBe(1), { timeout: 5000 })
    await userEvent.click(canvas.getByRole('button', { name: '+5 min' }))
    // One a minute (the first poll is a minute after the first answer, 0.3 s in).
    await waitFor(() => expect(requests()).toBeGreaterThanOrEqual(5))
    await userEvent.click(canvas.getByRole('button', { name: /切到后台/ }))
    const whenHidden = requests()
    await userEvent.click(canvas.getByRole('button', { name: '+5 min' }))
    await userEvent.click(canvas.getByRole('button', { name: '+5 min' }))
    expect(requests()).toBe(whenHidden)
    // Shown again after ten minutes: the data is stale, so it is asked for at once.
    await userEvent.click(canvas.getByRole('button', { name: /回到前台/ }))
    await waitFor(() => expect(requests()).toBe(whenHidden + 1))
  },
}

/** With a close button: closing hides it for the session. */
export const Closable: Story = {
  args: { closable: true, onClose: fn() },
  play: async ({ canvasElement, args }) => {
    const canvas = within(canvasElement)
    await userEvent.click(await canvas.findByRole('button', { name: '关闭' }, { timeout: 5000 }))
    expect(canvas.queryByRole('button', { name: OPEN })).toBeNull()
    expect(args.onClose).toHaveBeenCalledTimes(1)
    expect(args.onOpenLive).not.toHaveBeenCalled()
  },
}

/**
 * Your own design through `children` as a function: the widget keeps the tap (opening inside it),
 * the drag, the snap and the close; the content is the app's. Tap the pill.
 */
export const OwnContent: Story = {
  args: { closable: false },
  render: (args) => (
    <LiveFloatingWindow {...args}>
      {({ info, status, dragging }) => (
        <View
          data-testid="own-content"
          style={{
            display: 'flex',
            alignItems: 'center',
            gap: '6px',
            padding: '4px 10px 4px 4px',
            borderRadius: '999px',
            background: status === 'live' ? '#d81b46' : '#c2410c',
            color: '#fff',
            opacity: dragging ? 0.7 : 1,
          }}
        >
          <View style={{ width: '8px', height: '8px', borderRadius: '50%', background: '#fff' }} />
          <Text>{info.nickname} 正在直播，去看看</Text>
        </View>
      )}
    </LiveFloatingWindow>
  ),
  play: async ({ canvasElement, args }) => {
    const canvas = within(canvasElement)
    const pill = await canvas.findByTestId('own-content', undefined, { timeout: 5000 })
    // The app's content sits inside the widget's tappable part, and names it.
    expect(canvas.getByRole('button', { name: '橙子优选 正在直播，去看看' }).contains(pill)).toBe(
      true,
    )
    await userEvent.click(pill)
    const [call] = await waitForCalls(canvasElement, 'openChannelsLive', 1)
    expect(call?.[3]).toBe('yes')
    await waitFor(() => expect(args.onOpenLive).toHaveBeenCalledTimes(1))
  },
}

/** The app owns the position (`offset` + `onOffsetChange`, window px) and shows it. */
function ControlledBubble(args: Parameters<typeof LiveFloatingWindow>[0]) {
  const [offset, setOffset] = useState<LiveFloatingWindowOffset>({ x: 12, y: 12 })
  return (
    <View>
      <Button
        {...{ role: 'button', 'aria-label': '移到 (12, 120)' }}
        onClick={() => setOffset({ x: 12, y: 120 })}
      >
        移到 (12, 120)
      </Button>
      <output data-testid="offset">{`${offset.x},${offset.y}`}</output>
      <LiveFloatingWindow
        {...args}
        offset={offset}
        onOffsetChange={(next) => {
          setOffset(next)
          args.onOffsetChange?.(next)
        }}
      />
    </View>
  )
}

/** Dispatches a touch the way the browser does (Chromium has `Touch` and `TouchEvent`). */
function touch(target: Element, type: string, x: number, y: number) {
  const point = new Touch({ identifier: 1, target, clientX: x, clientY: y })
  const touches = type === 'touchend' ? [] : [point]
  target.dispatchEvent(
    new TouchEvent(type, { bubbles: true, cancelable: true, touches, changedTouches: [point] }),
  )
}

/**
 * Controlled position: `offset` as `{ x, y }` in window px with `onOffsetChange`, as in vant and
 * taroify. The button moves it; a drag reports where it snapped and the app keeps that.
 */
export const ControlledPosition: Story = {
  args: { onOffsetChange: fn(), onDragEnd: fn() },
  render: (args) => <ControlledBubble {...args} />,
  play: async ({ canvasElement, args }) => {
    const canvas = within(canvasElement)
    const button = await canvas.findByRole('button', { name: OPEN }, { timeout: 5000 })
    const bubble = button.closest<HTMLElement>('.tl-floating-window')!
    expect(bubble.style.left).toBe('12px')
    await userEvent.click(canvas.getByRole('button', { name: '移到 (12, 120)' }))
    await waitFor(() => expect(bubble.style.top).toBe('120px'))
    // Drag it 200 px right and 40 px down, then let go: it snaps to a side edge.
    const start = bubble.getBoundingClientRect()
    const x = start.left + 10
    const y = start.top + 10
    touch(bubble, 'touchstart', x, y)
    await new Promise((resolve) => setTimeout(resolve, 50))
    touch(bubble, 'touchmove', x + 200, y + 40)
    await waitFor(() => expect(bubble.className).toContain('--dragging'))
    touch(bubble, 'touchend', x + 200, y + 40)
    await waitFor(() => expect(args.onOffsetChange).toHaveBeenCalledTimes(1))
    const [end] = (args.onOffsetChange as ReturnType<typeof fn>).mock.calls[0] ?? []
    // Window px, as the touches report them (the stage's frame may shift them from the CSS box).
    expect(end).toEqual({ x: expect.any(Number), y: expect.any(Number) })
    expect(args.onDragEnd).toHaveBeenCalledWith(end)
    expect(canvas.getByTestId('offset').textContent).toBe(`${end.x},${end.y}`)
    await waitFor(() => expect(bubble.style.left).toBe(`${end.x}px`))
    expect(args.onOpenLive).not.toHaveBeenCalled()
  },
}

function DeferredOpen() {
  const open = useOpenChannelsLive(CHANNEL, { onError: reportTo('deferred-error') })
  return (
    <View>
      <Button
        {...{ role: 'button', 'aria-label': '延后打开 (setTimeout)' }}
        onClick={() => setTimeout(open, 0)}
      >
        延后打开 (setTimeout)
      </Button>
      <output id="deferred-error" />
    </View>
  )
}

/** The user-gesture rule: an open deferred with `setTimeout` is refused by WeChat (`gesture-required`). */
export const DeferredOpenIsRefused: Story = {
  render: () => <DeferredOpen />,
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement)
    await userEvent.click(await canvas.findByRole('button', { name: '延后打开 (setTimeout)' }))
    await waitFor(() =>
      expect(canvasElement.querySelector('#deferred-error')?.textContent).toBe('gesture-required'),
    )
    const [call] = await waitForCalls(canvasElement, 'openChannelsLive', 1)
    expect(call?.[3]).toBe('no')
  },
}

/** WeChat DevTools: every Channels API fails with -14; the fallback shows and nothing is retried. */
export const DevTools: Story = {
  parameters: stage({ mode: 'devtools' }),
  play: async ({ canvasElement, args }) => {
    const canvas = within(canvasElement)
    await canvas.findByTestId('fallback', undefined, { timeout: 5000 })
    await waitFor(() =>
      expect(args.onError).toHaveBeenCalledWith(expect.objectContaining({ errCode: -14 })),
    )
    // Five simulated minutes later: still the one call (no backoff, no polling for -14).
    await userEvent.click(canvas.getByRole('button', { name: '+5 min' }))
    await waitForAnswers(canvasElement, 'getChannelsLiveInfo', 1)
  },
}

/** The channel belongs to another subject (主体): 100008, the fallback. */
export const SubjectMismatch: Story = {
  parameters: stage({ subject: 'other' }),
  play: async ({ canvasElement, args }) => {
    await within(canvasElement).findByTestId('fallback', undefined, { timeout: 5000 })
    expect(args.onError).toHaveBeenCalledWith(expect.objectContaining({ errCode: 100008 }))
  },
}

/**
 * The subject mismatch seen without any `err_code` on `openChannelsLive`: the tap still ends with a
 * typed error (read from `errMsg`). Press the bubble.
 */
export const SubjectMismatchWithoutCode: Story = {
  parameters: stage({ variants: { subjectMismatchOnOpen: 'errmsg-only' } }),
  play: async ({ canvasElement, args }) => {
    const canvas = within(canvasElement)
    const bubble = await canvas.findByRole('button', { name: OPEN }, { timeout: 5000 })
    await waitForAnswers(canvasElement, 'getChannelsLiveInfo', 1)
    await userEvent.selectOptions(canvas.getByRole('combobox', { name: /主体 subject/ }), 'other')
    await userEvent.click(bubble)
    await waitFor(() =>
      expect(args.onError).toHaveBeenCalledWith(
        expect.objectContaining({ code: 'subject-mismatch-or-unverified', errCode: undefined }),
      ),
    )
  },
}

/** Taro H5: the stubs are never called; the fallback and `unsupported-platform`. */
export const H5: Story = {
  globals: { platform: 'h5' },
  play: async ({ canvasElement, args }) => {
    await within(canvasElement).findByTestId('fallback')
    expect(args.onError).toHaveBeenCalledWith(
      expect.objectContaining({ code: 'unsupported-platform' }),
    )
    expect(canvasElement.querySelectorAll('[data-testid="call-log"] tr')).toHaveLength(0)
  },
}

/** A base library below 2.15.0: no Channels APIs (`api-missing`). */
export const OldBaseLibrary: Story = { parameters: stage({ baseLibrary: '2.14.0' }) }

/** A slow network (3 s per answer): nothing until the answer, then the bubble. */
export const SlowNetwork: Story = { parameters: stage({ latencyMs: 3000 }) }

/** WeChat never answers: after the 10 s timeout the error is reported and retried with backoff. */
export const Hang: Story = { parameters: stage({ hang: ['getChannelsLiveInfo'] }) }
