import { fileURLToPath } from 'node:url'
import { defineConfig } from 'vitest/config'

const src = (pkg: string) =>
  fileURLToPath(new URL(`./packages/${pkg}/src/index.ts`, import.meta.url))

export default defineConfig({
  resolve: {
    alias: {
      '@taro-live/core': src('core'),
      '@taro-live/simulator': src('simulator'),
    },
  },
  test: {
    include: ['packages/*/test/**/*.test.{ts,tsx}', 'stories/**/*.test.{ts,tsx}'],
    environment: 'node',
    coverage: {
      provider: 'v8',
      include: ['packages/*/src/**'],
      reporter: ['text-summary'],
    },
  },
})
