// babel-preset-taro 更多选项和默认值：
// https://docs.taro.zone/docs/next/babel-config
//
// Under jest (NODE_ENV=test, set by jest) the code runs in node/jsdom, not through Taro's
// webpack build, so plain presets for the running node are used instead of the taro preset.
const taroPreset = require('babel-preset-taro')
const presetEnv = require('@babel/preset-env')

/**
 * babel-preset-taro with preset-env's `bugfixes: true` (Babel 8's default; Taro 4.2 does not pass
 * the option through). Without it, the Safari < 14.5/16.3 quirks in default parameters and
 * destructuring make preset-env rewrite all destructuring, default parameters and let/const into
 * ES5 (`slicedToArray` helpers, `arguments.length > 0 && …`); with it, only the few patterns that
 * trigger those quirks are rewritten (the `bugfix/transform-safari-*` plugins) and the rest stays
 * ES2015, within the floor (iOS 10.3, Chrome 53; check:es holds it).
 */
const taroWithBugfixes = (api, options) => {
  const config = taroPreset(api, options)
  for (const o of config.overrides) {
    for (const p of o.presets ?? []) if (Array.isArray(p) && p[0] === presetEnv) p[1] = { ...p[1], bugfixes: true }
  }
  return config
}

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
    // Facts about src that let babel emit shorter ES5 for ES2018+ syntax: `{...a, b}` is built with
    // an Object.assign-like `_extends` (src never spreads onto objects with setters and uses no
    // symbol keys), and `a?.b` / `a ?? b` test `== null` (there is no document.all in a mini-program
    // or the floor's browsers).
    assumptions: {
      setSpreadProperties: true,
      objectRestNoSymbols: true,
      noDocumentAll: true,
      ignoreFunctionLength: true
    },
    presets: [
      [taroWithBugfixes, {
        framework: 'react',
        ts: true,
        compiler: 'webpack5',
        // Template literals are ES2015, within the floor (iOS 10.3, Chrome 53). preset-env rewrites
        // them to "".concat(...) only for Safari < 13's caching bug in *tagged* templates, which src
        // does not use; the rewrite cost ~2 KB in the flow subpackage. check:es holds the floor.
        exclude: ['transform-template-literals'],
        // let/const as var: terser keeps `const` (2 bytes longer than `var`); every engine at the
        // floor runs ES2015 block scoping, so this is for size only (the transform keeps semantics).
        include: ['transform-block-scoping']
      }]
    ]
  }
}
