import path from 'path'
import { defineConfig, type UserConfigExport } from '@tarojs/cli'
import type { MinifyOptions } from 'terser'
import TsconfigPathsPlugin from 'tsconfig-paths-webpack-plugin'
import devConfig from './dev'
import prodConfig from './prod'

/** Each target builds into its own folder: dist/weapp, dist/alipay, dist/tt, dist/h5. */
const target = process.env.TARO_ENV || 'weapp'

/**
 * terser for the mini-program builds: its own default compression and mangling, writing ES2015
 * (the floor, iOS 10.3 / Chrome 53, runs it; `npm run check:es` holds the bundles to it) and
 * Chinese as UTF-8. Taro's mini-program defaults are for ES5 output: they turn most of terser's
 * compress passes off and set `ascii_only`, which writes every Chinese character as a 6-byte
 * `\uXXXX` escape instead of 3 UTF-8 bytes (WeChat and Alipay read UTF-8 source; terser still
 * escapes U+2028/U+2029, U+FEFF and NUL whatever this option says).
 */
const TERSER: MinifyOptions = { ecma: 2015, format: { ascii_only: false, comments: false } }

/**
 * Packages in node_modules that ship syntax newer than the mini-program targets accept
 * (zustand 5 and valibot 1 are ES2018+; Taro's Alipay runtime keeps ES2015 classes, which iOS 10.0-10.2
 * lacks per es-check's data). Taro only runs babel over src by default. The floor is package.json's
 * browserslist; `npm run check:es` holds the built bundles to it (docs/checks.md).
 */
const transpiledPackages = /node_modules[\\/](zustand|valibot|@tarojs[\\/]plugin-platform-[a-z]+)[\\/]/

// https://taro-docs.jd.com/docs/next/config#defineconfig-辅助函数
export default defineConfig<'webpack5'>(async (merge) => {
  const baseConfig: UserConfigExport<'webpack5'> = {
    projectName: 'miniprogram-permit-guide',
    date: '2026-11-22',
    designWidth: 750,
    deviceRatio: {
      640: 2.34 / 2,
      750: 1,
      375: 2,
      828: 1.81 / 2
    },
    sourceRoot: 'src',
    outputRoot: `dist/${target}`,
    // Douyin (抖音小程序, `--type tt`): Taro's platform plugin, a devDependency pinned to the project's Taro
    // version (@tarojs/cli ships the weapp and h5 plugins; alipay's is a dependency). It only registers the
    // `tt` platform, so it is inert in the other builds; Taro merges plugins by name, so the CLI's own load of
    // it for `--type tt` is the same plugin. Its project file is project.tt.json (-> dist/tt/project.config.json).
    // config/a11y-template.ts: the WeChat and Alipay templates bind the screen-reader attributes their `view`
    // accepts (aria-role / role, aria-label, aria-checked), so what src/components/a11y.ts sends reaches 读屏 (issue 25).
    plugins: ['@tarojs/plugin-platform-tt', path.resolve(__dirname, 'a11y-template.ts')],
    defineConstants: {},
    copy: {
      patterns: [],
      options: {}
    },
    framework: 'react',
    compiler: {
      type: 'webpack5',
      // Taro's dependency pre-bundling crashes `dev:h5` with this dependency tree
      // (enhanced-resolve "options.roots.map is not a function"): build without it.
      prebundle: { enable: false }
    },
    cache: {
      enable: false
    },
    mini: {
      compile: {
        include: [(filename: string) => transpiledPackages.test(filename)]
      },
      postcss: {
        pxtransform: {
          enable: true,
          config: {}
        },
        cssModules: {
          enable: false,
          config: {
            namingPattern: 'module',
            generateScopedName: '[name]__[local]___[hash:base64:5]'
          }
        }
      },
      webpackChain(chain) {
        chain.resolve.plugin('tsconfig-paths').use(TsconfigPathsPlugin)
        // ANALYZE=1: a source map beside every script, for scripts/size-by-module.mjs (bytes per
        // source module). Off in every normal build (docs/checks.md: Package size by module).
        if (process.env.ANALYZE) chain.devtool('source-map')
        // Shortest module ids and export names (webpack's production default is 4-digit ids and
        // 2-letter names, stable across builds for long-term caching, which a mini-program
        // package does not use): `i(12)` and `(0,a.b)` instead of `i(4194)` and `(0,a.Q7)`.
        // Measured 2026-11-24: flow/ −1,633 bytes, main package −1,450 (docs/categories.md: Size).
        chain.optimization.merge({ mangleExports: 'size', moduleIds: 'size' })
        // webpack's own glue (export getters, runtime) in ES2015 too: `()=>x` instead of
        // `function(){return x}` for every export (within the floor; check:es enforces it).
        chain.output.merge({
          environment: { arrowFunction: true, const: true, destructuring: true, forOf: true, templateLiteral: true }
        })
        // terser with the options above instead of Taro's ES5 defaults (production builds only).
        if (chain.optimization.get('minimize') === true) {
          chain.optimization.minimizer('terserPlugin').tap(([options]) => [{ ...options, terserOptions: TERSER }])
        }
      }
    },
    h5: {
      publicPath: '/',
      // `npm run dev:h5` serves on this machine only, not on every network interface (Taro's default 0.0.0.0).
      devServer: {
        host: 'localhost'
      },
      staticDirectory: 'static',
      output: {
        filename: 'js/[name].[hash:8].js',
        chunkFilename: 'js/[name].[chunkhash:8].js'
      },
      miniCssExtractPluginOption: {
        ignoreOrder: true,
        filename: 'css/[name].[hash].css',
        chunkFilename: 'css/[name].[chunkhash].css'
      },
      postcss: {
        autoprefixer: {
          enable: true,
          config: {}
        },
        cssModules: {
          enable: false,
          config: {
            namingPattern: 'module',
            generateScopedName: '[name]__[local]___[hash:base64:5]'
          }
        }
      },
      webpackChain(chain) {
        chain.resolve.plugin('tsconfig-paths').use(TsconfigPathsPlugin)
      }
    }
  }

  if (process.env.NODE_ENV === 'development') {
    // 本地开发构建配置（不混淆压缩）
    return merge({}, baseConfig, devConfig)
  }
  // 生产构建配置（默认开启压缩混淆等）
  return merge({}, baseConfig, prodConfig)
})
