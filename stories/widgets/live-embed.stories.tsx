import type { Meta, StoryObj } from '@storybook/react-vite'
import { readManifest, toStorybookArgTypes } from '@taro-live/builder'
import { LiveEmbed } from '@taro-live/components/live-embed'
import { expect, fn, userEvent, waitFor, within } from 'storybook/test'
import manifest from '../../packages/components/manifests/live-embed.json'
import { CHANNEL } from '../support/channel'
import type { StageParameters } from '../support/stage'
import { Fallback, loggedCalls, waitForAnswers, waitForCalls } from './story-helpers'

// The stand-in of `<channel-live>` is 360 px high.
const stage = (parameters: StageParameters) => ({ stage: { minHeight: 400, ...parameters } })
/** The stand-in of WeChat's `<channel-live>` is named by the live's topic (the stage's channel). */
const PLAYER = /冬季上新专场/
/** The tap-to-open card. */
const OPEN = /进入橙子优选的直播间$/
const embed = (root: HTMLElement) => root.querySelector<HTMLElement>('.tl-live-embed')

/** A tap on the card: one `openChannelsLive`, inside the tap (WeChat's popup), then `onOpenLive`. */
async function tapCardOpensLive(
  canvasElement: HTMLElement,
  card: HTMLElement,
  args: { onOpenLive?: unknown },
) {
  await userEvent.click(card)
  const [call] = await waitForCalls(canvasElement, 'openChannelsLive', 1)
  expect(call?.[3]).toBe('yes')
  await waitFor(() => expect(args.onOpenLive).toHaveBeenCalledTimes(1))
}

const meta = {
  title: 'Widgets/LiveEmbed',
  component: LiveEmbed,
  args: {
    finderUserName: CHANNEL,
    mode: 'auto',
    fallback: <Fallback label="（此处无法显示直播）" />,
    onOpenLive: fn(),
    onShow: fn(),
    onError: fn(),
  },
  // From the widget's manifest, as the page builders get them (@taro-live/builder): controls,
  // descriptions, defaults and groups cannot drift from what merchants configure.
  argTypes: toStorybookArgTypes(readManifest(manifest)),
  parameters: stage({ status: 'live' }),
} satisfies Meta<typeof LiveEmbed>

export default meta
type Story = StoryObj<typeof meta>

/**
 * Live on base library 3.7.0: WeChat's `<channel-live>` (here its stand-in). A tap jumps to the
 * live room with no confirmation popup: logged as `channel-live`, no `openChannelsLive` at all.
 */
export const Embedded: Story = {
  play: async ({ canvasElement, args }) => {
    const canvas = within(canvasElement)
    const player = await canvas.findByRole('button', { name: PLAYER }, { timeout: 5000 })
    expect(player.className).toContain('tl-live-embed__player')
    await waitFor(() => expect(args.onShow).toHaveBeenCalledWith('embedded'))
    await userEvent.click(player)
    const [call] = await waitForCalls(canvasElement, 'channel-live', 1)
    const [, , params, inTap, outcome] = call ?? []
    expect(inTap).toBe('yes')
    expect(outcome).toBe('success')
    expect(JSON.parse(params ?? '{}')).toMatchObject({
      finderUserName: CHANNEL,
      feedId: expect.any(String),
    })
    expect(loggedCalls(canvasElement, 'openChannelsLive')).toHaveLength(0)
    await waitFor(() => expect(args.onOpenLive).toHaveBeenCalledTimes(1))
    expect(args.onError).not.toHaveBeenCalled()
  },
}

/**
 * Base library 2.28.0 has no `<channel-live>`: the tap-to-open card, whose tap opens the live room
 * with `openChannelsLive` (WeChat's popup) inside the tap.
 */
export const TapToOpenBelow2290: Story = {
  parameters: stage({ status: 'live', baseLibrary: '2.28.0' }),
  play: async ({ canvasElement, args }) => {
    const canvas = within(canvasElement)
    const card = await canvas.findByRole('button', { name: OPEN }, { timeout: 5000 })
    expect(embed(canvasElement)?.className).toContain('tl-live-embed--card')
    expect(canvasElement.querySelector('.tl-live-embed__player')).toBeNull()
    await waitFor(() => expect(args.onShow).toHaveBeenCalledWith('card'))
    await tapCardOpensLive(canvasElement, card, args)
    expect(loggedCalls(canvasElement, 'channel-live')).toHaveLength(0)
  },
}

/**
 * A channel of a related subject (linked through the Open Platform): the Channels APIs work, but
 * `<channel-live>` errs (the `channelLiveRelatedSubject` switch plays it). The error goes to
 * `onError` and the card takes over for this live; its tap opens the live room as usual.
 */
export const RelatedSubjectFallsBackToCard: Story = {
  parameters: stage({
    status: 'live',
    subject: 'related',
    variants: { channelLiveRelatedSubject: 'error' },
  }),
  play: async ({ canvasElement, args }) => {
    const canvas = within(canvasElement)
    await userEvent.click(await canvas.findByRole('button', { name: PLAYER }, { timeout: 5000 }))
    const [tap] = await waitForCalls(canvasElement, 'channel-live', 1)
    expect(tap?.[4]).toBe('fail')
    await waitFor(() =>
      expect(args.onError).toHaveBeenCalledWith(
        expect.objectContaining({ code: 'subject-mismatch-or-unverified' }),
      ),
    )
    const card = await canvas.findByRole('button', { name: OPEN }, { timeout: 5000 })
    expect(canvasElement.querySelector('.tl-live-embed__player')).toBeNull()
    expect(embed(canvasElement)?.className).toContain('tl-live-embed--card')
    expect(args.onOpenLive).not.toHaveBeenCalled()
    await tapCardOpensLive(canvasElement, card, args)
  },
}

/** The channel is not live (its last live has ended): nothing at all, not the fallback. Press "开播" in the panel. */
export const NotLive: Story = {
  parameters: stage({ status: 'ended' }),
  play: async ({ canvasElement, args }) => {
    await waitForAnswers(canvasElement, 'getChannelsLiveInfo', 1)
    expect(embed(canvasElement)).toBeNull()
    expect(within(canvasElement).queryByTestId('fallback')).toBeNull()
    expect(args.onShow).not.toHaveBeenCalled()
    expect(args.onError).not.toHaveBeenCalled()
  },
}

/** `mode="card"`: always the card, even where `<channel-live>` would work (base library 3.7.0). */
export const ModeCard: Story = {
  args: { mode: 'card' },
  play: async ({ canvasElement, args }) => {
    const canvas = within(canvasElement)
    const card = await canvas.findByRole('button', { name: OPEN }, { timeout: 5000 })
    expect(canvasElement.querySelector('.tl-live-embed__player')).toBeNull()
    await waitFor(() => expect(args.onShow).toHaveBeenCalledWith('card'))
    await tapCardOpensLive(canvasElement, card, args)
    expect(loggedCalls(canvasElement, 'channel-live')).toHaveLength(0)
  },
}

/** Taro H5 (off WeChat): the fallback, and no calls to the stubs. */
export const H5: Story = {
  globals: { platform: 'h5' },
  play: async ({ canvasElement }) => {
    await within(canvasElement).findByTestId('fallback', undefined, { timeout: 5000 })
    expect(embed(canvasElement)).toBeNull()
    expect(canvasElement.querySelectorAll('[data-testid="call-log"] tr')).toHaveLength(0)
  },
}
