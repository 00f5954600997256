import { fileURLToPath } from 'node:url'
import type { UserConfig } from 'vite'

const here = (path: string) => fileURLToPath(new URL(path, import.meta.url))

/**
 * What a Vite build (Storybook, Vitest) needs to render Taro components and import `@tarojs/taro`
 * outside a Taro build: `@tarojs/components` is Stencil classes, so it maps to the React build an H5
 * app uses; `@tarojs/taro` maps to a shim over `@tarojs/taro-h5`; workspace packages map to source.
 */
export function taroViteConfig(
  env: 'h5' | 'weapp' = 'h5',
  taroShim = here('./taro/taro-shim.ts'),
  components = '@tarojs/components-react',
): UserConfig {
  return {
    logLevel: 'error',
    define: {
      'process.env.TARO_ENV': JSON.stringify(env),
      'process.env.TARO_PLATFORM': JSON.stringify('web'),
      DEPRECATED_ADAPTER_COMPONENT: 'false',
      // Build-time switches of @tarojs/runtime that a Taro build would define.
      ENABLE_INNER_HTML: 'true',
      ENABLE_ADJACENT_HTML: 'true',
      ENABLE_SIZE_APIS: 'false',
      ENABLE_TEMPLATE_CONTENT: 'true',
      ENABLE_CLONE_NODE: 'true',
      ENABLE_CONTAINS: 'true',
      ENABLE_MUTATION_OBSERVER: 'true',
    },
    resolve: {
      alias: [
        { find: /^@tarojs\/components$/, replacement: components },
        { find: /^@tarojs\/taro$/, replacement: taroShim },
        {
          find: /^@taro-live\/(core|simulator|hooks|components|builder)$/,
          replacement: here('../packages/$1/src/index.ts'),
        },
        {
          // The packages' internal subpaths (not covered by semver; docs/architecture.md).
          find: /^@taro-live\/(core|hooks)\/internal$/,
          replacement: here('../packages/$1/src/internal.ts'),
        },
        {
          find: /^@taro-live\/components\/(.+)$/,
          replacement: here('../packages/components/src/$1'),
        },
      ],
    },
  }
}
