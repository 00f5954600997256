import { fileURLToPath } from 'node:url'
import { storybookTest } from '@storybook/addon-vitest/vitest-plugin'
import { playwright } from '@vitest/browser-playwright'
import { defineConfig, mergeConfig } from 'vitest/config'
import { taroViteConfig } from './.storybook/taro-vite.ts'
import { CHROMIUM_ARGS, CHROMIUM_PATH } from './scripts/chromium.mjs'

// Unit tests see `@tarojs/taro` as a weapp build would give it, over the simulator a test installs.
const taroWeapp = fileURLToPath(
  new URL('./packages/hooks/test/support/taro-weapp.ts', import.meta.url),
)

/** Debian's Chromium, never a downloaded one; no network but loopback. */
const chromium = playwright({
  launchOptions: { executablePath: CHROMIUM_PATH, args: CHROMIUM_ARGS },
})

export default defineConfig({
  test: {
    reporters: ['default', './scripts/summary-reporter.ts'],
    coverage: {
      provider: 'v8',
      include: ['packages/*/src/**/*.{ts,tsx}'],
      reporter: ['text-summary', ['text', { skipFull: true }]],
      // A floor, not a goal: the numbers today are ~98% lines, ~93% branches.
      thresholds: {
        lines: 90,
        branches: 85,
        functions: 90,
        statements: 90,
        // The widgets' own floor (≥ 90% lines of hooks and components), checked per package.
        'packages/hooks/src/**': { lines: 90 },
        'packages/components/src/**': { lines: 90 },
      },
    },
    projects: [
      mergeConfig(
        taroViteConfig('h5', taroWeapp),
        defineConfig({
          test: {
            name: 'unit',
            include: ['packages/*/test/**/*.test.{ts,tsx}', 'stories/**/*.test.{ts,tsx}'],
            exclude: ['**/*.weapp.tsx', '**/node_modules/**'],
            environment: 'node',
            env: { TZ: 'Asia/Shanghai', VITEST_TARO_ENV: 'h5' },
            setupFiles: ['./packages/hooks/test/support/target-env.ts'],
          },
        }),
      ),
      mergeConfig(
        taroViteConfig('h5', taroWeapp),
        defineConfig({
          test: {
            // The time-sensitive tests again in a zone with another offset and DST (the `unit`
            // project runs in Asia/Shanghai): local days, midnight and the notice's phases.
            name: 'unit-tz',
            include: [
              'packages/components/test/live-reserve-card*.test.tsx',
              'packages/core/test/notice-phase.test.ts',
              'packages/core/test/parse-notice-info.test.ts',
              'packages/core/test/client/notice.test.ts',
            ],
            environment: 'node',
            env: { TZ: 'America/New_York', VITEST_TARO_ENV: 'h5' },
            setupFiles: ['./packages/hooks/test/support/target-env.ts'],
          },
        }),
      ),
      mergeConfig(
        // The weapp render path: TARO_ENV is weapp and Taro's components are a recording double.
        taroViteConfig(
          'weapp',
          taroWeapp,
          fileURLToPath(
            new URL(
              './packages/components/test/support/taro-components-weapp.tsx',
              import.meta.url,
            ),
          ),
        ),
        defineConfig({
          test: {
            name: 'weapp',
            include: ['packages/*/test/**/*.weapp.tsx'],
            environment: 'jsdom',
            env: { TZ: 'Asia/Shanghai', VITEST_TARO_ENV: 'weapp' },
            setupFiles: ['./packages/hooks/test/support/target-env.ts'],
          },
        }),
      ),
      mergeConfig(
        taroViteConfig('weapp'),
        defineConfig({
          test: {
            // The built weapp example app in WeChat's own component framework (docs/testing.md).
            // Run by `pnpm test:app` after the weapp build, not with the unit tests.
            name: 'weapp-runtime',
            include: ['examples/taro-app/test/weapp-runtime/**/*.runtime.test.ts'],
            environment: 'jsdom',
            env: { TZ: 'Asia/Shanghai' },
          },
        }),
      ),
      mergeConfig(
        taroViteConfig('h5', taroWeapp),
        defineConfig({
          test: {
            // Ours against the hand-written way (bench/, docs/performance.md): `pnpm bench` runs it
            // and writes BENCHMARKS.md; not part of `pnpm test`. One worker, files in sequence, so
            // that the timings are not shared with another file; `--expose-gc` for the heap figures.
            name: 'bench',
            include: ['bench/**/*.bench.tsx'],
            environment: 'jsdom',
            env: { TZ: 'Asia/Shanghai', VITEST_TARO_ENV: 'h5' },
            setupFiles: ['./packages/hooks/test/support/target-env.ts'],
            pool: 'forks',
            execArgv: ['--expose-gc'],
            fileParallelism: false,
            testTimeout: 120_000,
          },
        }),
      ),
      {
        // Every story is a test in Chromium: it renders, its play function runs, axe checks it.
        plugins: [
          storybookTest({ configDir: fileURLToPath(new URL('./.storybook', import.meta.url)) }),
        ],
        test: {
          name: 'stories',
          browser: {
            enabled: true,
            headless: true,
            provider: chromium,
            instances: [{ browser: 'chromium' }],
          },
          setupFiles: ['./.storybook/vitest.setup.ts'],
        },
      },
    ],
  },
})
