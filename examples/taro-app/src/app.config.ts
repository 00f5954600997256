export default defineAppConfig({
  pages: ['pages/live/index', 'pages/member/index', 'pages/builder/index', 'pages/embed/index'],
  window: {
    navigationBarTitleText: '橙子优选',
    navigationBarBackgroundColor: '#ffffff',
    navigationBarTextStyle: 'black',
    backgroundTextStyle: 'light',
  },
})
