import type { Meta, StoryObj } from '@storybook/react-vite'
import { readManifest, toStorybookArgTypes } from '@taro-live/builder'
import {
  LiveReserveCard,
  type LiveReserveCardRenderProps,
} from '@taro-live/components/live-reserve-card'
import { Button, Text, View } from '@tarojs/components'
import { expect, fn, userEvent, waitFor, within } from 'storybook/test'
import manifest from '../../packages/components/manifests/live-reserve-card.json'
import { NOTICE_COVER } from '../support/avatars'
import { CHANNEL } from '../support/channel'
import type { StageParameters } from '../support/stage'
import { Fallback, freshDevice, loggedCalls, waitForAnswers, waitForCalls } from './story-helpers'

const stage = (parameters: StageParameters) => ({ stage: parameters })
const card = (root: HTMLElement) => root.querySelector<HTMLElement>('.tl-reserve-card')

const meta = {
  title: 'Widgets/LiveReserveCard',
  component: LiveReserveCard,
  args: {
    finderUserName: CHANNEL,
    title: '冬季新品发布会',
    cover: NOTICE_COVER,
    whenEmpty: 'empty',
    fallback: <Fallback label="（此处无法显示直播预告）" />,
    onReserve: fn(),
    onOpenNoticeSheet: fn(),
    onOpenLive: fn(),
    onShow: fn(),
    onStateChange: fn(),
    onError: fn(),
  },
  // From the widget's manifest, as the page builders get them (@taro-live/builder): controls,
  // descriptions, defaults and groups cannot drift from what merchants configure.
  argTypes: toStorybookArgTypes(readManifest(manifest)),
  parameters: stage({ status: 'ended', noticeInMinutes: 2 * 24 * 60 }),
} satisfies Meta<typeof LiveReserveCard>

export default meta
type Story = StoryObj<typeof meta>

/** A notice in two days: the start time and "预约". */
export const Upcoming: Story = {
  play: async ({ canvasElement }) => {
    // The stage may start over once (the toolbar's globals arrive): wait for the settled state.
    await waitFor(
      () => expect(card(canvasElement)?.className).toContain('tl-reserve-card--upcoming'),
      { timeout: 5000 },
    )
    await within(canvasElement).findByRole('button', { name: '预约' }, { timeout: 5000 })
  },
}

/** Ten minutes to go: a countdown that ticks every second. */
export const Countdown: Story = { parameters: stage({ status: 'ended', noticeInMinutes: 10 }) }

/**
 * Reserve: WeChat's popup (confirmed here), "已预约" from the local record, and it is still there
 * after the app restarts (new simulator, client and widgets; the device storage stays).
 */
export const Reserve: Story = {
  play: async ({ canvasElement, args }) => {
    const canvas = within(canvasElement)
    await freshDevice(canvas)
    await userEvent.click(await canvas.findByRole('button', { name: '预约' }, { timeout: 5000 }))
    await canvas.findByRole('button', { name: '已预约' }, { timeout: 5000 })
    expect(args.onReserve).toHaveBeenCalledWith(
      expect.objectContaining({ outcome: 'reserved', reserved: true }),
    )
    await userEvent.click(canvas.getByRole('button', { name: /重启小程序/ }))
    await canvas.findByRole('button', { name: '已预约' }, { timeout: 5000 })
    await waitForCalls(canvasElement, 'getChannelsLiveNoticeInfo', 1)
  },
}

/**
 * `reserveWith="sheet"` on base library 3.13.0: "预约" opens WeChat's own notice sheet
 * (`openChannelsLiveNoticeInfo`, inside the tap) instead of the popup. The sheet reports nothing
 * back, so nothing is recorded: the button stays "预约" and `onReserve` is not called.
 */
export const ReserveWithSheet: Story = {
  args: { reserveWith: 'sheet' },
  parameters: stage({ status: 'ended', noticeInMinutes: 2 * 24 * 60, baseLibrary: '3.13.0' }),
  play: async ({ canvasElement, args }) => {
    const canvas = within(canvasElement)
    await freshDevice(canvas)
    await userEvent.click(await canvas.findByRole('button', { name: '预约' }, { timeout: 5000 }))
    const [call] = await waitForAnswers(canvasElement, 'openChannelsLiveNoticeInfo', 1)
    expect(call?.[3]).toBe('yes')
    expect(call?.[4]).toBe('success')
    await waitFor(() => expect(args.onOpenNoticeSheet).toHaveBeenCalledTimes(1))
    expect(loggedCalls(canvasElement, 'reserveChannelsLive')).toHaveLength(0)
    expect(args.onReserve).not.toHaveBeenCalled()
    expect(canvas.getByRole('button', { name: '预约' })).toBeTruthy()
    expect(canvas.queryByRole('button', { name: '已预约' })).toBeNull()
  },
}

/** `reserveWith="sheet"` below base library 3.13.0 (3.12.0): no sheet there, so the popup as before. */
export const ReserveWithSheetBelow3130: Story = {
  args: { reserveWith: 'sheet' },
  parameters: stage({ status: 'ended', noticeInMinutes: 2 * 24 * 60, baseLibrary: '3.12.0' }),
  play: async ({ canvasElement, args }) => {
    const canvas = within(canvasElement)
    await freshDevice(canvas)
    await userEvent.click(await canvas.findByRole('button', { name: '预约' }, { timeout: 5000 }))
    // The popup needs no tap (docs/platform.md); only the sheet does.
    await waitForCalls(canvasElement, 'reserveChannelsLive', 1)
    await canvas.findByRole('button', { name: '已预约' }, { timeout: 5000 })
    expect(args.onReserve).toHaveBeenCalledWith(
      expect.objectContaining({ outcome: 'reserved', reserved: true }),
    )
    expect(loggedCalls(canvasElement, 'openChannelsLiveNoticeInfo')).toHaveLength(0)
    expect(args.onOpenNoticeSheet).not.toHaveBeenCalled()
  },
}

/** The start has passed, the streamer has not started: "即将开播", still reservable for the hour. */
export const Lingering: Story = { parameters: stage({ status: 'ended', noticeInMinutes: -10 }) }

/** More than an hour after the start: the notice is gone (here the empty state; `whenEmpty="hide"` renders nothing). */
export const Expired: Story = { parameters: stage({ status: 'ended', noticeInMinutes: -61 }) }

/** The streamer cancelled the notice. */
export const Cancelled: Story = {
  parameters: stage({ status: 'ended', noticeInMinutes: 60, noticeCancelled: true }),
}

/** No notice at all (WeChat answers 1416104): the empty state. */
export const NoNotice: Story = { parameters: stage({ status: 'ended', noticeInMinutes: null }) }

/**
 * No notice, said with `err_code: 1` (seen in public app code) — or, with the panel's `noNotice`
 * switch, an undocumented code: still the empty state, not an error, no backoff storm.
 */
export const NoNoticeAsErrCode1: Story = {
  parameters: stage({
    status: 'ended',
    noticeInMinutes: null,
    variants: { noNotice: 'err-code-1' },
  }),
  play: async ({ canvasElement, args }) => {
    const canvas = within(canvasElement)
    await canvas.findByText('暂无直播预告', undefined, { timeout: 5000 })
    await userEvent.click(canvas.getByRole('button', { name: '+5 min' }))
    await waitForAnswers(canvasElement, 'getChannelsLiveNoticeInfo', 2)
    expect(args.onError).not.toHaveBeenCalled()
  },
}

/**
 * A cancelled notice that WeChat returns with status 1 instead of failing, and a usable one after
 * it in `otherInfos`: the cancelled one never gets a button; the next one does.
 */
export const CancelledReturnedWithStatus: Story = {
  parameters: stage({
    status: 'ended',
    noticeInMinutes: 60,
    noticeCancelled: true,
    laterNoticeInMinutes: 2 * 24 * 60,
    variants: { spentNotice: 'status' },
  }),
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement)
    await canvas.findByRole('button', { name: '预约' }, { timeout: 5000 })
    expect(card(canvasElement)?.textContent).not.toContain('今天')
  },
}

/** A notice WeChat marks `reservable: false`: shown, with an inactive "暂不可预约". */
export const NotReservable: Story = {
  parameters: stage({ status: 'ended', noticeInMinutes: 24 * 60, notice: { reservable: false } }),
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement)
    const button = await canvas.findByRole('button', { name: '暂不可预约' }, { timeout: 5000 })
    expect(button.getAttribute('aria-disabled')).toBe('true')
    await userEvent.click(button)
    expect(loggedCalls(canvasElement, 'reserveChannelsLive')).toHaveLength(0)
  },
}

/** The channel is live: a badge and "进入直播间", which opens the live room in the tap. */
export const LiveNow: Story = {
  parameters: stage({ status: 'live', noticeInMinutes: 30 }),
  play: async ({ canvasElement, args }) => {
    const canvas = within(canvasElement)
    await userEvent.click(
      await canvas.findByRole('button', { name: '进入直播间' }, { timeout: 5000 }),
    )
    const [call] = await waitForCalls(canvasElement, 'openChannelsLive', 1)
    expect(call?.[3]).toBe('yes')
    await waitFor(() => expect(args.onOpenLive).toHaveBeenCalledTimes(1))
  },
}

/** The clock: upcoming → lingering at the start → gone an hour later, driven from the panel. */
export const ThroughTheLingeringHour: Story = {
  args: { whenEmpty: 'hide' },
  parameters: stage({ status: 'ended', noticeInMinutes: 30 }),
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement)
    await canvas.findByRole('button', { name: '预约' }, { timeout: 5000 })
    expect(card(canvasElement)?.className).toContain('--upcoming')
    await userEvent.click(canvas.getByRole('button', { name: /到预告开始/ }))
    await waitFor(() => expect(card(canvasElement)?.className).toContain('--lingering'))
    expect(card(canvasElement)?.textContent).toContain('即将开播')
    await userEvent.click(canvas.getByRole('button', { name: '+59 min' }))
    expect(card(canvasElement)?.className).toContain('--lingering')
    await userEvent.click(canvas.getByRole('button', { name: '+61 min' }))
    await waitFor(() => expect(card(canvasElement)).toBeNull())
  },
}

/** Waiting for the first answer: a skeleton (WeChat never answers here). */
export const Loading: Story = {
  parameters: stage({ status: 'ended', noticeInMinutes: 30, hang: ['getChannelsLiveNoticeInfo'] }),
}

/** WeChat DevTools (-14): the fallback. */
export const DevTools: Story = { parameters: stage({ mode: 'devtools', noticeInMinutes: 30 }) }

/** Another subject (100008): the fallback. */
export const SubjectMismatch: Story = {
  parameters: stage({ status: 'ended', subject: 'other', noticeInMinutes: 30 }),
}

/** Taro H5: the fallback, no calls. */
export const H5: Story = { globals: { platform: 'h5' } }

/** A slow network: the skeleton for three seconds. */
export const SlowNetwork: Story = {
  parameters: stage({ status: 'ended', noticeInMinutes: 30, latencyMs: 3000 }),
}

/** In English: a 12-hour clock ("Starts Nov 30, 8:00 PM"); zh-CN keeps 24 hours. */
export const English: Story = {
  globals: { locale: 'en-US' },
  play: async ({ canvasElement }) => {
    await waitFor(() => expect(card(canvasElement)?.textContent).toMatch(/\d{1,2}:\d{2} (AM|PM)/), {
      timeout: 5000,
    })
  },
}

/** An app's own design on the `children` render prop: the state, the texts and the actions. */
function MyCard({ card: c }: { card: LiveReserveCardRenderProps }) {
  if (c.state === 'loading') return <Text>…</Text>
  if (c.state === 'empty') return <Text>{c.texts.empty}</Text>
  return (
    <View
      style={{ display: 'flex', alignItems: 'center', gap: 12, padding: 12, borderRadius: 24 }}
      className="my-card"
    >
      <View style={{ flex: 1 }}>
        <Text style={{ display: 'block', fontWeight: 600 }}>
          {c.state === 'live' ? '🔴 ' : ''}冬季新品发布会
        </Text>
        <Text style={{ display: 'block' }}>{c.timeText}</Text>
      </View>
      {c.state === 'live' ? (
        <Button onClick={c.open}>{c.texts.enterLive}</Button>
      ) : (
        <Button disabled={!c.reservable || c.reserving} onClick={c.reserve}>
          {c.reserved ? c.texts.reserved : c.texts.reserve}
        </Button>
      )}
    </View>
  )
}

/**
 * Your own card (`children` as a function): the same phases, recorded reservation and countdown,
 * another design. Reserving here goes through WeChat's popup as the built-in button does.
 */
export const RenderProp: Story = {
  args: { children: (c: LiveReserveCardRenderProps) => <MyCard card={c} /> },
  play: async ({ canvasElement, args }) => {
    const canvas = within(canvasElement)
    await freshDevice(canvas)
    // Taro's H5 `Button` has no button role of its own: found by its text.
    await userEvent.click(await canvas.findByText('预约', undefined, { timeout: 5000 }))
    await canvas.findByText('已预约', undefined, { timeout: 5000 })
    expect(card(canvasElement)).toBeNull()
    expect(args.onReserve).toHaveBeenCalledWith(expect.objectContaining({ reserved: true }))
  },
}

/** Your own card while live: `open()` opens the live room in the tap. */
export const RenderPropLive: Story = {
  args: { children: (c: LiveReserveCardRenderProps) => <MyCard card={c} /> },
  parameters: stage({ status: 'live', noticeInMinutes: 30 }),
  play: async ({ canvasElement, args }) => {
    const canvas = within(canvasElement)
    await userEvent.click(await canvas.findByText('进入直播间', undefined, { timeout: 5000 }))
    const [call] = await waitForCalls(canvasElement, 'openChannelsLive', 1)
    expect(call?.[3]).toBe('yes')
    await waitFor(() => expect(args.onOpenLive).toHaveBeenCalledTimes(1))
  },
}

/**
 * Analytics: `onShow` once when the card first shows, `onStateChange` on upcoming → lingering →
 * empty (see the Actions panel).
 */
export const AnalyticsEvents: Story = {
  parameters: stage({ status: 'ended', noticeInMinutes: 30 }),
  play: async ({ canvasElement, args }) => {
    const canvas = within(canvasElement)
    await canvas.findByRole('button', { name: '预约' }, { timeout: 5000 })
    await waitFor(() => expect(args.onShow).toHaveBeenCalledWith('upcoming'))
    await userEvent.click(canvas.getByRole('button', { name: /到预告开始/ }))
    await waitFor(() => expect(args.onStateChange).toHaveBeenCalledWith('lingering', 'upcoming'))
    await userEvent.click(canvas.getByRole('button', { name: '+61 min' }))
    await waitFor(() => expect(args.onStateChange).toHaveBeenCalledWith('empty', 'lingering'))
  },
}
