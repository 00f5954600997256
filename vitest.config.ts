import { defineConfig, mergeConfig } from 'vitest/config'
import { taroViteConfig } from './.storybook/taro-vite'

export default mergeConfig(
  taroViteConfig(),
  defineConfig({
    test: {
      include: ['packages/*/test/**/*.test.{ts,tsx}', 'stories/**/*.test.{ts,tsx}'],
      environment: 'node',
      reporters: ['default', './scripts/summary-reporter.ts'],
      coverage: {
        provider: 'v8',
        include: ['packages/*/src/**'],
        reporter: ['text-summary'],
        // A floor, not a goal: the numbers today are ~98% lines, ~94% branches.
        thresholds: { lines: 90, branches: 85, functions: 90, statements: 90 },
      },
    },
  }),
)
