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
      },
    },
  }),
)
