import { defineConfig, type UserConfigExport } from '@tarojs/cli'
import { resolve } from 'node:path'
import TsconfigPathsPlugin from 'tsconfig-paths-webpack-plugin'
import devConfig from './dev'
import prodConfig from './prod'

/**
 * WeChat drops aria-* attributes from its templates unless they are declared here
 * (see docs/decisions.md, "ARIA on weapp"). Each value is the template default.
 */
const ariaAttributes = {
  'aria-role': "''",
  'aria-label': "''",
  'aria-hidden': "''",
  'aria-live': "''",
  'aria-checked': "''",
  'aria-disabled': "''",
  'aria-selected': "''",
  'aria-expanded': "''",
  'aria-level': "''",
  'aria-current': "''",
  'aria-valuenow': "''",
  'aria-valuemin': "''",
  'aria-valuemax': "''",
  'aria-busy': "''",
}
/** The embedded mock backend lives outside src/, so Taro must be told to compile it (TypeScript). */
const compileMock = { include: [resolve(__dirname, '..', 'mock')] }

const ariaInjection = {
  components: {
    View: ariaAttributes,
    Text: { 'aria-role': "''", 'aria-label': "''", 'aria-hidden': "''", 'aria-live': "''" },
    Button: { 'aria-role': "''", 'aria-label': "''", 'aria-disabled': "''" },
    Image: { 'aria-role': "''", 'aria-label': "''", 'aria-hidden': "''" },
    Input: { 'aria-role': "''", 'aria-label': "''" },
    Textarea: { 'aria-role': "''", 'aria-label': "''" },
    Picker: { 'aria-role': "''", 'aria-label': "''" },
    Label: { 'aria-role': "''", 'aria-label': "''" },
  },
}

export default defineConfig<'webpack5'>(async (merge) => {
  const baseConfig: UserConfigExport<'webpack5'> = {
    projectName: 'jinxinjiu',
    date: '2026-11-26',
    designWidth: 375,
    deviceRatio: {
      375: 2,
      640: 2.34 / 2,
      750: 1,
      828: 1.81 / 2,
    },
    sourceRoot: 'src',
    outputRoot: `dist/${process.env.TARO_ENV}`,
    plugins: [['@tarojs/plugin-inject', ariaInjection]],
    defineConstants: {},
    copy: { patterns: [], options: {} },
    framework: 'react',
    compiler: 'webpack5',
    cache: { enable: false },
    mini: {
      compile: compileMock,
      postcss: {
        pxtransform: { enable: true, config: {} },
        cssModules: {
          enable: false,
          config: { namingPattern: 'module', generateScopedName: '[name]__[local]___[hash:base64:5]' },
        },
      },
      webpackChain(chain) {
        chain.resolve.plugin('tsconfig-paths').use(TsconfigPathsPlugin)
        // chinese-days declares "type": "commonjs" but its "module" entry is ESM: use the CommonJS build.
        chain.resolve.alias.set(
          'chinese-days$',
          resolve(__dirname, '..', 'node_modules/chinese-days/dist/index.min.js'),
        )
      },
    },
    h5: {
      compile: compileMock,
      publicPath: './',
      staticDirectory: 'static',
      router: { mode: 'hash' },
      output: {
        filename: 'js/[name].[contenthash:8].js',
        chunkFilename: 'js/[name].[contenthash:8].js',
      },
      miniCssExtractPluginOption: {
        ignoreOrder: true,
        filename: 'css/[name].[contenthash:8].css',
        chunkFilename: 'css/[name].[contenthash:8].css',
      },
      postcss: {
        // H5 keeps CSS px as px so that browser zoom and the user's font size work as people expect.
        pxtransform: { enable: false, config: {} },
        autoprefixer: { enable: true, config: {} },
        cssModules: {
          enable: false,
          config: { namingPattern: 'module', generateScopedName: '[name]__[local]___[hash:base64:5]' },
        },
      },
      webpackChain(chain) {
        chain.resolve.plugin('tsconfig-paths').use(TsconfigPathsPlugin)
        // chinese-days declares "type": "commonjs" but its "module" entry is ESM: use the CommonJS build.
        chain.resolve.alias.set(
          'chinese-days$',
          resolve(__dirname, '..', 'node_modules/chinese-days/dist/index.min.js'),
        )
        // Taro splits only initial chunks on H5, so every route chunk carried its own copy of the Taro
        // components and our primitives. Modules used by two or more routes go into shared chunks, one per set of
        // routes that use them, so the home page does not download what only the journeys need.
        const splitChunks = chain.optimization.get('splitChunks')
        if (splitChunks) {
          chain.optimization.splitChunks({
            ...splitChunks,
            cacheGroups: {
              ...splitChunks.cacheGroups,
              // The full policy library (policies.json), shared by the policy subpackage's pages (article,
              // 全文搜索): its own chunk, so that the route-shared chunk every page loads does not carry it.
              policyLibrary: {
                name: 'policy-library',
                test: /[\\/]src[\\/](content[\\/]generated[\\/]policies\.json|content[\\/]policyLibrary\.ts|packages[\\/]policy[\\/]attachPolicyLibrary\.ts)$/,
                chunks: 'async',
                minChunks: 1,
                minSize: 0,
                priority: 10,
                enforce: true,
              },
              routeShared: {
                chunks: 'async',
                minChunks: 2,
                minSize: 0,
                priority: 5,
                reuseExistingChunk: true,
              },
            },
          })
        }
      },
    },
  }

  if (process.env.NODE_ENV === 'development') {
    return merge({}, baseConfig, devConfig)
  }
  return merge({}, baseConfig, prodConfig)
})
