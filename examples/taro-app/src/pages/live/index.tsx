import { LiveFloatingWindow } from '@taro-live/components/live-floating-window'
import { LiveReserveCard } from '@taro-live/components/live-reserve-card'
import { Navigator, Text, View } from '@tarojs/components'
import '@taro-live/components/live-floating-window/style'
import '@taro-live/components/live-reserve-card/style'
import { CHANNEL } from '../../channel'
import './index.css'

export default function LivePage() {
  return (
    <View className="page">
      <Text className="page__title">冬季上新</Text>
      <LiveReserveCard finderUserName={CHANNEL} title="冬季新品发布会" whenEmpty="empty" />
      <Navigator className="page__link" url="/pages/member/index">
        会员资料 →
      </Navigator>
      <LiveFloatingWindow finderUserName={CHANNEL} label="冬季上新" closable />
    </View>
  )
}
