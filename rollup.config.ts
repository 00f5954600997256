import { readFileSync } from 'node:fs'
import type { RollupOptions } from 'rollup'
import { dts } from 'rollup-plugin-dts'
import esbuild from 'rollup-plugin-esbuild'

/** Every published package, built the same way: ESM + CJS + .d.ts/.d.cts from src/index.ts. */
const PACKAGES = ['core', 'simulator']

interface Manifest {
  dependencies?: Record<string, string>
  peerDependencies?: Record<string, string>
}

function externals(dir: string): (id: string) => boolean {
  const manifest = JSON.parse(readFileSync(`${dir}/package.json`, 'utf8')) as Manifest
  const names = Object.keys({ ...manifest.dependencies, ...manifest.peerDependencies })
  return (id) => names.some((name) => id === name || id.startsWith(`${name}/`))
}

const config: RollupOptions[] = PACKAGES.flatMap((name) => {
  const dir = `packages/${name}`
  const input = `${dir}/src/index.ts`
  const external = externals(dir)
  return [
    {
      input,
      external,
      // es2018 (WeChat on iOS 12+): older engines lack `?.` and `??`, and Taro does not transpile node_modules.
      plugins: [esbuild({ target: 'es2018', tsconfig: 'tsconfig.json' })],
      output: [
        { file: `${dir}/dist/index.js`, format: 'es', sourcemap: true },
        { file: `${dir}/dist/index.cjs`, format: 'cjs', sourcemap: true, exports: 'named' },
      ],
    },
    {
      input,
      external,
      plugins: [dts({ tsconfig: 'tsconfig.json', compilerOptions: { paths: {} } })],
      output: [
        { file: `${dir}/dist/index.d.ts`, format: 'es' },
        { file: `${dir}/dist/index.d.cts`, format: 'es' },
      ],
    },
  ]
})

export default config
