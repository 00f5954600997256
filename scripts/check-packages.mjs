// Checks each built package as a consumer would get it: publint, "are the types wrong",
// and the min+gzip size of its entry against a budget.
import { execFileSync } from 'node:child_process'
import { readFileSync } from 'node:fs'
import { fileURLToPath } from 'node:url'
import { gzipSync } from 'node:zlib'
import { build } from 'esbuild'
import { publint } from 'publint'
import { formatMessage } from 'publint/utils'

/** Budgets in bytes, min+gzip of the ESM entry with its own dependencies external. */
const PACKAGES = [
  { dir: 'packages/core', budget: 9_000 },
  { dir: 'packages/simulator', budget: 8_000 },
]

const ATTW = fileURLToPath(new URL('../node_modules/.bin/attw', import.meta.url))

let failed = false
const rows = []
for (const { dir, budget } of PACKAGES) {
  const manifest = JSON.parse(readFileSync(`${dir}/package.json`, 'utf8'))

  const { messages, pkg } = await publint({ pkgDir: dir, level: 'suggestion', strict: true })
  for (const message of messages) {
    failed = true
    console.error(`publint ${manifest.name}: ${formatMessage(message, pkg)}`)
  }

  try {
    execFileSync(ATTW, ['--pack', dir, '--format', 'ascii'], { stdio: 'pipe', encoding: 'utf8' })
  } catch (error) {
    failed = true
    console.error(`attw ${manifest.name}:\n${error.stdout ?? ''}${error.stderr ?? ''}`)
  }

  const external = Object.keys({ ...manifest.dependencies, ...manifest.peerDependencies })
  const result = await build({
    entryPoints: [`${dir}/dist/index.js`],
    bundle: true,
    minify: true,
    write: false,
    format: 'esm',
    external,
    logLevel: 'silent',
  })
  const code = result.outputFiles[0].contents
  const gzip = gzipSync(code, { level: 9 }).length
  if (gzip > budget) {
    failed = true
    console.error(`size ${manifest.name}: ${gzip} B min+gzip is over its budget of ${budget} B`)
  }
  rows.push({
    package: manifest.name,
    'min (B)': code.length,
    'min+gzip (B)': gzip,
    'budget (B)': budget,
  })
}
/** What a widget pays for: the parts of core it imports, tree-shaken, min+gzip. */
const SLICES = [
  {
    name: 'core: client + wx adapter',
    exports: 'createLiveClient, createWxPlatform',
    budget: 6_800,
  },
  {
    name: 'core: profile strategy',
    exports: 'selectProfileStrategy, profileAnonymity',
    budget: 1_500,
  },
]
for (const { name, exports, budget } of SLICES) {
  const result = await build({
    stdin: {
      contents: `export { ${exports} } from './packages/core/dist/index.js'`,
      resolveDir: '.',
    },
    bundle: true,
    minify: true,
    write: false,
    format: 'esm',
    logLevel: 'silent',
  })
  const code = result.outputFiles[0].contents
  const gzip = gzipSync(code, { level: 9 }).length
  if (gzip > budget) {
    failed = true
    console.error(`size ${name}: ${gzip} B min+gzip is over its budget of ${budget} B`)
  }
  rows.push({ package: name, 'min (B)': code.length, 'min+gzip (B)': gzip, 'budget (B)': budget })
}

console.table(rows)
if (failed) process.exit(1)
console.log('package checks: publint clean, types correct, sizes within budget')
