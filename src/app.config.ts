export default defineAppConfig({
  // Only the first screen is in the main package (see src/routes.ts).
  pages: ['pages/index/index'],
  subPackages: [
    {
      root: 'flow',
      pages: ['wizard/index', 'result/index', 'history/index', 'sources/index'],
    },
  ],
  preloadRule: {
    'pages/index/index': { network: 'all', packages: ['flow'] },
  },
  window: {
    backgroundTextStyle: 'light',
    navigationBarBackgroundColor: '#fff',
    navigationBarTitleText: '小程序资质向导',
    navigationBarTextStyle: 'black',
  },
})
