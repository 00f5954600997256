import type { Meta, StoryObj } from '@storybook/react-vite'
import { LiveFloatingWindow } from '@taro-live/components/live-floating-window'
import { useOpenChannelsLive } from '@taro-live/hooks'
import { Button, View } from '@tarojs/components'
import { expect, fn, userEvent, waitFor, within } from 'storybook/test'
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
  argTypes: {
    fallback: { control: false },
    corner: {
      control: 'inline-radio',
      options: ['top-left', 'top-right', 'bottom-left', 'bottom-right'],
    },
  },
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
