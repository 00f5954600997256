// `pnpm bench`: ours against the hand-written way (bench/baseline), in one run, written to
// BENCHMARKS.md with the machine it ran on. Not part of `pnpm test` (docs/performance.md).
//
//   node bench/run.mjs               build the library and the weapp example app, then measure all
//   node bench/run.mjs --skip-build  measure the existing packages/*/dist and dist-weapp
//   node bench/run.mjs --skip-weapp  no weapp build or runtime test (their figures: "not measured",
//                                    or the last run's JSON, dated, if there is one)
//
// Steps: `pnpm build`; `taro build --type weapp` + the setData cost test with BENCH_OUT (the weapp
// figures); `vitest run --project bench` (requests, React commits, mount time, heap: jsdom, fake
// timers, the simulator under the real Taro adapter); sizes with esbuild as scripts/check-packages.mjs
// measures them; then BENCHMARKS.md.

import { execFileSync } from 'node:child_process'
import {
  existsSync,
  mkdirSync,
  readdirSync,
  readFileSync,
  rmSync,
  statSync,
  writeFileSync,
} from 'node:fs'
import os from 'node:os'
import { join, relative } from 'node:path'
import { fileURLToPath } from 'node:url'
import { gzipSync } from 'node:zlib'
import { build } from 'esbuild'

const ROOT = fileURLToPath(new URL('..', import.meta.url))
const OUT = join(ROOT, 'node_modules/.cache/bench')
const args = new Set(process.argv.slice(2))
const skipBuild = args.has('--skip-build')
const skipWeapp = args.has('--skip-weapp')
const started = Date.now()
const loadAtStart = os.loadavg()
const stages = []

function stage(name, fn) {
  const t0 = Date.now()
  console.log(`\n▶ bench: ${name}`)
  let ok = true
  try {
    fn()
  } catch (error) {
    ok = false
    console.error(`bench: ${name} failed: ${error.message ?? error}`)
  }
  stages.push({ name, seconds: (Date.now() - t0) / 1000, ok })
  return ok
}

const run = (cmd, argv, env = {}) =>
  execFileSync(cmd, argv, { cwd: ROOT, stdio: 'inherit', env: { ...process.env, ...env } })

mkdirSync(OUT, { recursive: true })
rmSync(join(OUT, 'jsdom.json'), { force: true })
if (!skipWeapp) rmSync(join(OUT, 'weapp-setdata.json'), { force: true })

if (!skipBuild) stage('library build (pnpm build)', () => run('pnpm', ['build']))
if (!skipWeapp) {
  const built = skipBuild
    ? existsSync(join(ROOT, 'examples/taro-app/dist-weapp/app.js'))
    : stage('weapp build of the example app', () =>
        run('pnpm', ['--filter', 'taro-live-example-app', 'build:weapp']),
      )
  if (built) {
    stage('weapp runtime: setData cost', () =>
      run(
        'pnpm',
        [
          'exec',
          'vitest',
          'run',
          '--project',
          'weapp-runtime',
          'examples/taro-app/test/weapp-runtime/setdata-cost.runtime.test.ts',
        ],
        { BENCH_OUT: OUT },
      ),
    )
  }
}
stage('jsdom scenarios (vitest --project bench)', () =>
  run('pnpm', ['exec', 'vitest', 'run', '--project', 'bench'], { BENCH_OUT: OUT }),
)

// ---------------------------------------------------------------------------------------------
// Sizes: min+gzip as scripts/check-packages.mjs measures them (esbuild, minified, gzip level 9).

const EXTERNAL = ['react', 'react/*', 'react-dom', '@tarojs/*']

async function measure(options, ext = '.js') {
  const result = await build({
    bundle: true,
    minify: true,
    write: false,
    format: 'esm',
    outdir: 'out',
    tsconfigRaw: '{}',
    logLevel: 'silent',
    jsx: 'automatic',
    absWorkingDir: ROOT,
    ...options,
  })
  const code =
    result.outputFiles.find((file) => file.path.endsWith(ext))?.contents ?? new Uint8Array()
  return { min: code.length, gzip: gzipSync(code, { level: 9 }).length }
}

const entryRows = []
const compareRows = []
const sizeErrors = []
async function sizes() {
  // Every published package (a new one shows up by itself; one not built reads "not built").
  for (const pkg of readdirSync(join(ROOT, 'packages')).sort()) {
    const dir = `packages/${pkg}`
    if (!existsSync(join(ROOT, dir, 'package.json'))) continue
    const manifest = JSON.parse(readFileSync(join(ROOT, dir, 'package.json'), 'utf8'))
    if (manifest.private || !manifest.exports) continue
    const peers = Object.keys({ ...manifest.dependencies, ...manifest.peerDependencies })
    for (const [key, value] of Object.entries(manifest.exports)) {
      if (key === './package.json' || key.includes('*') || key.endsWith('.json')) continue
      const file = typeof value === 'string' ? value : value.import?.default
      if (!file) continue
      const entry = join(dir, file)
      const name = `${manifest.name}${key.slice(1)}`
      if (!existsSync(join(ROOT, entry))) {
        entryRows.push({ name, missing: true })
        continue
      }
      try {
        if (key === './style' || key.endsWith('/style')) {
          entryRows.push({ name, css: await measure({ entryPoints: [entry] }, '.css') })
        } else {
          entryRows.push({
            name,
            // What the app pays: the entry with the @taro-live packages it imports bundled in
            // (other dependencies external, as React and Taro).
            js: await measure({
              entryPoints: [entry],
              external: [...EXTERNAL, ...peers.filter((p) => !p.startsWith('@taro-live/'))],
            }),
            // The entry alone, its dependencies and peers external (check-packages' budget row).
            own: await measure({ entryPoints: [entry], external: [...EXTERNAL, ...peers] }),
          })
        }
      } catch (error) {
        sizeErrors.push(`${name}: ${error.message}`)
      }
    }
  }

  const dist = 'packages/components/dist'
  const stdin = (lines) => ({ stdin: { contents: lines.join('\n'), resolveDir: ROOT } })
  const pairs = [
    {
      what: 'floating window (JS)',
      ours: stdin([`export * from './${dist}/live-floating-window/index.js'`]),
      hand: stdin([`export * from './bench/baseline/hand-floating-bubble.tsx'`]),
    },
    {
      what: 'reserve card (JS)',
      ours: stdin([`export * from './${dist}/live-reserve-card/index.js'`]),
      hand: stdin([`export * from './bench/baseline/hand-reserve-card.tsx'`]),
    },
    {
      what: 'both on one page (JS)',
      ours: stdin([
        `export * from './${dist}/live-floating-window/index.js'`,
        `export * from './${dist}/live-reserve-card/index.js'`,
      ]),
      hand: stdin([`export * from './bench/baseline/index.ts'`]),
    },
    {
      what: 'both on one page (CSS)',
      ours: stdin([
        `import './${dist}/live-floating-window/style/index.js'`,
        `import './${dist}/live-reserve-card/style/index.js'`,
      ]),
      hand: stdin([`import './bench/baseline/style.css'`]),
      ext: '.css',
    },
  ]
  for (const { what, ours, hand, ext = '.js' } of pairs) {
    try {
      compareRows.push({
        what,
        ours: await measure({ ...ours, external: EXTERNAL }, ext),
        hand: await measure({ ...hand, external: EXTERNAL }, ext),
      })
    } catch (error) {
      sizeErrors.push(`${what}: ${error.message}`)
    }
  }
}
{
  const t0 = Date.now()
  console.log('\n▶ bench: sizes (esbuild, min+gzip)')
  await sizes()
  stages.push({ name: 'sizes', seconds: (Date.now() - t0) / 1000, ok: sizeErrors.length === 0 })
}

/** The weapp app's JS, every file of dist-weapp (raw and each file gzipped, summed). */
function weappJs() {
  const dir = join(ROOT, 'examples/taro-app/dist-weapp')
  if (!existsSync(dir)) return undefined
  const files = []
  const walk = (d) => {
    for (const e of readdirSync(d, { withFileTypes: true })) {
      const p = join(d, e.name)
      if (e.isDirectory()) walk(p)
      else if (e.name.endsWith('.js')) files.push(p)
    }
  }
  walk(dir)
  let raw = 0
  let gzip = 0
  for (const f of files) {
    const bytes = readFileSync(f)
    raw += bytes.length
    gzip += gzipSync(bytes, { level: 9 }).length
  }
  return { files: files.length, raw, gzip, builtAt: statSync(join(dir, 'app.js')).mtime }
}

// ---------------------------------------------------------------------------------------------
// BENCHMARKS.md

const readJson = (name) => {
  const path = join(OUT, name)
  return existsSync(path)
    ? { data: JSON.parse(readFileSync(path, 'utf8')), at: statSync(path).mtime }
    : undefined
}
const jsdom = readJson('jsdom.json')?.data
const weapp = readJson('weapp-setdata.json')

const fmt = (n, digits = 0) =>
  n === undefined || Number.isNaN(n)
    ? '–'
    : n.toLocaleString('en-US', { maximumFractionDigits: digits, minimumFractionDigits: digits })
/** ours ÷ baseline: below 1 is better; 0 when ours is 0. */
const ratio = (ours, hand) =>
  ours === 0
    ? hand === 0
      ? '='
      : '0×'
    : hand === 0
      ? '∞'
      : `${(ours / hand).toFixed(ours / hand < 0.1 ? 3 : 2)}×`
const kb = (b) => (b === undefined ? '–' : `${(b / 1024).toFixed(2)} KB`)
const table = (head, rows) =>
  [`| ${head.join(' | ')} |`, `| ${head.map(() => '---').join(' | ')} |`]
    .concat(rows.map((r) => `| ${r.join(' | ')} |`))
    .join('\n')
/** A row comparing ours with the baseline: the label, both figures, and their ratio (or none). */
const versus = (label, ours, hand, digits = 0, withRatio = true) => [
  label,
  fmt(ours, digits),
  fmt(hand, digits),
  withRatio ? ratio(ours, hand) : '–',
]

const cpus = os.cpus()
const total = (Date.now() - started) / 1000
let commit = ''
let dirty = false
try {
  commit = execFileSync('git', ['rev-parse', '--short', 'HEAD'], {
    cwd: ROOT,
    encoding: 'utf8',
  }).trim()
  dirty =
    execFileSync('git', ['status', '--porcelain'], { cwd: ROOT, encoding: 'utf8' }).trim() !== ''
} catch {
  // not a git checkout
}

const md = []
md.push(`# Benchmarks: @taro-live against the hand-written way

Generated by \`pnpm bench\` (bench/run.mjs); do not edit by hand. One run, on the machine below.
What is measured and why: [docs/performance.md](docs/performance.md). Ratios are **ours ÷ baseline**:
below 1× we are cheaper.

**How to run:** \`pnpm install && pnpm bench\` (builds the library and the weapp example app, then
measures; \`--skip-build\` measures the existing builds, \`--skip-weapp\` leaves out the weapp
runtime figures).

## The machine

| | |
| --- | --- |
| CPU | ${cpus[0]?.model ?? 'unknown'} |
| cores | ${cpus.length} |
| RAM | ${(os.totalmem() / 2 ** 30).toFixed(1)} GB |
| OS | ${os.type()} ${os.release()} (${os.arch()}) |
| Node | ${process.version} |
| date | ${new Date(started).toISOString()} |
| load average at start (1/5/15 min) | ${loadAtStart.map((l) => l.toFixed(2)).join(' / ')} |
| commit | ${commit || 'unknown'}${dirty ? ' (with uncommitted changes)' : ''} |
| \`pnpm bench\` took | ${fmt(total)} s (${stages.map((s) => `${s.name}: ${fmt(s.seconds)} s${s.ok ? '' : ', FAILED'}`).join('; ')}) |

Timings (mount) depend on the machine and its load; counts (requests, commits, setData) do not.

## The baseline

\`bench/baseline/\`: what a competent developer writes in an afternoon. A \`useLiveStatusByHand\`
hook in every widget: \`useEffect\` → \`getChannelsLiveInfo\` through the same \`@tarojs/taro\` our
adapter uses, \`setInterval\` at our client's intervals (live status 60 s, notice 300 s), \`useState\`
per component, cleanup on unmount, a guard against answers after unmount. A hand floating bubble
(avatar, "直播中", label, tap → \`openChannelsLive\` with the live's ids) and a hand reserve card
(\`getChannelsLiveNoticeInfo\` + \`getChannelsLiveInfo\`, start time, "预约" → \`reserveChannelsLive\`,
"进入直播间" while live).

**Assumption:** the baseline does not follow page visibility (no \`useDidHide\`/\`useDidShow\`): its
timers run while another page of the app is on top. (When the whole app goes to the background,
WeChat suspends its JS about 5 s after \`onHide\`, for both.) A baseline that stops its timers in
\`useDidHide\` would make no requests while hidden either; every "shown" figure stays as it is.
It does not drag, share requests, retry with backoff, or handle the platform quirks ours does
(docs/platform.md); its sizes are therefore a floor, not a like-for-like feature set.

The scenarios run in jsdom on \`@taro-live/simulator\` through the real Taro adapter
(\`createTaroPlatform\`), with Vitest's fake timers driving both implementations and the simulator.
`)

if (jsdom?.requests) {
  const req = jsdom.requests
  const rows = [1, 10, 50].map((n) => {
    const o = req[`ours ${n}`]
    const h = req[`baseline ${n}`]
    if (!o || !h) return [String(n), '–', '–', '–', '–', '–', '–', '–']
    const t = (r) => r.live + r.notice
    return [
      `${n} (${o.cards} card${o.cards === 1 ? '' : 's'}, ${o.bubbles} bubble${o.bubbles === 1 ? '' : 's'})`,
      `${o.shown.live} + ${o.shown.notice}`,
      `${h.shown.live} + ${h.shown.notice}`,
      ratio(t(o.shown), t(h.shown)),
      `${o.hidden.live} + ${o.hidden.notice}`,
      `${h.hidden.live} + ${h.hidden.notice}`,
      ratio(t(o.hidden), t(h.hidden)),
    ]
  })
  md.push(`## Platform requests (WeChat's rate limit)

N widgets of one channel on one page (reserve cards and floating windows alternating, starting with
a card), counted in the simulator's call log: 10 simulated minutes shown (from mount), then the page
hidden (Taro's \`onHide\` page event, as \`useDidHide\` sees it) for 10 minutes. The channel is live,
with a notice 5 h ahead. Cells: \`getChannelsLiveInfo\` + \`getChannelsLiveNoticeInfo\` calls.

${table(['widgets', 'ours, shown', 'baseline, shown', 'ratio', 'ours, hidden', 'baseline, hidden', 'ratio'], rows)}
`)
}

if (jsdom?.commits?.ours && jsdom.commits.baseline) {
  const o = jsdom.commits.ours
  const h = jsdom.commits.baseline
  md.push(`## React commits

10 widgets (5 cards, 5 bubbles), a \`<Profiler onRender>\` around each; the figure is the sum of
their \`onRender\` calls. Time moves one second per \`act()\`, as a device renders each tick.

${table(
  ['', 'ours', 'baseline', 'ratio'],
  [
    versus('mount, until the answers are shown', o.mount, h.mount),
    versus('a poll that answers the same (goal 0)', o.unchangedPoll, h.unchangedPoll),
    versus('a status change (live → ended)', o.statusChange, h.statusChange),
  ],
)}
`)
}

if (jsdom?.mount) {
  const m = jsdom.mount
  const o = m.ours
  const h = m.baseline
  const oh = m['ours heap']
  const hh = m['baseline heap']
  const rows = []
  if (o && h) {
    rows.push(versus('mount: render + effects (median ms)', o.mountMs, h.mountMs, 1))
    rows.push(versus('until the data is shown (median ms)', o.contentMs, h.contentMs, 1))
  }
  if (oh && hh) {
    rows.push(versus('heap while mounted (MB over before)', oh.mountedMB, hh.mountedMB, 2))
    rows.push(
      versus('heap after unmount (MB over before)', oh.afterUnmountMB, hh.afterUnmountMB, 2, false),
    )
    rows.push(['fake timers left after unmount', String(oh.timersLeft), String(hh.timersLeft), '–'])
  }
  md.push(`## ${m.cards} reserve cards in jsdom

Median of ${m.runs} runs after one warm-up each, ours and baseline alternating, on one simulator.
Heap: \`process.memoryUsage().heapUsed\` after \`gc()\` (${m.gcExposed ? 'run with `--expose-gc`' : '**gc not exposed: heap figures are noisy**'}), before mounting, while mounted, and after
unmounting and one more simulated minute. A figure near 0 after unmount means nothing is retained.

${table(['', 'ours', 'baseline', 'ratio'], rows)}
`)
}

{
  const note = weapp
    ? `From \`examples/taro-app/test/weapp-runtime/setdata-cost.runtime.test.ts\` (the built weapp
example app in WeChat's component framework, miniprogram-simulate), written ${weapp.at.toISOString()}.`
    : `**Not measured in this run** (\`--skip-weapp\`, or the weapp build or test failed). To get them:
\`pnpm build && pnpm --filter taro-live-example-app build:weapp && BENCH_OUT=node_modules/.cache/bench pnpm test:weapp-runtime\`,
then \`pnpm bench --skip-build --skip-weapp\`.`
  const rows = weapp
    ? Object.entries(weapp.data).map(([what, f]) => [
        what,
        fmt(f.calls, Number.isInteger(f.calls) ? 0 : 1),
        fmt(f.bytes),
      ])
    : []
  md.push(`## setData traffic of the live page (weapp)

${note} Ours only: the baseline is not built into a weapp app. The page has one reserve card and
one floating window. The drag is one gesture of 10 touchmoves; the test's budget is one setData per
touchmove plus the snap.

${rows.length ? table(['', 'setData calls', 'bytes'], rows) : ''}
`)
}

{
  const rows = entryRows.map((r) =>
    r.missing
      ? [r.name, 'not built', '', '']
      : r.css
        ? [r.name, '–', '–', `${fmt(r.css.gzip)} B`]
        : [r.name, `${fmt(r.js.gzip)} B`, `${fmt(r.own.gzip)} B`, '–'],
  )
  const cmp = compareRows.map((r) => [
    r.what,
    `${fmt(r.ours.gzip)} B`,
    `${fmt(r.hand.gzip)} B`,
    ratio(r.ours.gzip, r.hand.gzip),
    `${fmt(r.ours.gzip - r.hand.gzip)} B`,
  ])
  const app = weappJs()
  md.push(`## Sizes (min+gzip)

Every entry as a consumer imports it, from \`packages/*/dist\` (esbuild, minified, gzip level 9, as
\`scripts/check-packages.mjs\` measures; React and \`@tarojs/*\` external). "With its @taro-live
peers" bundles the @taro-live packages the entry imports (what the app pays for our code; other
dependencies external); "alone" leaves them external. CSS is a style entry's CSS, separately.

${table(['entry', 'JS, with its @taro-live peers', 'JS alone', 'CSS'], rows)}

Against the baseline (same measure; the baseline bundled from \`bench/baseline\`):

${table(['', 'ours', 'baseline', 'ratio', 'difference'], cmp)}
${sizeErrors.length ? `\nErrors: ${sizeErrors.join('; ')}\n` : ''}
The weapp example app: ${
    app
      ? `${app.files} JS files in \`dist-weapp\`, ${kb(app.raw)} minified, ${kb(app.gzip)} gzipped file by file (built ${app.builtAt.toISOString()}; it holds Taro's runtime, React and both pages). The delta against the same app written by hand is not measured (it would need a second app build).`
      : 'not built, not measured.'
  }
`)
}

writeFileSync(join(ROOT, 'BENCHMARKS.md'), `${md.join('\n').trimEnd()}\n`)
// The repository's formatter, so that `pnpm lint` passes on the generated file.
try {
  execFileSync('pnpm', ['exec', 'biome', 'format', '--write', 'BENCHMARKS.md'], {
    cwd: ROOT,
    stdio: 'ignore',
  })
} catch {
  console.error('bench: could not format BENCHMARKS.md with Biome')
}
console.log(
  `\nbench: wrote BENCHMARKS.md in ${fmt(total)} s (${relative(ROOT, OUT)} holds the raw JSON)`,
)
if (stages.some((s) => !s.ok) || sizeErrors.length) process.exitCode = 1
