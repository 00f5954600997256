export default definePageConfig({ navigationBarTitleText: '搭建的页面' })
