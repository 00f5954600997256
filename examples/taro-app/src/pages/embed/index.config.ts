export default definePageConfig({ navigationBarTitleText: '视频号直播' })
