/**
 * Two stages (README: Performance; src/routes.ts). What a merchant waits for before the first
 * question is the main package (home) and `ask` (the wizard: the answers table, validation, the
 * store). `flow` (result, history, sources with the engine, the rulebook and the category
 * catalogue) downloads in the background while they answer: the wizard's preload rule. Home
 * preloads `ask` only, so the law never competes with the wizard for the network.
 */
export default defineAppConfig({
  pages: ['pages/index/index'],
  subPackages: [
    { root: 'ask', pages: ['wizard/index'] },
    { root: 'flow', pages: ['result/index', 'history/index', 'sources/index'] },
  ],
  preloadRule: {
    'pages/index/index': { network: 'all', packages: ['ask'] },
    'ask/wizard/index': { network: 'all', packages: ['flow'] },
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
