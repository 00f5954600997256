import path from 'node:path'
import { defineConfig, type UserConfigExport } from '@tarojs/cli'

// A demo H5 build runs the widgets on the simulator (see src/demo); every other build is the real
// app. Demo mode exists only for H5: a weapp build never contains the simulator.
const demo = process.env.TARO_APP_DEMO === '1' && process.env.TARO_ENV === 'h5'

/**
 * Inside this pnpm workspace the packages are symlinked from packages/*, and Taro's own component
 * aliases must still resolve from the app's node_modules (docs/toolchain.md, pitfall: a Taro app
 * inside the pnpm workspace). Setting `resolve.modules` replaces webpack's default, so
 * `node_modules` (the lookup from each package's own folder) is listed again. An app that installs
 * @taro-live from the registry needs none of this.
 */
const appModules = path.resolve(__dirname, '../node_modules')

export default defineConfig<'webpack5'>(async () => {
  const config: UserConfigExport<'webpack5'> = {
    projectName: 'taro-live-example',
    date: '2026-11-28',
    designWidth: 750,
    deviceRatio: { 640: 2.34 / 2, 750: 1, 375: 2, 828: 1.81 / 2 },
    sourceRoot: 'src',
    outputRoot: process.env.TARO_ENV === 'h5' ? (demo ? 'dist-demo' : 'dist-h5') : 'dist-weapp',
    // WeChat's screen reader reads aria-role / aria-label, which Taro's weapp templates leave out:
    // add them to the templates (docs/accessibility.md). The widgets pass them on weapp.
    plugins: [
      [
        '@tarojs/plugin-inject',
        {
          components: {
            View: { 'aria-role': '', 'aria-label': '', 'aria-hidden': '', 'aria-disabled': '' },
            Image: { 'aria-hidden': '' },
            Button: { 'aria-role': '', 'aria-label': '' },
          },
        },
      ],
    ],
    defineConstants: { 'process.env.TARO_APP_DEMO': JSON.stringify(demo ? '1' : '') },
    copy: { patterns: [], options: {} },
    framework: 'react',
    compiler: 'webpack5',
    cache: { enable: false },
    logger: { quiet: true, stats: false },
    mini: {
      postcss: {
        pxtransform: { enable: true, config: {} },
        cssModules: { enable: false },
      },
      webpackChain(chain) {
        chain.resolve.modules.add(appModules).add('node_modules')
      },
    },
    h5: {
      publicPath: './',
      staticDirectory: 'static',
      router: { mode: 'hash' },
      postcss: {
        autoprefixer: { enable: true, config: {} },
        cssModules: { enable: false },
      },
      webpackChain(chain) {
        chain.resolve.modules.add(appModules).add('node_modules')
      },
    },
  }
  return config
})
