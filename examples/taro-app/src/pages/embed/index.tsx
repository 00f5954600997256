import { LiveEmbed } from '@taro-live/components/live-embed'
import { LiveReserveCard } from '@taro-live/components/live-reserve-card'
import type { ReplayStatus } from '@taro-live/core'
import { useChannelsLiveReplays } from '@taro-live/hooks'
import { Text, View } from '@tarojs/components'
import '@taro-live/components/live-embed/style'
import '@taro-live/components/live-reserve-card/style'
import { CHANNEL } from '../../channel'
import '../live/index.css'
import './index.css'

const REPLAY_LABELS: Record<ReplayStatus, string> = {
  generated: '回放已生成',
  generating: '回放生成中',
  expired: '回放已过期',
  'not-generated': '暂无回放',
  unknown: '回放状态未知',
}

/** The channel's recent lives and whether each has a replay. */
function RecentLives() {
  const { lives } = useChannelsLiveReplays(CHANNEL)
  // The one on air now is the embed above.
  const past = (lives ?? []).filter((live) => live.status !== 'live').slice(0, 5)
  if (past.length === 0) return null
  return (
    <View className="replays">
      <Text className="replays__title">往期直播</Text>
      {past.map((live) => (
        <View className="replays__item" key={live.feedId}>
          <Text>{live.description || '直播'}</Text>
          <Text className="replays__label">{REPLAY_LABELS[live.replayStatus ?? 'unknown']}</Text>
        </View>
      ))}
    </View>
  )
}

export default function EmbedPage() {
  return (
    <View className="page">
      <Text className="page__title">视频号直播</Text>
      <LiveEmbed finderUserName={CHANNEL} />
      <LiveReserveCard finderUserName={CHANNEL} title="下一场直播" reserveWith="sheet" />
      <RecentLives />
    </View>
  )
}
