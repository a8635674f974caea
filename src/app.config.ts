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
  // Inject only the components a page really uses (WeChat 用时注入, base library 2.11.1+): the code-quality
  // panel's LAZYCODE_LOADING_OPEN item, checked by `npm run check:weapp` and test/compiled/.
  // WeChat only: Alipay's app.json has no such field.
  ...(process.env.TARO_ENV === 'weapp' ? { lazyCodeLoading: 'requiredComponents' } : {}),
  window: {
    backgroundTextStyle: 'light',
    navigationBarBackgroundColor: '#fff',
    navigationBarTitleText: '小程序资质向导',
    navigationBarTextStyle: 'black',
  },
})
