// babel-preset-taro 更多选项和默认值：
// https://docs.taro.zone/docs/next/babel-config
//
// Under jest (NODE_ENV=test, set by jest) the code runs in node/jsdom, not through Taro's
// webpack build, so plain presets for the running node are used instead of the taro preset.
module.exports = (api) => {
  if (api.env('test')) {
    return {
      presets: [
        ['@babel/preset-env', { targets: { node: 'current' } }],
        ['@babel/preset-typescript', { onlyRemoveTypeImports: false }],
        ['@babel/preset-react', { runtime: 'automatic' }]
      ]
    }
  }
  return {
    // Facts about src that let babel emit shorter ES5 for ES2018+ syntax: `{...a, b}` becomes
    // Object.assign (src never spreads onto objects with setters and uses no symbol keys), and
    // `a?.b` / `a ?? b` test `== null` (there is no document.all in a mini-program or the floor's browsers).
    assumptions: {
      setSpreadProperties: true,
      objectRestNoSymbols: true,
      noDocumentAll: true,
      ignoreFunctionLength: true
    },
    presets: [
      ['taro', {
        framework: 'react',
        ts: true,
        compiler: 'webpack5',
        // Template literals are ES2015, within the floor (iOS 10.3, Chrome 53). preset-env rewrites
        // them to "".concat(...) only for Safari < 13's caching bug in *tagged* templates, which src
        // does not use; the rewrite cost ~2 KB in the flow subpackage. check:es holds the floor.
        exclude: ['transform-template-literals']
      }]
    ]
  }
}
