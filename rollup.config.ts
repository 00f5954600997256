import { cpSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import type { Plugin, RollupOptions } from 'rollup'
import { dts } from 'rollup-plugin-dts'
import esbuild from 'rollup-plugin-esbuild'

interface Manifest {
  dependencies?: Record<string, string>
  peerDependencies?: Record<string, string>
}

/** Dependencies, peers and style files stay imports; everything else is bundled. */
function externals(dir: string): (id: string) => boolean {
  const manifest = JSON.parse(readFileSync(`${dir}/package.json`, 'utf8')) as Manifest
  const names = Object.keys({ ...manifest.dependencies, ...manifest.peerDependencies })
  return (id) =>
    id.endsWith('.css') || names.some((name) => id === name || id.startsWith(`${name}/`))
}

// es2018 (WeChat on iOS 12+): older engines lack `?.` and `??`, and Taro does not transpile node_modules.
const transpile = () => esbuild({ target: 'es2018', tsconfig: 'tsconfig.json' })
const types = () => dts({ tsconfig: 'tsconfig.json', compilerOptions: { paths: {} } })

/**
 * A package with its public entry, `src/index.ts`, and optionally `src/internal.ts`, the subpath
 * (`<package>/internal`) the other @taro-live packages use and semver does not cover
 * (docs/architecture.md, "The public surface"). Code both entries use goes into shared chunks, so
 * a module (a React context, the `LiveError` class) exists once however it is imported.
 */
function packageEntries(name: string, entries: string[] = ['index']): RollupOptions[] {
  const dir = `packages/${name}`
  const input = Object.fromEntries(entries.map((entry) => [entry, `${dir}/src/${entry}.ts`]))
  const external = externals(dir)
  const output = (format: 'es' | 'cjs', ext: string) => ({
    dir: `${dir}/dist`,
    format,
    sourcemap: true,
    exports: 'named' as const,
    entryFileNames: `[name].${ext}`,
    // No hash: the file names show in the API report's notes and in size reports; a stable name
    // keeps them from changing with every edit.
    chunkFileNames: `chunks/[name].${ext}`,
  })
  return [
    { input, external, plugins: [transpile()], output: [output('es', 'js'), output('cjs', 'cjs')] },
    {
      input,
      external,
      plugins: [types()],
      output: [
        {
          dir: `${dir}/dist`,
          format: 'es',
          entryFileNames: '[name].d.ts',
          chunkFileNames: 'chunks/[name].d.ts',
        },
        {
          dir: `${dir}/dist`,
          format: 'es',
          entryFileNames: '[name].d.cts',
          chunkFileNames: 'chunks/[name].d.cts',
        },
      ],
    },
  ]
}

/** Copies the style sheets next to the style entries that import them, and types those entries. */
function copyStyles(from: string, to: string, styleEntries: string[]): Plugin {
  return {
    name: 'copy-styles',
    writeBundle() {
      cpSync(from, to, { recursive: true, filter: (path) => !/\.(tsx?|md)$/.test(path) })
      // A style entry exports nothing; typed so that TypeScript accepts `import '…/style'`.
      for (const entry of styleEntries) {
        for (const ext of ['d.ts', 'd.cts']) writeFileSync(`${to}/${entry}.${ext}`, 'export {}\n')
      }
    },
  }
}

/** The components: one entry per component and per style entry, file layout kept (`preserveModules`). */
function components(): RollupOptions[] {
  const dir = 'packages/components'
  const widgets = ['live-embed', 'live-floating-window', 'live-reserve-card', 'profile-button']
  // `manifest` (validation and migration, no React or Taro) and `page` (the block renderer) are the
  // page-builder entries (docs/page-builders.md).
  const entries = ['index', ...widgets.map((w) => `${w}/index`), 'manifest/index', 'page/index']
  const styles = ['style/index', ...widgets.map((w) => `${w}/style/index`)]
  const input = [...entries, ...styles].map((e) => `${dir}/src/${e}.ts`)
  const external = externals(dir)
  const output = (format: 'es' | 'cjs', ext: string) => ({
    dir: `${dir}/dist`,
    format,
    sourcemap: true,
    preserveModules: true,
    preserveModulesRoot: `${dir}/src`,
    entryFileNames: `[name].${ext}`,
    exports: 'named' as const,
  })
  return [
    {
      input,
      external,
      plugins: [transpile(), copyStyles(`${dir}/src`, `${dir}/dist`, styles)],
      output: [output('es', 'js'), output('cjs', 'cjs')],
    },
    // Types: one self-contained file per entry (rollup-plugin-dts mishandles preserveModules).
    ...entries.map(
      (entry): RollupOptions => ({
        input: `${dir}/src/${entry}.ts`,
        external,
        plugins: [types()],
        output: [
          { file: `${dir}/dist/${entry}.d.ts`, format: 'es' },
          { file: `${dir}/dist/${entry}.d.cts`, format: 'es' },
        ],
      }),
    ),
  ]
}

// Every build starts from empty dist folders: a file left by an earlier build (a module since
// renamed or removed) would otherwise be packed and published.
for (const name of ['core', 'simulator', 'hooks', 'components', 'builder']) {
  rmSync(`packages/${name}/dist`, { recursive: true, force: true })
}

const config: RollupOptions[] = [
  ...packageEntries('core', ['index', 'internal']),
  ...packageEntries('simulator'),
  ...packageEntries('hooks', ['index', 'internal']),
  ...components(),
  ...packageEntries('builder', ['index', 'cli']),
]

export default config
