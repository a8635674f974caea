export default defineAppConfig({
  pages: [
    'pages/index/index',
    'pages/wizard/index'
  ],
  window: {
    backgroundTextStyle: 'light',
    navigationBarBackgroundColor: '#fff',
    navigationBarTitleText: '小程序资质向导',
    navigationBarTextStyle: 'black'
  }
})
