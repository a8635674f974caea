export default defineAppConfig({
  pages: ['pages/index/index', 'pages/wizard/index', 'pages/result/index'],
  // Pages off the first path load on demand, keeping the main package small.
  subPackages: [
    {
      root: 'more',
      pages: ['history/index', 'sources/index'],
    },
  ],
  window: {
    backgroundTextStyle: 'light',
    navigationBarBackgroundColor: '#fff',
    navigationBarTitleText: '小程序资质向导',
    navigationBarTextStyle: 'black',
  },
})
