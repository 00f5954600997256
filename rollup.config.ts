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

/** A package with one entry, `src/index.ts`. */
function singleEntry(name: string): RollupOptions[] {
  const dir = `packages/${name}`
  const input = `${dir}/src/index.ts`
  const external = externals(dir)
  return [
    {
      input,
      external,
      plugins: [transpile()],
      output: [
        { file: `${dir}/dist/index.js`, format: 'es', sourcemap: true },
        { file: `${dir}/dist/index.cjs`, format: 'cjs', sourcemap: true, exports: 'named' },
      ],
    },
    {
      input,
      external,
      plugins: [types()],
      output: [
        { file: `${dir}/dist/index.d.ts`, format: 'es' },
        { file: `${dir}/dist/index.d.cts`, format: 'es' },
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
  const widgets = ['live-floating-window', 'live-reserve-card', 'profile-button']
  const entries = ['index', ...widgets.map((w) => `${w}/index`)]
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
for (const name of ['core', 'simulator', 'hooks', 'components']) {
  rmSync(`packages/${name}/dist`, { recursive: true, force: true })
}

const config: RollupOptions[] = [
  ...singleEntry('core'),
  ...singleEntry('simulator'),
  ...singleEntry('hooks'),
  ...components(),
]

export default config
