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
  { dir: 'packages/core', budget: 9_400 },
  { dir: 'packages/simulator', budget: 8_000 },
  { dir: 'packages/hooks', budget: 4_150 },
  { dir: 'packages/components', budget: 5_500 },
]

const ATTW = fileURLToPath(new URL('../node_modules/.bin/attw', import.meta.url))

let failed = false
const rows = []

/**
 * Bundles and minifies with esbuild (`options` say what), gzips the output file whose path ends
 * with `ext`, checks it against `budget` and adds a row to the table.
 */
async function measure(label, budget, options, ext = '.js') {
  const result = await build({
    bundle: true,
    minify: true,
    write: false,
    format: 'esm',
    outdir: 'out',
    // Measure the built files, not the sources the root tsconfig's `paths` point at.
    tsconfigRaw: '{}',
    logLevel: 'silent',
    ...options,
  })
  const code =
    result.outputFiles.find((file) => file.path.endsWith(ext))?.contents ?? new Uint8Array()
  const gzip = gzipSync(code, { level: 9 }).length
  if (gzip > budget) {
    failed = true
    console.error(`size ${label}: ${gzip} B min+gzip is over its budget of ${budget} B`)
  }
  rows.push({ package: label, 'min (B)': code.length, 'min+gzip (B)': gzip, 'budget (B)': budget })
}
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
  await measure(manifest.name, budget, { entryPoints: [`${dir}/dist/index.js`], external })
}
/** What a widget pays for: the parts of core it imports, tree-shaken, min+gzip. */
const SLICES = [
  {
    name: 'core: live-status client + wx adapter',
    exports: 'createLiveStatusClient, createWxPlatform',
    budget: 5_600,
  },
  {
    name: 'core: full client + wx adapter',
    exports: 'createLiveClient, createWxPlatform',
    budget: 7_650,
  },
  {
    name: 'core: profile strategy',
    exports: 'selectProfileStrategy, profileAnonymity',
    budget: 1_500,
  },
]
for (const { name, exports, budget } of SLICES) {
  await measure(name, budget, {
    stdin: {
      contents: `export { ${exports} } from './packages/core/dist/index.js'`,
      resolveDir: '.',
    },
  })
}

/**
 * What an app pays for one widget: its entry with hooks and core bundled in (React and Taro
 * external), and its style entry's CSS. These budgets hold today's sizes so that growth is a
 * decision, not an accident. December 2026: the platform variants, the page lifecycle, server time
 * and the profile fixes added 0.4–0.7 KB per widget; the performance work brings them to target.
 */
const WIDGETS = [
  { name: 'live-floating-window', js: 9_050, css: 2_048 },
  { name: 'live-reserve-card', js: 11_450, css: 2_048 },
  { name: 'profile-button', js: 7_250, css: 2_048 },
]
for (const { name, js, css } of WIDGETS) {
  const dist = `packages/components/dist/${name}`
  await measure(`widget ${name} (JS)`, js, {
    entryPoints: [`${dist}/index.js`],
    external: ['react', 'react/*', 'react-dom', '@tarojs/*'],
  })
  await measure(`widget ${name} (CSS)`, css, { entryPoints: [`${dist}/style/index.js`] }, '.css')
}

console.table(rows)
if (failed) process.exit(1)
console.log('package checks: publint clean, types correct, sizes within budget')
