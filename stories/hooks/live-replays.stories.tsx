import type { Meta, StoryObj } from '@storybook/react-vite'
import type { LiveInfoEntry } from '@taro-live/core'
import { useChannelsLiveReplays } from '@taro-live/hooks'
import { Button, Text, View } from '@tarojs/components'
import { expect, userEvent, waitFor, within } from 'storybook/test'
import { CHANNEL } from '../support/channel'
import type { StageParameters } from '../support/stage'
import { loggedCalls, waitForAnswers } from '../widgets/story-helpers'

const stage = (parameters: StageParameters) => ({ stage: { minHeight: 240, ...parameters } })

/** What each replay state reads as (`replayStatus` is absent where WeChat does not report it). */
const REPLAY_LABELS: Record<NonNullable<LiveInfoEntry['replayStatus']>, string> = {
  generated: '回放已生成',
  generating: '回放生成中',
  expired: '回放已过期',
  'not-generated': '暂无回放',
  unknown: '回放状态未知',
}

/**
 * A recipe: the channel's recent lives and their replays from `useChannelsLiveReplays`, newest
 * first, with a refresh button. Taro's `View` and `Button` have no role on H5, so the roles are
 * spread as plain attributes (Taro's typings have no ARIA props).
 */
function LiveReplays(props: { finderUserName: string }) {
  const { lives, complete, loading, error, refresh, supported } = useChannelsLiveReplays(
    props.finderUserName,
  )
  if (!supported) return <Text>此处无法列出直播回放</Text>
  return (
    <View style={{ display: 'flex', flexDirection: 'column', gap: 8 }}>
      <View style={{ display: 'flex', alignItems: 'center', gap: 8 }}>
        <Text style={{ fontWeight: 600 }}>最近的直播</Text>
        <Button {...{ role: 'button', 'aria-label': '刷新' }} size="mini" onClick={refresh}>
          刷新
        </Button>
        {loading && <Text>加载中…</Text>}
      </View>
      {error && <Text data-testid="replays-error">出错了：{error.code}</Text>}
      {lives && !complete && (
        <Text data-testid="incomplete">基础库低于 2.29.0：只知道最近一场</Text>
      )}
      {lives?.length === 0 && <Text data-testid="no-lives">还没有直播过</Text>}
      {lives && lives.length > 0 && (
        <View {...{ role: 'list', 'aria-label': '直播与回放' }}>
          {lives.map((live) => (
            <View
              key={live.feedId}
              {...{ role: 'listitem' }}
              style={{ display: 'flex', gap: 8, padding: '6px 0', borderBottom: '1px solid #ddd' }}
            >
              <Text data-testid="live-topic" style={{ flex: 1 }}>
                {live.description || '（无标题）'}
              </Text>
              {live.status === 'live' && <Text>直播中</Text>}
              <Text data-testid="replay-label">
                {REPLAY_LABELS[live.replayStatus ?? 'unknown']}
              </Text>
            </View>
          ))}
        </View>
      )}
    </View>
  )
}

/** Three earlier lives (replay codes 3, 1 and 6) before the one running now. */
const PAST_LIVES: StageParameters['pastLives'] = [
  { description: '初冬好物返场', daysAgo: 1, replayStatus: 3 },
  { description: '双十一预热', daysAgo: 5, replayStatus: 1 },
  { description: '国庆特惠专场', daysAgo: 25, replayStatus: 6 },
]

const rows = (root: HTMLElement) =>
  within(root)
    .queryAllByRole('listitem')
    .map((row) => [
      row.querySelector('[data-testid="live-topic"]')?.textContent ?? '',
      row.querySelector('[data-testid="replay-label"]')?.textContent ?? '',
    ])

const meta = {
  title: 'Hooks/useChannelsLiveReplays',
  component: LiveReplays,
  args: { finderUserName: CHANNEL },
  parameters: stage({ status: 'live' }),
} satisfies Meta<typeof LiveReplays>

export default meta
type Story = StoryObj<typeof meta>

/**
 * Live now, with three earlier lives: four rows, newest first, each with its replay state (the
 * running one has none yet). One `getChannelsLiveInfo` with a `startTime` window (30 days back);
 * "刷新" asks again.
 */
export const Replays: Story = {
  parameters: stage({ status: 'live', pastLives: PAST_LIVES }),
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement)
    const stageBox = canvas.getByTestId('stage')
    await waitFor(() => expect(rows(stageBox)).toHaveLength(4), { timeout: 5000 })
    expect(rows(stageBox)).toEqual([
      ['冬季上新专场', '暂无回放'],
      ['初冬好物返场', '回放生成中'],
      ['双十一预热', '回放已生成'],
      ['国庆特惠专场', '回放已过期'],
    ])
    expect(canvas.queryByTestId('incomplete')).toBeNull()
    const [call] = await waitForAnswers(canvasElement, 'getChannelsLiveInfo', 1)
    expect(JSON.parse(call?.[2] ?? '{}')).toMatchObject({
      finderUserName: CHANNEL,
      startTime: expect.any(Number),
    })
    await userEvent.click(canvas.getByRole('button', { name: '刷新' }))
    await waitForAnswers(canvasElement, 'getChannelsLiveInfo', 2)
    expect(rows(stageBox)).toHaveLength(4)
  },
}

/**
 * Base library 2.28.0: no window, no `otherInfos`, no `replayStatus`. Only the newest live is known
 * (`complete: false`), and its replay state is unknown, never "none".
 */
export const BelowBaseLibrary2290: Story = {
  parameters: stage({ status: 'live', pastLives: PAST_LIVES, baseLibrary: '2.28.0' }),
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement)
    const stageBox = canvas.getByTestId('stage')
    await canvas.findByText('基础库低于 2.29.0：只知道最近一场', undefined, { timeout: 5000 })
    expect(rows(stageBox)).toEqual([['冬季上新专场', '回放状态未知']])
    const [call] = await waitForAnswers(canvasElement, 'getChannelsLiveInfo', 1)
    expect(JSON.parse(call?.[2] ?? '{}')).not.toHaveProperty('startTime')
  },
}

/** A channel that never went live: an empty list, not an error. */
export const NeverLive: Story = {
  parameters: stage({ status: 'never' }),
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement)
    await canvas.findByTestId('no-lives', undefined, { timeout: 5000 })
    expect(canvas.queryAllByRole('listitem')).toHaveLength(0)
    expect(canvas.queryByTestId('replays-error')).toBeNull()
    expect(canvas.queryByTestId('incomplete')).toBeNull()
    expect(loggedCalls(canvasElement, 'getChannelsLiveInfo')).toHaveLength(1)
  },
}
