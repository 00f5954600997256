// Checks each built package as a consumer would get it: packs it once with `pnpm pack` (the
// tarball that `pnpm publish` uploads), then runs publint and "are the types wrong" on that
// tarball, checks what is in it, and measures the min+gzip size of its entry against a budget.
import { execFileSync } from 'node:child_process'
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join, posix, relative } from 'node:path'
import { fileURLToPath } from 'node:url'
import { gzipSync } from 'node:zlib'
import { build } from 'esbuild'
import { publint } from 'publint'
import { formatMessage } from 'publint/utils'

/** Budgets in bytes, min+gzip of the ESM entry with its own dependencies external. */
const PACKAGES = [
  { dir: 'packages/core', budget: 8_675 },
  { dir: 'packages/simulator', budget: 8_000 },
  { dir: 'packages/hooks', budget: 4_275 },
  { dir: 'packages/components', budget: 7_400 },
  { dir: 'packages/builder', budget: 6_000 },
]

const ATTW = fileURLToPath(new URL('../node_modules/.bin/attw', import.meta.url))

let failed = false
const rows = []
const packRows = []

function fail(message) {
  failed = true
  console.error(message)
}

/**
 * Bundles and minifies with esbuild (`options` say what), gzips the output file whose path ends
 * with `ext`, checks it against `budget` and adds a row to the table.
 */
async function measure(label, budget, options, ext = '.js', mustBundle = []) {
  const result = await build({
    bundle: true,
    minify: true,
    write: false,
    metafile: true,
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
  for (const input of mustBundle) {
    if (!(input in result.metafile.inputs)) fail(`size ${label}: ${input} was not bundled in`)
  }
  if (gzip > budget) fail(`size ${label}: ${gzip} B min+gzip is over its budget of ${budget} B`)
  rows.push({ package: label, 'min (B)': code.length, 'min+gzip (B)': gzip, 'budget (B)': budget })
}

/** Every file under `root`, as paths relative to it with `/` separators. */
function listFiles(root, dir = root) {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name)
    return entry.isDirectory()
      ? listFiles(root, path)
      : [relative(root, path).split('\\').join('/')]
  })
}

/** Bare specifiers (`react`, `@taro-live/core`) imported or required by a built file. */
function importsOf(code) {
  const found = new Set()
  // Comments (a JSDoc example's `import … from '…'`) are not imports.
  const uncommented = code.replace(/\/\*[\s\S]*?\*\//g, '').replace(/^\s*\/\/.*$/gm, '')
  for (const [, name] of uncommented.matchAll(
    // `from '…'`, `import '…'`, `import('…')`, `require('…')`; not a quoted word after "import".
    /(?:\bfrom\s*|\bimport\s+|\bimport\s*\(\s*|\brequire\(\s*)['"]([^'"./][^'"]*)['"]/g,
  )) {
    found.add(name.startsWith('@') ? name.split('/').slice(0, 2).join('/') : name.split('/')[0])
  }
  return found
}

const FORBIDDEN = [
  [/(^|\/)(test|tests|__tests__|stories|coverage|node_modules|\.swc)\//, 'test or tool folder'],
  [/\.(test|spec|stories)\.[cm]?[jt]sx?$/, 'test or story file'],
  [/(?<!\.d)\.[cm]?tsx?$/, 'TypeScript source'],
  [/\.tsbuildinfo$|(^|\/)tsconfig[^/]*\.json$/, 'build config'],
  [/^src\/(?!.*README\.md$)/, 'source file'],
]
const REQUIRED = ['package.json', 'README.md', 'LICENSE', 'CHANGELOG.md']
const versions = Object.fromEntries(
  PACKAGES.map(({ dir }) => {
    const { name, version } = JSON.parse(readFileSync(`${dir}/package.json`, 'utf8'))
    return [name, version]
  }),
)

/**
 * What an app installs: the files it needs and nothing of the repository's (tests, sources, tool
 * caches); source maps that carry their sources and point nowhere outside the package; a manifest
 * with every `workspace:` range replaced and peer ranges bounded; and built code that imports
 * (not bundles) each @taro-live peer and imports nothing it does not declare.
 */
function checkPack(name, root) {
  const files = listFiles(root)
  for (const file of REQUIRED) if (!files.includes(file)) fail(`pack ${name}: ${file} is missing`)
  for (const file of files) {
    for (const [pattern, what] of FORBIDDEN) {
      if (pattern.test(file)) fail(`pack ${name}: ${file} is a ${what}`)
    }
  }

  for (const file of files.filter((f) => f.endsWith('.map'))) {
    const map = JSON.parse(readFileSync(join(root, file), 'utf8'))
    map.sources.forEach((source, i) => {
      const resolved = posix.normalize(posix.join(posix.dirname(file), source))
      if (resolved.startsWith('../'))
        fail(`pack ${name}: ${file} points outside the package: ${source}`)
      if (typeof map.sourcesContent?.[i] !== 'string') fail(`pack ${name}: ${file} lacks ${source}`)
    })
  }

  const manifest = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8'))
  const declared = { ...manifest.dependencies, ...manifest.peerDependencies }
  for (const [dep, range] of Object.entries(declared)) {
    if (range.startsWith('workspace:')) fail(`pack ${name}: ${dep} is still ${range}`)
  }
  for (const [peer, range] of Object.entries(manifest.peerDependencies ?? {})) {
    if (/>=?/.test(range) && !/</.test(range))
      fail(`pack ${name}: peer ${peer} ${range} is open-ended`)
    if (peer in versions && range !== `^${versions[peer]}`) {
      fail(`pack ${name}: peer ${peer} ${range} is not ^${versions[peer]}, the version beside it`)
    }
  }
  for (const dep of Object.keys({ ...manifest.dependencies, ...manifest.devDependencies })) {
    if (dep in versions && !(dep in (manifest.peerDependencies ?? {}))) {
      fail(
        `pack ${name}: ${dep} must be a peer, or the app can get a second copy (or a bundled one)`,
      )
    }
  }

  const imported = new Set()
  for (const file of files.filter((f) => /\.(c?js|d\.c?ts)$/.test(f))) {
    for (const dep of importsOf(readFileSync(join(root, file), 'utf8'))) imported.add(dep)
  }
  for (const dep of imported) {
    if (!(dep in declared)) fail(`pack ${name}: imports ${dep}, which it does not declare`)
  }
  for (const peer of Object.keys(manifest.peerDependencies ?? {})) {
    if (peer in versions && !imported.has(peer))
      fail(`pack ${name}: never imports its peer ${peer}`)
  }
}

const packDir = mkdtempSync(join(tmpdir(), 'taro-live-pack-'))
process.on('exit', () => rmSync(packDir, { recursive: true, force: true }))
for (const { dir, budget } of PACKAGES) {
  const manifest = JSON.parse(readFileSync(`${dir}/package.json`, 'utf8'))
  const packed = JSON.parse(
    execFileSync('pnpm', ['pack', '--pack-destination', packDir, '--json'], {
      cwd: dir,
      encoding: 'utf8',
    }),
  )
  const tarball = packed.filename
  const root = join(packDir, manifest.name.replace('/', '+'))
  mkdirSync(root)
  execFileSync('tar', ['-xzf', tarball, '-C', root, '--strip-components=1'])
  checkPack(manifest.name, root)
  const files = listFiles(root)
  packRows.push({
    tarball: tarball.slice(packDir.length + 1),
    files: files.length,
    'packed (B)': statSync(tarball).size,
    'unpacked (B)': files.reduce((sum, file) => sum + statSync(join(root, file)).size, 0),
  })

  const bytes = readFileSync(tarball)
  const { messages, pkg } = await publint({
    pack: { tarball: bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength) },
    level: 'suggestion',
    strict: true,
  })
  for (const message of messages) {
    fail(`publint ${manifest.name}: ${formatMessage(message, pkg)}`)
  }

  try {
    // The JSON subpaths (the page-builder manifests) carry no types to check; under TypeScript's
    // old `moduleResolution: node` they are at their file paths (`…/manifests/<widget>.json`).
    const json = Object.keys(manifest.exports ?? {}).filter((key) => key.endsWith('.json'))
    const exclude = json.length > 0 ? ['--exclude-entrypoints', ...json] : []
    execFileSync(ATTW, [tarball, '--format', 'ascii', ...exclude], {
      stdio: 'pipe',
      encoding: 'utf8',
    })
  } catch (error) {
    fail(`attw ${manifest.name}:\n${error.stdout ?? ''}${error.stderr ?? ''}`)
  }

  const external = Object.keys({ ...manifest.dependencies, ...manifest.peerDependencies })
  await measure(manifest.name, budget, { entryPoints: [`${dir}/dist/index.js`], external })
}

/** What a widget pays for: the parts of core it imports, tree-shaken, min+gzip. */
const SLICES = [
  {
    name: 'core: live-status client + wx adapter',
    exports: 'createWxPlatform',
    // The live-status half alone is what the hooks build for a floating window (internal subpath).
    internal: 'createLiveStatusClient',
    budget: 5_250,
  },
  {
    name: 'core: full client + wx adapter',
    exports: 'createLiveClient, createWxPlatform',
    budget: 7_275,
  },
  {
    name: 'core: profile strategy',
    exports: 'selectProfileStrategy, profileAnonymity',
    budget: 1_275,
  },
]
for (const { name, exports, internal, budget } of SLICES) {
  const fromInternal = internal
    ? `\nexport { ${internal} } from './packages/core/dist/internal.js'`
    : ''
  await measure(name, budget, {
    stdin: {
      contents: `export { ${exports} } from './packages/core/dist/index.js'${fromInternal}`,
      resolveDir: '.',
    },
  })
}

/**
 * What an app pays for one widget: its entry with hooks and core bundled in (React and Taro
 * external; hooks and core are peers of the components, so the app bundles them once, and this
 * counts them in), and its style entry's CSS. These budgets hold today's sizes so that growth is a
 * decision, not an accident. December 2026: the platform variants, the page lifecycle, server time
 * and the profile fixes added 0.4–0.7 KB per widget, render props, controlled state and analytics
 * events 0.2–0.5 KB more; the one-hook-per-strategy profile split 0.1 KB. The first performance
 * pass (core and the Taro adapter only: tree-shakable field readers, the simulator's stand-ins for
 * native components made only when a profile hook asks, fewer `?.`/`??` where the ES2018 target
 * turns them into temporaries, shorter messages) took 0.1–0.45 KB off each widget and set these
 * budgets to what it reached, rounded up to 25 B. The targets (5 / 6 / 5 KB) need the entry splits
 * proposed with it, not more trimming. The newer Channels capabilities (issue 14) added 40–55 B to
 * every widget (WeChat's notice sheet on the platform port: a method, its minimum version, the
 * Taro adapter's lookup) and 275 B more to the card (`reserveWith="sheet"`); `LiveEmbed` is new.
 */
const WIDGETS = [
  { name: 'live-embed', js: 7_900, css: 2_048 },
  { name: 'live-floating-window', js: 9_200, css: 2_048 },
  { name: 'live-reserve-card', js: 11_800, css: 2_048 },
  { name: 'profile-button', js: 7_450, css: 2_048 },
]
for (const { name, js, css } of WIDGETS) {
  const dist = `packages/components/dist/${name}`
  await measure(
    `widget ${name} (JS)`,
    js,
    { entryPoints: [`${dist}/index.js`], external: ['react', 'react/*', 'react-dom', '@tarojs/*'] },
    '.js',
    ['packages/hooks/dist/index.js', 'packages/core/dist/index.js'],
  )
  await measure(`widget ${name} (CSS)`, css, { entryPoints: [`${dist}/style/index.js`] }, '.css')
}

/**
 * The page-builder entries (docs/page-builders.md): `page` renders a saved block list, so it bundles
 * the three widgets, the precompiled validators, their messages and the migrations; `manifest` is
 * validation without React or Taro (the editor side, or an app that checks a page before showing
 * it). What `page` adds beyond the three widgets is in docs/page-builders.md, "Bytes".
 */
const ENTRIES = [
  {
    name: 'page',
    js: 27_450,
    bundles: ['packages/hooks/dist/index.js', 'packages/core/dist/index.js'],
  },
  // With the `manifests` JSON (~5 KB of it), which `page` does not import.
  { name: 'manifest', js: 13_875, bundles: [] },
]
for (const { name, js, bundles } of ENTRIES) {
  await measure(
    `entry ${name} (JS)`,
    js,
    {
      entryPoints: [`packages/components/dist/${name}/index.js`],
      external: ['react', 'react/*', 'react-dom', '@tarojs/*'],
    },
    '.js',
    bundles,
  )
}

console.table(packRows)
console.table(rows)
if (failed) process.exit(1)
console.log(
  'package checks: tarballs as expected, publint clean, types correct, sizes within budget',
)
