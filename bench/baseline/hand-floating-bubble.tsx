/*
 * The hand-written floating "live now" bubble: shown while the channel is live, opens the live room
 * on tap with the live's ids. Fixed in a corner (no drag: the jsdom scenarios do not drag).
 */

import { Image, Text, View } from '@tarojs/components'
import { openChannelsLive } from '@tarojs/taro'
import { api, useLiveStatusByHand } from './use-live-status-by-hand'

export function HandFloatingBubble(props: { finderUserName: string; label?: string }) {
  const { info, live } = useLiveStatusByHand(props.finderUserName)
  if (!live || !info) return null
  const open = () => {
    void api(openChannelsLive)?.({
      finderUserName: props.finderUserName,
      feedId: info.feedId,
      nonceId: info.nonceId,
    }).catch(() => {})
  }
  return (
    <View className="hand-bubble" onClick={open}>
      <Image className="hand-bubble__avatar" src={info.headUrl ?? ''} mode="aspectFill" />
      <Text className="hand-bubble__badge">直播中</Text>
      {props.label && <Text className="hand-bubble__label">{props.label}</Text>}
    </View>
  )
}
