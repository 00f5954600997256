import { ProfileButton } from '@taro-live/components/profile-button'
import { Text, View } from '@tarojs/components'
import '@taro-live/components/profile-button/style'
import '../live/index.css'

export default function MemberPage() {
  return (
    <View className="page">
      <Text className="page__title">会员资料</Text>
      <ProfileButton desc="用于完善会员资料" />
    </View>
  )
}
